using System.Globalization;
using System.Text.RegularExpressions;

namespace Signpost.Core.ServiceDirectory.Hours;

/// <summary>Times written the NHS way ("8am", "6:30pm", "midday", "midnight") and read from "08:00" or "8:30".</summary>
public static partial class TimeText
{
    public static string Format(int minuteOfDay)
    {
        if (minuteOfDay is 0 or 1440) return "midnight";
        if (minuteOfDay == 720) return "midday";
        var hour = minuteOfDay / 60;
        var minute = minuteOfDay % 60;
        var suffix = hour < 12 ? "am" : "pm";
        var hour12 = hour % 12 == 0 ? 12 : hour % 12;
        return minute == 0 ? $"{hour12}{suffix}" : $"{hour12}:{minute:00}{suffix}";
    }

    /// <summary>"HH:MM" in 24-hour time as written in forms and HSDS (24:00 allowed as the end of a day).</summary>
    public static string Clock(int minuteOfDay) => string.Create(CultureInfo.InvariantCulture, $"{minuteOfDay / 60:00}:{minuteOfDay % 60:00}");

    public static int? ParseClock(string? text)
    {
        var match = ClockPattern().Match(text?.Trim() ?? "");
        if (!match.Success) return null;
        var hour = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (minute > 59 || hour > 24 || (hour == 24 && minute != 0)) return null;
        return hour * 60 + minute;
    }

    [GeneratedRegex(@"^([0-9]{1,2})[:.]([0-9]{2})$")]
    private static partial Regex ClockPattern();
}
