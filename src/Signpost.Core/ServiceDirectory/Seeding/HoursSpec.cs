using Signpost.Core.ServiceDirectory.Hours;

namespace Signpost.Core.ServiceDirectory.Seeding;

/// <summary>
/// Reads opening hours written as day keys ("mon" … "sun", "weekdays", "all", "bank-holidays") and bands like
/// "08:00-12:30". "all" means every day including bank holidays.
/// </summary>
public static class HoursSpec
{
    private static readonly string[] DayKeys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public static List<OpeningBand> Parse(IReadOnlyDictionary<string, string[]>? spec, string where)
    {
        var bands = new List<OpeningBand>();
        foreach (var (key, values) in spec ?? new Dictionary<string, string[]>())
        {
            foreach (var day in Days(key, where))
            {
                bands.AddRange(values.Select(v => Band(day, v, where)));
            }
        }
        return bands;
    }

    private static IEnumerable<short> Days(string key, string where) => key switch
    {
        "all" => [0, 1, 2, 3, 4, 5, 6, 7],
        "weekdays" => [1, 2, 3, 4, 5],
        "bank-holidays" => [OpeningBand.BankHolidays],
        _ when Array.IndexOf(DayKeys, key) is var i and >= 0 => [(short)(i + 1)],
        _ => throw new FormatException($"{where}: \"{key}\" is not a day (use mon … sun, weekdays, all or bank-holidays)"),
    };

    private static OpeningBand Band(short day, string text, string where)
    {
        var parts = text.Split('-');
        var opens = parts.Length == 2 ? TimeText.ParseClock(parts[0]) : null;
        var closes = parts.Length == 2 ? TimeText.ParseClock(parts[1]) : null;
        if (opens is null || closes is null || opens >= closes || opens >= 1440)
        {
            throw new FormatException($"{where}: \"{text}\" is not a time band like 08:00-18:30");
        }
        return new OpeningBand { Day = day, OpensMinute = opens.Value, ClosesMinute = closes.Value };
    }

    /// <summary>The same bands on the given days.</summary>
    public static List<OpeningBand> Repeat(IEnumerable<short> days, params (int Opens, int Closes)[] bands) =>
        days.SelectMany(d => bands.Select(b => new OpeningBand { Day = d, OpensMinute = b.Opens, ClosesMinute = b.Closes })).ToList();
}
