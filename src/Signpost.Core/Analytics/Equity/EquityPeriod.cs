using System.Globalization;
using Signpost.Core.Analytics.Measures;

namespace Signpost.Core.Analytics.Equity;

/// <summary>Reads the equity filters as a person typed them (dates YYYY-MM-DD, default the last 90 days) and builds the report.</summary>
public class EquityPeriod(AnalyticsAreas areas, EquityQueries queries, TimeProvider clock)
{
    public const int DefaultDays = 90;

    public async Task<EquityReport> BuildAsync(string? dimension, string? from, string? to, string? area, CancellationToken cancellationToken = default)
    {
        var today = Signpost.Core.Time.UkTime.DateOf(clock.GetUtcNow());
        var end = Parse(to, "to", "the last day") ?? today;
        var start = Parse(from, "from", "the first day") ?? end.AddDays(-DefaultDays);
        return await queries.BuildAsync(dimension, start, end, await areas.ResolveAsync(area, cancellationToken), cancellationToken);
    }

    private static DateOnly? Parse(string? text, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day : throw new AnalyticsInputException(field, $"Enter {what} as a real date, like 2026-03-01");
    }
}
