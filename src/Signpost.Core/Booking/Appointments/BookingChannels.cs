namespace Signpost.Core.Booking.Appointments;

/// <summary>How a booking was made.</summary>
public static class BookingChannels
{
    public const string Navigator = "navigator";
    public const string SelfBooking = "self-booking";
    public const string FhirApi = "fhir-api";
    public const string WaitlistOffer = "waitlist-offer";
}
