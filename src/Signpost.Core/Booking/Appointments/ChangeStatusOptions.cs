using Signpost.Core.Audit;

namespace Signpost.Core.Booking.Appointments;

/// <summary>A change of an appointment's FHIR status (cancel, arrived, fulfilled, DNA …).</summary>
public sealed record ChangeStatusOptions(Guid AppointmentId, string NewStatus, AuditActor Actor)
{
    /// <summary>A cancellation reason code (booking_cancellation_reasons); required to cancel.</summary>
    public string? Reason { get; init; }
    public string? Note { get; init; }

    /// <summary>When given, the change only happens if the appointment is still at this version.</summary>
    public int? ExpectedVersion { get; init; }
}
