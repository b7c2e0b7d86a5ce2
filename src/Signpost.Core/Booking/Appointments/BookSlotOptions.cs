using Signpost.Core.Audit;

namespace Signpost.Core.Booking.Appointments;

/// <summary>What to book, for whom, and by whom.</summary>
public sealed record BookSlotOptions(Guid SlotId, PatientDetails Patient, string Channel, AuditActor Actor)
{
    /// <summary>The care-navigation request being booked.</summary>
    public Guid? RequestId { get; init; }

    /// <summary>A retry with the same key (from the same actor) returns the first booking instead of booking again.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The hold (or waitlist offer) the person has on this slot.</summary>
    public Guid? HoldId { get; init; }

    /// <summary>A single-use link (self-booking or offer) used up by this booking.</summary>
    public Guid? LinkId { get; init; }

    /// <summary>The waitlist entry this booking satisfies.</summary>
    public Guid? WaitlistEntryId { get; init; }

    /// <summary>An appointment to cancel (reason: rebooked) in the same transaction.</summary>
    public Guid? RebookFrom { get; init; }

    public string? Description { get; init; }
}
