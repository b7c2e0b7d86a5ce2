using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Seeding;

namespace Signpost.Cli.Bench;

/// <summary>
/// Builds a synthetic England-scale directory in its own database with binary COPY: organisations and locations
/// spread around English towns by population, services of every kind with opening bands and languages, and
/// synthetic postcodes ("ZZ…", clearly not real) to search from. Seeded random numbers: the same data every run.
/// </summary>
public sealed class SyntheticDirectory(NpgsqlDataSource dataSource, string contentFolder, int services, int seed = 20261121)
{
    public const int QueryPostcodes = 2000;
    private const double ServicesPerLocation = 2.5;
    private static readonly string[] AccessByPhoneOrWalkIn = ["phone", "walk-in"];
    private readonly Random random = new(seed);
    private readonly DateTimeOffset now = DateTimeOffset.UtcNow;

    public async Task BuildAsync(Action<string> say, CancellationToken cancellationToken)
    {
        await using (var db = new Core.Data.SignpostDb(new DbContextOptionsBuilder<Core.Data.SignpostDb>().UseNpgsql(dataSource).Options))
        {
            await new ContentUpserts(db).RunAsync(DirectoryContentFiles.BankHolidays(contentFolder), DirectoryContentFiles.Taxonomy(contentFolder), [], cancellationToken);
        }
        var locations = (int)(services / ServicesPerLocation);
        var places = Enumerable.Range(0, locations).Select(_ => EnglandTowns.RandomPoint(random)).ToArray();
        var ids = Enumerable.Range(0, locations).Select(_ => Guid.CreateVersion7()).ToArray();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await CopyAsync(connection, "directory_organisations (id, source_key, kind, name, updated_at)", locations, (w, i) =>
        {
            w.Write(ids[i]); w.Write($"bench:{i}"); w.Write("other"); w.Write($"{places[i].Town} health and care {i}"); w.Write(now);
        }, cancellationToken);
        await CopyAsync(connection, "directory_locations (id, organisation_id, source_key, name, address_lines, postcode, latitude, longitude, accessibility, updated_at)", locations, (w, i) =>
        {
            w.Write(ids[i]); w.Write(ids[i]); w.Write($"bench:{i}"); w.Write($"{places[i].Town} centre {i}");
            w.Write(new[] { $"{i} High Street", places[i].Town }, NpgsqlDbType.Array | NpgsqlDbType.Text); w.Write("ZZ1 1AA");
            w.Write(places[i].Latitude); w.Write(places[i].Longitude);
            w.Write(AccessibilityFeatures.All.Where(_ => random.Next(3) == 0).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text); w.Write(now);
        }, cancellationToken);
        say($"{locations:N0} organisations and locations");
        await CopyServicesAsync(connection, ids, places, cancellationToken);
        say($"{services:N0} services with opening times, languages and taxonomy terms");
        await CopyAsync(connection, "postcodes (postcode, positional_quality, eastings, northings, country_code, latitude, longitude)", QueryPostcodes, (w, i) =>
        {
            var (_, lat, lon) = EnglandTowns.RandomPoint(random);
            w.Write(QueryPostcode(i)); w.Write(10); w.Write(0); w.Write(0); w.Write("E92000001"); w.Write(lat); w.Write(lon);
        }, cancellationToken);
    }

    /// <summary>Fills directory_search_entries in chunks, then updates the planner's statistics.</summary>
    public async Task IndexAsync(Action<string> say, CancellationToken cancellationToken)
    {
        var all = new List<Guid>();
        await using (var command = dataSource.CreateCommand("select id from directory_services order by id"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) all.Add(reader.GetGuid(0));
        }
        foreach (var chunk in all.Chunk(25_000))
        {
            await using var refresh = dataSource.CreateCommand("select directory_refresh_search($1)");
            refresh.CommandTimeout = 600;
            refresh.Parameters.AddWithValue(chunk);
            await refresh.ExecuteNonQueryAsync(cancellationToken);
            say($"search index: {chunk.Length:N0} more services");
        }
        await using var analyze = dataSource.CreateCommand("analyze");
        analyze.CommandTimeout = 600;
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }

    public static string QueryPostcode(int i) => $"ZZ{i / 100 % 90 + 1} {i % 10}{(char)('A' + i / 10 % 10)}{(char)('A' + i / 1000 % 26)}";

    private async Task CopyServicesAsync(NpgsqlConnection connection, Guid[] locations, (string Town, double, double)[] places, CancellationToken cancellationToken)
    {
        var kinds = SyntheticKinds.All;
        var totalWeight = kinds.Sum(k => k.Weight);
        var rows = Enumerable.Range(0, services).Select(i =>
        {
            var pick = random.Next(totalWeight);
            var kind = kinds.First(k => (pick -= k.Weight) < 0);
            var languages = random.Next(10) < 4 ? SyntheticKinds.Languages.Take(1 + random.Next(SyntheticKinds.Languages.Length)).OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToArray() : [];
            return (Id: Guid.CreateVersion7(), Location: i % locations.Length, Kind: kind, Languages: languages, Hours: BenchHours.For(kind.Term, random));
        }).ToList();
        await CopyAsync(connection, "directory_services (id, organisation_id, source_key, name, description, how_to_access, access_methods, hours_source, created_at, updated_at)", rows.Count, (w, i) =>
        {
            var r = rows[i];
            w.Write(r.Id); w.Write(locations[r.Location]); w.Write($"bench:{r.Id}"); w.Write($"{r.Kind.Name} {places[r.Location].Town} {i}");
            w.Write(r.Kind.Description); w.Write("Call or walk in."); w.Write(AccessByPhoneOrWalkIn, NpgsqlDbType.Array | NpgsqlDbType.Text);
            w.Write("example"); w.Write(now); w.Write(now);
        }, cancellationToken);
        await CopyAsync(connection, "directory_service_at_locations (id, service_id, location_id)", rows.Count, (w, i) =>
        {
            w.Write(Guid.CreateVersion7()); w.Write(rows[i].Id); w.Write(locations[rows[i].Location]);
        }, cancellationToken);
        await CopyAsync(connection, "directory_service_taxonomy (service_id, term_id)", rows.Count, (w, i) =>
        {
            w.Write(rows[i].Id); w.Write(StableId.For("term:" + rows[i].Kind.Term));
        }, cancellationToken);
        var bands = rows.SelectMany(r => r.Hours.Select(b => (r.Id, b.Day, b.Opens, b.Closes))).ToList();
        await CopyAsync(connection, "directory_opening_bands (service_id, day, opens_minute, closes_minute)", bands.Count, (w, i) =>
        {
            w.Write(bands[i].Id); w.Write(bands[i].Day); w.Write(bands[i].Opens); w.Write(bands[i].Closes);
        }, cancellationToken);
        var spoken = rows.SelectMany(r => r.Languages.Select(l => (r.Id, l))).ToList();
        await CopyAsync(connection, "directory_service_languages (service_id, language_code)", spoken.Count, (w, i) =>
        {
            w.Write(spoken[i].Id); w.Write(spoken[i].l);
        }, cancellationToken);
    }

    private static async Task CopyAsync(NpgsqlConnection connection, string target, int count, Action<NpgsqlBinaryImporter, int> write, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"copy {target} from stdin (format binary)", cancellationToken);
        for (var i = 0; i < count; i++)
        {
            await importer.StartRowAsync(cancellationToken);
            write(importer, i);
        }
        await importer.CompleteAsync(cancellationToken);
    }
}
