using Signpost.Core.Time;

namespace Signpost.Core.Booking.Slots;

/// <summary>
/// Turns a schedule's rules into slots for a range of local dates. Each session's start and end are read as
/// Europe/London wall-clock times, turned into instants, and the session is then cut into slots in real
/// elapsed time. So on the last Sunday of March a 00:00–04:00 session has three real hours (no slot at a time
/// that does not exist) and on the last Sunday of October five (the repeated hour is offered once per real
/// hour); a 09:00 clinic starts at 09:00 UK time on either side of a change.
/// </summary>
public static class SlotPlanner
{
    public static IEnumerable<PlannedSlot> Plan(ScheduleRules rules, DateOnly firstDay, DateOnly lastDay)
    {
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            if (rules.Leave.Any(l => l.FirstDay <= day && day <= l.LastDay)) continue;
            var exceptions = rules.Exceptions.Where(e => e.OnDate == day).ToList();
            if (exceptions.Any(e => e.Kind == ScheduleAdjustmentKinds.Unavailable && e.StartTime is null)) continue;
            var removed = exceptions.Where(e => e.Kind == ScheduleAdjustmentKinds.Unavailable)
                .Select(e => (From: UkTime.ToInstant(day, e.StartTime!.Value), To: UkTime.ToInstant(day, e.EndTime!.Value, laterIfAmbiguous: true)))
                .ToList();
            foreach (var session in Sessions(rules, day, exceptions))
            {
                foreach (var slot in Cut(rules, day, session))
                {
                    if (!removed.Any(r => slot.StartAt < r.To && r.From < slot.EndAt)) yield return slot;
                }
            }
        }
    }

    private static IEnumerable<(TimeOnly Start, TimeOnly End, Guid TypeId, Guid? RoomId)> Sessions(ScheduleRules rules, DateOnly day, List<ScheduleAdjustment> exceptions)
    {
        var weekday = (short)(day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek);
        foreach (var p in rules.Patterns.Where(p => p.Weekday == weekday && p.ValidFrom <= day && (p.ValidUntil is null || day <= p.ValidUntil)))
        {
            yield return (p.StartTime, p.EndTime, p.AppointmentTypeId, p.RoomId);
        }
        foreach (var e in exceptions.Where(e => e.Kind == ScheduleAdjustmentKinds.ExtraSession))
        {
            yield return (e.StartTime!.Value, e.EndTime!.Value, e.AppointmentTypeId!.Value, e.RoomId);
        }
    }

    private static IEnumerable<PlannedSlot> Cut(ScheduleRules rules, DateOnly day, (TimeOnly Start, TimeOnly End, Guid TypeId, Guid? RoomId) session)
    {
        if (!rules.DurationMinutesByType.TryGetValue(session.TypeId, out var minutes) || minutes <= 0) yield break;
        var length = TimeSpan.FromMinutes(minutes);
        var end = UkTime.ToInstant(day, session.End, laterIfAmbiguous: true);
        for (var start = UkTime.ToInstant(day, session.Start); start + length <= end; start += length)
        {
            yield return new PlannedSlot(rules.ScheduleId, start, start + length, UkTime.DateOf(start), session.TypeId, session.RoomId);
        }
    }
}
