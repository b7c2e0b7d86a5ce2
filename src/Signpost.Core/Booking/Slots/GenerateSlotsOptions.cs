namespace Signpost.Core.Booking.Slots;

/// <param name="FirstDay">First local (Europe/London) date to generate.</param>
/// <param name="LastDay">Last local date, inclusive.</param>
/// <param name="ScheduleIds">The schedules to generate; all active schedules when null.</param>
public sealed record GenerateSlotsOptions(DateOnly FirstDay, DateOnly LastDay, IReadOnlyCollection<Guid>? ScheduleIds = null);
