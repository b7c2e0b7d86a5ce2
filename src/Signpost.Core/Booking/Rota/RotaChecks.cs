using System.Globalization;

namespace Signpost.Core.Booking.Rota;

/// <summary>The rules a rota change must keep, with messages in the words staff read.</summary>
public static class RotaChecks
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A session is cut into whole appointments: a remainder would be a gap nobody can book, so it is refused.</summary>
    public static string? WholeSlotsProblem(TimeOnly start, TimeOnly end, int minutes)
    {
        var length = (int)(end - start).TotalMinutes;
        if (minutes <= 0 || length % minutes == 0) return null;
        var shorter = start.AddMinutes(length / minutes * minutes);
        var longer = shorter.AddMinutes(minutes);
        var options = length < minutes ? $"end it at {Clock(longer)}" : $"end it at {Clock(shorter)} or {Clock(longer)}";
        return $"A session of {minutes}-minute appointments must hold whole appointments: {Clock(start)} to {Clock(end)} leaves {length % minutes} minutes over, so {options}";
    }

    /// <summary>The first weekly session of the schedule that shares the candidate's weekday, some of its time and some of its dates.</summary>
    public static AvailabilityPattern? Overlapping(IEnumerable<AvailabilityPattern> existing, AvailabilityPattern candidate) =>
        existing.FirstOrDefault(p => p.Weekday == candidate.Weekday
            && p.StartTime < candidate.EndTime && candidate.StartTime < p.EndTime
            && p.ValidFrom <= (candidate.ValidUntil ?? DateOnly.MaxValue) && candidate.ValidFrom <= (p.ValidUntil ?? DateOnly.MaxValue));

    /// <summary>A session (weekly or extra) on <paramref name="day"/> that shares some of the time from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static (TimeOnly Start, TimeOnly End)? OverlappingOnDay(IEnumerable<AvailabilityPattern> patterns, IEnumerable<ScheduleAdjustment> exceptions,
        DateOnly day, TimeOnly start, TimeOnly end)
    {
        var weekday = IsoWeekday(day);
        var sessions = patterns.Where(p => p.Weekday == weekday && p.ValidFrom <= day && (p.ValidUntil is null || day <= p.ValidUntil))
            .Select(p => (p.StartTime, p.EndTime))
            .Concat(exceptions.Where(e => e.OnDate == day && e.Kind == ScheduleAdjustmentKinds.ExtraSession).Select(e => (e.StartTime!.Value, e.EndTime!.Value)));
        foreach (var (s, e) in sessions)
        {
            if (s < end && start < e) return (s, e);
        }
        return null;
    }

    public static short IsoWeekday(DateOnly day) => (short)(day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek);

    public static string WeekdayName(short isoWeekday) => EnGb.DateTimeFormat.GetDayName((DayOfWeek)(isoWeekday % 7));

    public static string Clock(TimeOnly time) => time.ToString("HH:mm", EnGb);

    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);
}
