using Npgsql;
using Signpost.Core.Analytics.Measures;

namespace Signpost.Core.Analytics.Equity;

/// <summary>
/// Reads the equity view from access_requests (one row per request, kept from access_events by a trigger): requests
/// made in [from, to] for an area, grouped by one dimension.
/// </summary>
public class EquityQueries(NpgsqlDataSource dataSource)
{
    public async Task<EquityReport> BuildAsync(string? dimensionKey, DateOnly from, DateOnly to, AreaSelection area, CancellationToken cancellationToken = default)
    {
        var dimension = EquityDimensions.Find(dimensionKey)
            ?? throw new AnalyticsInputException("dimension", $"Choose one of {string.Join(", ", EquityDimensions.All.Select(d => d.Key))}");
        if (to < from) throw new AnalyticsInputException("to", "The end of the period must not be before its start");
        var start = London(from);
        var end = London(to.AddDays(1));
        // The three scans run side by side on their own connections (one per core).
        var groups = GroupsAsync(dimension.Column, start, end, area, cancellationToken);
        var dispositions = CountsAsync("r.disposition", "r.outcome_at is not null", start, end, area, cancellationToken);
        var bookings = CountsAsync("r.booking_role || ', ' || coalesce(r.booking_modality, 'not recorded')", "r.booked", start, end, area, cancellationToken);
        var raw = await groups;
        var overall = raw.SingleOrDefault(g => g.IsOverall) ?? new EquityRawGroup("All requests", true, 0, 0, 0, null, 0, 0, 0, 0, 0, null);
        return new EquityReport(dimension.Key, dimension.Label, from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), await IncludesDemoAsync(start, end, cancellationToken),
            overall.Suppress(overall), raw.Where(g => !g.IsOverall).OrderByDescending(g => g.Requests).Select(g => g.Suppress(overall)).ToList(),
            await dispositions, await bookings);
    }

    private static string AreaCondition(AreaSelection area, string alias) =>
        area.Kind is AreaKinds.Place or AreaKinds.Pcn or AreaKinds.Practice ? $"{alias}.practice_code = any($3)" : "true";

    private static DateTimeOffset London(DateOnly day)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private Task<List<EquityRawGroup>> GroupsAsync(string column, DateTimeOffset start, DateTimeOffset end, AreaSelection area, CancellationToken cancellationToken)
    {
        return ReadAsync($"""
            select coalesce(r.{column}, 'not recorded'), grouping(coalesce(r.{column}, 'not recorded')) = 1, count(*),
                count(*) filter (where r.entered_by_staff), count(r.outcome_at),
                avg(extract(epoch from r.outcome_at - r.occurred_at) / 3600)::float8, count(*) filter (where r.outcome_at - r.occurred_at <= interval '24 hours'),
                count(*) filter (where r.booked), count(*) filter (where r.attendance_recorded), count(*) filter (where r.did_not_attend),
                sum(r.feedback_count)::bigint, (sum(r.feedback_total)::float8 / nullif(sum(r.feedback_count), 0))
            from access_requests r
            where r.occurred_at >= $4 and r.occurred_at < $5 and ({AreaCondition(area, "r")}) and {AreaSelection.ParameterTypes}
            group by grouping sets ((coalesce(r.{column}, 'not recorded')), ())
            """, area, start, end, reader => new EquityRawGroup(reader.IsDBNull(0) ? "All requests" : reader.GetString(0), reader.GetBoolean(1),
                reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.IsDBNull(5) ? null : reader.GetDouble(5), reader.GetInt64(6),
                reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10), reader.IsDBNull(11) ? null : reader.GetDouble(11)), cancellationToken);
    }

    private Task<List<CountRow>> CountsAsync(string expression, string condition, DateTimeOffset start, DateTimeOffset end, AreaSelection area,
        CancellationToken cancellationToken)
    {
        return ReadAsync($"""
            select coalesce({expression}, 'not recorded'), count(*) from access_requests r
            where {condition} and r.occurred_at >= $4 and r.occurred_at < $5 and ({AreaCondition(area, "r")}) and {AreaSelection.ParameterTypes}
            group by 1 order by 2 desc, 1
            """, area, start, end, reader => new CountRow(reader.GetString(0), Suppression.Count(reader.GetInt64(1))), cancellationToken);
    }

    private async Task<bool> IncludesDemoAsync(DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("select exists (select 1 from access_requests where is_demo and occurred_at >= $1 and occurred_at < $2)");
        command.Parameters.AddWithValue(start);
        command.Parameters.AddWithValue(end);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Runs one query on a connection of its own, with enough work memory to sort a year of requests without spilling to disk.</summary>
    private async Task<List<T>> ReadAsync<T>(string sql, AreaSelection area, DateTimeOffset start, DateTimeOffset end, Func<NpgsqlDataReader, T> map,
        CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("set work_mem = '64MB'"));
        var query = new NpgsqlBatchCommand(sql);
        foreach (var value in area.Parameters()) query.Parameters.Add(new NpgsqlParameter { Value = value });
        query.Parameters.Add(new NpgsqlParameter { Value = start });
        query.Parameters.Add(new NpgsqlParameter { Value = end });
        batch.BatchCommands.Add(query);
        var list = new List<T>();
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) list.Add(map(reader));
        return list;
    }
}
