using System.Text.Json;

namespace Signpost.Core.Navigation.Capacity;

/// <summary>
/// Working days (Monday to Friday, not bank holidays) and core hours in Europe/London, from
/// data/navigation/working-days.json. All answers are instants (UTC); the rules are local time, so they stay right
/// across the clock changes.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly HashSet<DateOnly> bankHolidays;

    public WorkingCalendar(IEnumerable<DateOnly> bankHolidays, TimeOnly open, TimeOnly close, TimeZoneInfo zone)
    {
        this.bankHolidays = [.. bankHolidays];
        CoreOpen = open;
        CoreClose = close;
        Zone = zone;
    }

    public TimeOnly CoreOpen { get; }
    public TimeOnly CoreClose { get; }
    public TimeZoneInfo Zone { get; }
    public DateOnly LastKnownHoliday => bankHolidays.Count == 0 ? DateOnly.MinValue : bankHolidays.Max();

    public static WorkingCalendar Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        return new WorkingCalendar(
            root.GetProperty("bankHolidays").EnumerateArray().Select(d => DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd")),
            TimeOnly.ParseExact(root.GetProperty("coreHoursOpen").GetString()!, "HH:mm"),
            TimeOnly.ParseExact(root.GetProperty("coreHoursClose").GetString()!, "HH:mm"),
            TimeZoneInfo.FindSystemTimeZoneById(root.GetProperty("timeZone").GetString()!));
    }

    public bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !bankHolidays.Contains(day);

    public DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public DateTimeOffset Instant(DateOnly day, TimeOnly time) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time, DateTimeKind.Unspecified), Zone), TimeSpan.Zero);

    /// <summary>True on a working day between core opening and closing (08:00 to 18:30).</summary>
    public bool IsCoreHours(DateTimeOffset instant)
    {
        var local = Local(instant);
        var time = TimeOnly.FromDateTime(local);
        return IsWorkingDay(DateOnly.FromDateTime(local)) && time >= CoreOpen && time < CoreClose;
    }

    /// <summary>
    /// When the outcome is due: the same local time on the next working day. A request sent outside core hours counts
    /// as sent at the close of the last working day, so it is due at the close of the next one.
    /// </summary>
    public DateTimeOffset OutcomeDue(DateTimeOffset submitted)
    {
        var local = Local(submitted);
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (!IsCoreHours(submitted))
        {
            if (!IsWorkingDay(day) || time >= CoreClose) day = day.AddDays(1);
            time = CoreClose;
            day = PreviousWorkingDay(day);
        }
        return Instant(NextWorkingDay(day), time);
    }

    public DateOnly NextWorkingDay(DateOnly day)
    {
        do day = day.AddDays(1);
        while (!IsWorkingDay(day));
        return day;
    }

    private DateOnly PreviousWorkingDay(DateOnly day)
    {
        do day = day.AddDays(-1);
        while (!IsWorkingDay(day));
        return day;
    }
}
