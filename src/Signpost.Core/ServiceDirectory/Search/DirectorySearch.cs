using Npgsql;
using Signpost.Core.ServiceDirectory.Hours;
using Signpost.Core.ServiceDirectory.Search.Memory;

namespace Signpost.Core.ServiceDirectory.Search;

/// <summary>
/// Searches the directory (the public search page and the JSON search API use this). Searches near a place, and
/// searches without words, are answered from the in-memory index when the app has one (ADR 0110); the rest (words
/// ranked by relevance with no place, quoted phrases, "or", "-word") with one SQL query. Each hit carries its
/// opening bands and the coming week's changes, so callers can say whether it is open without another query.
/// </summary>
public class DirectorySearch(NpgsqlDataSource dataSource, BankHolidayCalendar calendar, TimeProvider clock, MemoryIndex? memory = null, TextLexemes? lexemes = null)
{
    public const int RemoteLimit = 10;

    public async Task<DirectorySearchResult> SearchAsync(DirectorySearchOptions options, CancellationToken cancellationToken = default)
    {
        var isBankHoliday = options.OpenAt is { } at && (await calendar.GetAsync(cancellationToken)).ContainsKey(DateOnly.FromDateTime(at));
        var today = LondonTime.Today(clock);
        if (await FromMemoryAsync(options, today, isBankHoliday, cancellationToken) is { } fromMemory) return fromMemory;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var (hits, total) = await RunAsync(new DirectorySearchSql(options, today, isBankHoliday, remoteOnly: false), connection, cancellationToken);
        IReadOnlyList<DirectorySearchHit> remote = [];
        if (options.Near is not null && options.Page <= 1)
        {
            (remote, _) = await RunAsync(new DirectorySearchSql(options with { PageSize = RemoteLimit }, today, isBankHoliday, remoteOnly: true), connection, cancellationToken);
        }
        return new DirectorySearchResult(hits, total, remote);
    }

    private async Task<DirectorySearchResult?> FromMemoryAsync(DirectorySearchOptions options, DateOnly today, bool isBankHoliday, CancellationToken cancellationToken)
    {
        if (memory is null || lexemes is null || !memory.Settings.MemoryIndex) return null;
        var words = (IReadOnlyList<string>)[];
        var (mainNone, remoteNone) = (false, false);
        if (!string.IsNullOrWhiteSpace(options.Text))
        {
            // Ranking words by relevance needs PostgreSQL's ts_rank: only searches near a place (nearest first) are answered here.
            if (options.Near is null || await lexemes.GetAsync(options.Text.Trim(), cancellationToken) is not { } parsed) return null;
            // Only stop words: PostgreSQL drops the empty words from a query with filter keys (grid squares included),
            // and a query of nothing but them matches nothing.
            var hasKeys = SearchKeys.For(options).Any();
            (mainNone, remoteNone) = (parsed.Length == 0 && !hasKeys && options.RadiusMiles > DirectorySearchSql.MaxRadiusForCells, parsed.Length == 0 && !hasKeys);
            words = parsed;
        }
        if (await memory.ForSearchAsync(cancellationToken) is not { } snapshot) return null;
        var query = new SnapshotQuery(snapshot, options, words, isBankHoliday);
        var (page, total) = mainNone ? ([], 0) : query.Run();
        var hits = page.Select(m => Hit(m.Entry, m.Miles, today)).ToList();
        var remote = options.Near is not null && options.Page <= 1 && !remoteNone ? query.Remote(RemoteLimit).Select(e => Hit(e, null, today)).ToList() : [];
        return new DirectorySearchResult(hits, total, remote, FromMemory: true);
    }

    private static DirectorySearchHit Hit(IndexedEntry e, double? miles, DateOnly today) => new(
        e.Id, e.Service.Id, e.LocationId, e.Service.Name, e.Service.OrganisationName, e.Location?.Name, e.Location?.Address ?? [], e.Location?.Postcode, miles,
        e.Service.AccessMethods, e.Service.IsDemo, e.Service.HoursSource, e.Service.Hours.Bands, e.Service.Hours.ExceptionsFrom(today));

    private static async Task<(IReadOnlyList<DirectorySearchHit>, int)> RunAsync(DirectorySearchSql sql, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = sql.Build(connection);
        // The same few query shapes run all day: preparing them (once per pooled connection) saves planning each time.
        await command.PrepareAsync(cancellationToken);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var hits = new List<DirectorySearchHit>();
        var total = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            hits.Add(new DirectorySearchHit(
                reader.GetGuid(0), reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetGuid(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(6) ? [] : reader.GetFieldValue<string[]>(6),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetDouble(8),
                reader.GetFieldValue<string[]>(9), reader.GetBoolean(10), reader.GetString(11),
                Bands(reader.GetFieldValue<string[]>(13)), Exceptions(reader.GetFieldValue<string[]>(14))));
            total = (int)reader.GetInt64(12);
        }
        return (hits, total);
    }

    private static List<OpeningBand> Bands(string[] rows) => rows.Select(r => r.Split(' ').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray())
        .Select(p => new OpeningBand { Day = (short)p[0], OpensMinute = p[1], ClosesMinute = p[2] }).ToList();

    private static List<DatedHours> Exceptions(string[] rows) => rows.Select(r => r.Split(' ')).Select(p => new DatedHours
    {
        OnDate = DateOnly.ParseExact(p[0], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        OpensMinute = p[1] == "-1" ? null : int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture),
        ClosesMinute = p[2] == "-1" ? null : int.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture),
    }).ToList();
}
