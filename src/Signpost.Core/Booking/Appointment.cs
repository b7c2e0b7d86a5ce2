namespace Signpost.Core.Booking;

/// <summary>A booking of one slot for one person, with a FHIR status (<see cref="AppointmentStatuses"/>).</summary>
public class Appointment
{
    public Guid Id { get; set; }
    public Guid SlotId { get; set; }

    /// <summary>The care-navigation request this booking came from, when there is one.</summary>
    public Guid? RequestId { get; set; }
    public required string Status { get; set; }
    public required string PatientName { get; set; }
    public string? PatientNhsNumber { get; set; }
    public string? PatientPhone { get; set; }
    public string? PatientEmail { get; set; }
    public string Language { get; set; } = "en";
    public required string Channel { get; set; }
    public string? Description { get; set; }
    public required string BookedByType { get; set; }
    public required string BookedBy { get; set; }
    public string? IdempotencyScope { get; set; }
    public string? IdempotencyKey { get; set; }
    public string? CancellationReason { get; set; }
    public string? CancellationNote { get; set; }
    public Guid? RebookedFrom { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
