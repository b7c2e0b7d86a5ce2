using System.Globalization;

namespace Signpost.Core.ServiceDirectory.Hours;

/// <summary>Says whether a service is open, in the words the public pages use ("Open until 6:30pm").</summary>
public static class OpenStateText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Describe(OpenState state, DateTime localNow)
    {
        if (!state.IsKnown) return "Opening times not known";
        if (state.IsOpen)
        {
            return state.Until is { } until ? $"Open until {When(until, localNow)}" : "Open 24 hours";
        }
        return state.NextOpens is { } next ? $"Closed – opens {When(next, localNow)}" : "Closed";
    }

    private static string When(DateTime at, DateTime localNow)
    {
        var time = TimeText.Format(LondonTime.MinuteOfDay(at) == 0 && at.Date > localNow.Date ? 1440 : LondonTime.MinuteOfDay(at));
        var days = (DateOnly.FromDateTime(at).DayNumber - DateOnly.FromDateTime(localNow).DayNumber);
        return days switch
        {
            0 => time,
            1 when time == "midnight" => "midnight",
            1 => $"{time} tomorrow",
            < 7 => $"{time} on {at.ToString("dddd", English)}",
            _ => $"{time} on {at.ToString("d MMMM", English)}",
        };
    }
}
