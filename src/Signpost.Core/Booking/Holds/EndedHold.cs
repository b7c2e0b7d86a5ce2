namespace Signpost.Core.Booking.Holds;

/// <summary>A hold that has just left the active state (expired or released).</summary>
public sealed record EndedHold(Guid Id, Guid SlotId, string Kind, Guid? WaitlistEntryId);
