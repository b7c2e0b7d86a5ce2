using Npgsql;
using Signpost.Core.ServiceDirectory.Hours;

namespace Signpost.Core.ServiceDirectory.Search;

/// <summary>Searches the directory (the public search page, the staff view and the JSON search API use this).</summary>
public class DirectorySearch(NpgsqlDataSource dataSource, BankHolidayCalendar calendar)
{
    public async Task<DirectorySearchResult> SearchAsync(DirectorySearchOptions options, CancellationToken cancellationToken = default)
    {
        var isBankHoliday = options.OpenAt is { } at && (await calendar.GetAsync(cancellationToken)).ContainsKey(DateOnly.FromDateTime(at));
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var (hits, total) = await RunAsync(new DirectorySearchSql(options, isBankHoliday, remoteOnly: false), connection, cancellationToken);
        IReadOnlyList<DirectorySearchHit> remote = [];
        if (options.Near is not null && options.Page <= 1)
        {
            (remote, _) = await RunAsync(new DirectorySearchSql(options with { PageSize = 10 }, isBankHoliday, remoteOnly: true), connection, cancellationToken);
        }
        return new DirectorySearchResult(hits, total, remote);
    }

    private static async Task<(IReadOnlyList<DirectorySearchHit>, int)> RunAsync(DirectorySearchSql sql, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = sql.Build(connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<DirectorySearchHit>();
        var total = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new DirectorySearchHit(
                reader.GetGuid(0), reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetGuid(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? [] : reader.GetFieldValue<string[]>(6),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetDouble(8),
                reader.GetFieldValue<string[]>(9), reader.GetBoolean(10), reader.GetString(11)));
            total = (int)reader.GetInt64(12);
        }
        return (hits, total);
    }
}
