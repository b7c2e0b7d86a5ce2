using System.Globalization;
using Signpost.Core.ServiceDirectory.Hours;

namespace Signpost.Core.ServiceDirectory.Editing;

/// <summary>
/// Reads opening hours as editors type them: "08:00-12:30, 13:30-18:00" for a day (empty or "closed" for none), and
/// dated changes one per line: "2026-12-24 09:00-13:00" or "2026-12-25 closed".
/// </summary>
public static class HoursText
{
    public static IReadOnlyList<TimeBand>? ParseDay(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0 || value.Equals("closed", StringComparison.OrdinalIgnoreCase)) return [];
        var bands = new List<TimeBand>();
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2 || TimeText.ParseClock(ends[0]) is not { } opens || TimeText.ParseClock(ends[1]) is not { } closes || opens >= closes || opens >= 1440) return null;
            bands.Add(new TimeBand(opens, closes));
        }
        var ordered = bands.OrderBy(b => b.OpensMinute).ToList();
        return ordered.Zip(ordered.Skip(1)).Any(p => p.Second.OpensMinute < p.First.ClosesMinute) ? null : ordered;
    }

    public static string FormatDay(IEnumerable<TimeBand> bands) => string.Join(", ", bands.OrderBy(b => b.OpensMinute).Select(b => $"{TimeText.Clock(b.OpensMinute)}-{TimeText.Clock(b.ClosesMinute)}"));

    /// <summary>The dated changes, or the number of the first line that is not right.</summary>
    public static (List<DatedHours>? Exceptions, int BadLine) ParseExceptions(string? text)
    {
        var list = new List<DatedHours>();
        var lines = (text ?? "").Split('\n').Select(l => l.Trim()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0) continue;
            var space = lines[i].IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || !DateOnly.TryParseExact(lines[i][..space], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return (null, i + 1);
            var bands = ParseDay(lines[i][(space + 1)..]);
            if (bands is null || list.Any(e => e.OnDate == date)) return (null, i + 1);
            if (bands.Count == 0) list.Add(new DatedHours { OnDate = date });
            list.AddRange(bands.Select(b => new DatedHours { OnDate = date, OpensMinute = b.OpensMinute, ClosesMinute = b.ClosesMinute }));
        }
        return (list, 0);
    }

    public static string FormatExceptions(IEnumerable<DatedHours> exceptions) => string.Join("\n", exceptions.GroupBy(e => e.OnDate).OrderBy(g => g.Key).Select(g =>
        $"{g.Key:yyyy-MM-dd} " + (g.All(e => e.IsClosed) ? "closed" : FormatDay(g.Where(e => !e.IsClosed).Select(e => new TimeBand(e.OpensMinute!.Value, e.ClosesMinute!.Value))))));
}
