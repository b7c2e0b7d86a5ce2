namespace Signpost.Core.Booking;

/// <summary>The <c>Signpost:Booking</c> settings.</summary>
public class BookingSettings
{
    public const string Section = "Signpost:Booking";

    /// <summary>How long a person may take to confirm a slot they picked.</summary>
    public int HoldMinutes { get; set; } = 10;

    /// <summary>How long a waitlist offer stays open.</summary>
    public int OfferMinutes { get; set; } = 120;

    /// <summary>How long a self-booking link works.</summary>
    public int SelfBookingLinkDays { get; set; } = 7;

    /// <summary>The address people open links at (links in messages are this plus a path).</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Seconds between runs of the housekeeping (hold expiry, outbox dispatch); 0 turns it off.</summary>
    public int HousekeepingSeconds { get; set; } = 5;

    /// <summary>How many days ahead slots are generated.</summary>
    public int SlotHorizonDays { get; set; } = 28;
}
