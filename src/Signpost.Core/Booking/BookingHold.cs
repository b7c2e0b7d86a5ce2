namespace Signpost.Core.Booking;

/// <summary>A time-limited claim on a free slot ('hold' while someone confirms; 'offer' for the next person on the waitlist).</summary>
public class BookingHold
{
    public Guid Id { get; set; }
    public Guid SlotId { get; set; }
    public required string Kind { get; set; }
    public Guid? LinkId { get; set; }
    public Guid? WaitlistEntryId { get; set; }

    /// <summary>active, booked, released or expired. Leaves 'active' exactly once.</summary>
    public required string State { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
}
