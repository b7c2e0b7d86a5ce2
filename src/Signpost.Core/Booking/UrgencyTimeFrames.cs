using Signpost.Core.Time;

namespace Signpost.Core.Booking;

/// <summary>
/// The urgency time frames a triage outcome can ask for, as a window of instants from now. This is where care
/// navigation's urgency (issue 5) maps onto booking: its outcome names one of these codes.
/// </summary>
public static class UrgencyTimeFrames
{
    public const string Today = "today";
    public const string WithinTwoDays = "within-2-days";
    public const string WithinTwoWeeks = "within-2-weeks";
    public const string Routine = "routine";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Today] = "Today (same day)",
        [WithinTwoDays] = "Within 2 days",
        [WithinTwoWeeks] = "Within 2 weeks",
        [Routine] = "Routine (within 4 weeks)",
    };

    /// <summary>From now to the end of the last UK day the time frame allows; null for an unknown code.</summary>
    public static (DateTimeOffset From, DateTimeOffset To)? Window(string? code, DateTimeOffset now)
    {
        var today = UkTime.DateOf(now);
        int? days = code switch { Today => 0, WithinTwoDays => 2, WithinTwoWeeks => 13, Routine => 27, _ => null };
        return days is { } d ? (now, UkTime.StartOfDay(today.AddDays(d + 1))) : null;
    }
}
