namespace Signpost.Core.Booking;

/// <summary>One practitioner's diary at one site (a FHIR Schedule).</summary>
public class BookingSchedule
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public Guid PractitionerId { get; set; }
    public Guid SiteId { get; set; }
    public bool Active { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }
}
