namespace Signpost.Core.Booking.Appointments;

/// <summary>An appointment with its slot, site, practitioner and type, as pages and the FHIR API show it.</summary>
public sealed record AppointmentView
{
    public Guid Id { get; init; }
    public Guid SlotId { get; init; }
    public Guid ScheduleId { get; init; }
    public Guid SiteId { get; init; }
    public required string SiteName { get; init; }
    public Guid PractitionerId { get; init; }
    public required string PractitionerName { get; init; }
    public required string Role { get; init; }
    public required string Modality { get; init; }
    public required string TypeCode { get; init; }
    public required string TypeName { get; init; }
    public required string GpadCategory { get; init; }
    public DateTimeOffset StartAt { get; init; }
    public DateTimeOffset EndAt { get; init; }
    public required string Status { get; init; }
    public required string PatientName { get; init; }
    public string? PatientNhsNumber { get; init; }
    public string? PatientPhone { get; init; }
    public string? PatientEmail { get; init; }
    public Guid? RequestId { get; init; }
    public string? Description { get; init; }
    public string? CancellationReason { get; init; }
    public string? CancellationNote { get; init; }
    public required string Channel { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }
}
