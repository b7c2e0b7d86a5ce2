namespace Signpost.Core.Booking;

/// <summary>One change of an appointment's status: who, when, from what to what, and why.</summary>
public class AppointmentEvent
{
    public long Id { get; set; }
    public Guid AppointmentId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string ActorType { get; set; }
    public required string Actor { get; set; }
    public string? FromStatus { get; set; }
    public required string ToStatus { get; set; }
    public string? Reason { get; set; }
}
