namespace Signpost.Core.Booking.Slots;

/// <summary>Everything that decides one schedule's slots: its weekly patterns, dated exceptions and the practitioner's leave.</summary>
public sealed record ScheduleRules(
    Guid ScheduleId,
    IReadOnlyList<AvailabilityPattern> Patterns,
    IReadOnlyList<ScheduleAdjustment> Exceptions,
    IReadOnlyList<PractitionerLeave> Leave,
    IReadOnlyDictionary<Guid, int> DurationMinutesByType);
