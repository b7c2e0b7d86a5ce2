namespace Signpost.Core.Booking.Appointments;

public enum ChangeStatusOutcome
{
    Changed,
    NotFound,

    /// <summary>The appointment's current status cannot change to the one asked for.</summary>
    NotAllowed,

    /// <summary>Someone changed the appointment since the version the caller had.</summary>
    VersionConflict,

    /// <summary>A cancellation without a known reason.</summary>
    ReasonNeeded,
}
