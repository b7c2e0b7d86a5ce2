using System.Globalization;

namespace Signpost.Core.Time;

/// <summary>Europe/London conversions, the one place Signpost turns instants into UK local time and back. Rules are stored as local wall-clock times; instants as UTC.</summary>
public static class UkTime
{
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, London);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>
    /// The instant of a local wall-clock time. A time that does not exist (the spring-forward gap) moves forward
    /// by the gap; an ambiguous time (the autumn fall-back hour) is its first occurrence, unless
    /// <paramref name="laterIfAmbiguous"/> (used for the end of a session, so it keeps its real length).
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, bool laterIfAmbiguous = false)
    {
        var local = date.ToDateTime(time);
        if (London.IsInvalidTime(local))
        {
            var before = London.GetUtcOffset(local.AddHours(-3));
            return new DateTimeOffset(local, before).ToUniversalTime();
        }
        if (London.IsAmbiguousTime(local))
        {
            var offsets = London.GetAmbiguousTimeOffsets(local).Order().ToArray();
            // The first occurrence has the larger offset (BST, +1); the second the smaller (GMT, 0).
            var offset = laterIfAmbiguous ? offsets[0] : offsets[^1];
            return new DateTimeOffset(local, offset).ToUniversalTime();
        }
        return new DateTimeOffset(local, London.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>Start of the local day (midnight Europe/London) as an instant.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) => ToInstant(date, TimeOnly.MinValue);

    /// <summary>"Tuesday 31 March 2026 at 9:30am (UK time)" — how people read a time in a message.</summary>
    public static string Describe(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        var clock = local.ToString(local.Minute == 0 ? "%h" : "h:mm", EnGb) + (local.Hour < 12 ? "am" : "pm");
        return $"{local.ToString("dddd d MMMM yyyy", EnGb)} at {clock} (UK time)";
    }

    /// <summary>"09:30" in Europe/London.</summary>
    public static string Clock(DateTimeOffset instant) => ToLocal(instant).ToString("HH:mm", EnGb);

    /// <summary>"Tue 31 Mar" in Europe/London.</summary>
    public static string ShortDate(DateTimeOffset instant) => ToLocal(instant).ToString("ddd d MMM", EnGb);
}
