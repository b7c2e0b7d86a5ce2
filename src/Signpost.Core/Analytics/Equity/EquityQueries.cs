using System.Globalization;
using Npgsql;
using Signpost.Core.Analytics.Measures;

namespace Signpost.Core.Analytics.Equity;

/// <summary>
/// The equity view: requests made from <c>from</c> to <c>to</c> (London dates) for an area, grouped by one
/// dimension. For all areas (or the ICB) it reads the daily totals in access_daily; for a place, PCN or practice
/// it scans that area's rows of access_requests. Both are kept from access_events by triggers and agree.
/// </summary>
public class EquityQueries(NpgsqlDataSource dataSource)
{
    public async Task<EquityReport> BuildAsync(string? dimensionKey, DateOnly from, DateOnly to, AreaSelection area, CancellationToken cancellationToken = default)
    {
        var dimension = EquityDimensions.Find(dimensionKey)
            ?? throw new AnalyticsInputException("dimension", $"Choose one of {string.Join(", ", EquityDimensions.All.Select(d => d.Key))}");
        if (to < from) throw new AnalyticsInputException("to", "The end of the period must not be before its start");
        var byPractice = area.Kind is AreaKinds.Place or AreaKinds.Pcn or AreaKinds.Practice;
        var sql = byPractice ? EquitySql.ForPractices(dimension.Column) : EquitySql.ForAllAreas(dimension.Key);
        // The queries run side by side on their own connections (one per core).
        var groups = ReadAsync(sql.Groups, area, from, to, ReadGroup, cancellationToken);
        var dispositions = ReadAsync(sql.Dispositions, area, from, to, ReadCount, cancellationToken);
        var bookings = ReadAsync(sql.Bookings, area, from, to, ReadCount, cancellationToken);
        var demo = ReadAsync(sql.Demo, area, from, to, r => r.GetBoolean(0), cancellationToken);
        var notRequests = ReadAsync(sql.NotRequests, area, from, to, r => (Event: r.GetString(0), Count: r.GetInt64(1)), cancellationToken);
        var raw = await groups;
        var overall = raw.SingleOrDefault(g => g.IsOverall) ?? new EquityRawGroup("All requests", true, 0, 0, 0, null, 0, 0, 0, 0, 0, null);
        return new EquityReport(dimension.Key, dimension.Label, Day(from), Day(to), (await demo).FirstOrDefault(),
            overall.Suppress(overall), raw.Where(g => !g.IsOverall).OrderByDescending(g => g.Requests).ThenBy(g => g.Group, StringComparer.Ordinal)
                .Select(g => g.Suppress(overall)).ToList(),
            await dispositions, await bookings, NotRequests(await notRequests, byPractice));
    }

    private static List<CountRow> NotRequests(List<(string Event, long Count)> counts, bool byPractice)
    {
        long Of(string kind) => counts.Where(c => c.Event == kind).Sum(c => c.Count);
        var rows = byPractice ? new List<CountRow>() : [new CountRow(NotRequestEvents.EmergencyAdvice, Suppression.Count(Of(NotRequestEvents.EmergencyAdvice)))];
        rows.Add(new CountRow(NotRequestEvents.NotAccepted, Suppression.Count(Of(NotRequestEvents.NotAccepted))));
        return rows;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static EquityRawGroup ReadGroup(NpgsqlDataReader r) =>
        new(r.IsDBNull(0) ? "All requests" : r.GetString(0), r.GetBoolean(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4),
            r.IsDBNull(5) ? null : r.GetDouble(5), r.GetInt64(6), r.GetInt64(7), r.GetInt64(8), r.GetInt64(9), r.GetInt64(10),
            r.IsDBNull(11) ? null : r.GetDouble(11));

    private static CountRow ReadCount(NpgsqlDataReader r) => new(r.GetString(0), Suppression.Count(r.GetInt64(1)));

    /// <summary>Runs one query on a connection of its own: $1–$3 the area (see AreaSelection), $4 and $5 the first and last London dates.</summary>
    private async Task<List<T>> ReadAsync<T>(string sql, AreaSelection area, DateOnly from, DateOnly to, Func<NpgsqlDataReader, T> map,
        CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var value in area.Parameters()) command.Parameters.Add(new NpgsqlParameter { Value = value });
        command.Parameters.Add(new NpgsqlParameter { Value = from });
        command.Parameters.Add(new NpgsqlParameter { Value = to });
        var list = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) list.Add(map(reader));
        return list;
    }
}
