using System.Text.RegularExpressions;
using Npgsql;

namespace Signpost.Core.ServiceDirectory.Search;

/// <summary>
/// Towns and districts people search from ("Leighton Buzzard", "Bletchley"), taken from the addresses of every GP
/// practice and pharmacy in the reference data: the town (the last address line that is not a county) and the
/// locality before it, each placed at the middle of the located postcodes that give it. There is no open gazetteer in
/// the shipped data; these are the places BLMK's own addresses name. Read from the database and kept for ten minutes.
/// </summary>
public sealed partial class PlaceNames(NpgsqlDataSource dataSource, TimeProvider? clock = null)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);
    private static readonly HashSet<string> Counties = ["BEDFORDSHIRE", "BUCKINGHAMSHIRE", "HERTFORDSHIRE", "NORTHAMPTONSHIRE", "CAMBRIDGESHIRE",
        "BEDS", "BUCKS", "HERTS", "CENTRAL BEDFORDSHIRE", "ENGLAND", "UK", "UNITED KINGDOM"];
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private volatile Loaded? loaded;

    public async Task<GeoPoint?> FindAsync(string? text, CancellationToken cancellationToken = default)
    {
        if (Key(text) is not { Length: >= 3 } key) return null;
        var current = loaded;
        if (current is null || clock.GetUtcNow() - current.At >= KeepFor)
        {
            current = new Loaded(await LoadAsync(cancellationToken), clock.GetUtcNow());
            loaded = current;
        }
        return current.Places.TryGetValue(key, out var point) ? point : null;
    }

    /// <summary>The place names one address gives: its town and the locality just before it, if they look like places.</summary>
    public static IEnumerable<string> From(IReadOnlyList<string> addressLines)
    {
        var lines = addressLines.Select(l => l.Trim()).Where(l => l.Length > 0 && !Counties.Contains(Key(l) ?? "")).ToList();
        foreach (var line in lines.TakeLast(2))
        {
            foreach (var part in line.Split(','))
            {
                if (part.Any(char.IsDigit)) continue;
                if (Key(part) is { Length: >= 3 } key && !Counties.Contains(key) && !NotAPlace().IsMatch(key)) yield return key;
            }
        }
    }

    /// <summary>Upper case, letters and single spaces only ("Barton-le-Clay" → "BARTON LE CLAY").</summary>
    public static string? Key(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var letters = new string(text.ToUpperInvariant().Select(c => char.IsLetter(c) || c == '\'' ? c : ' ').ToArray());
        return string.Join(' ', letters.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private async Task<Dictionary<string, GeoPoint>> LoadAsync(CancellationToken cancellationToken)
    {
        var points = new Dictionary<string, Dictionary<string, GeoPoint>>(StringComparer.Ordinal);
        await using var command = dataSource.CreateCommand("""
            select a.address_lines, p.postcode, p.latitude, p.longitude
            from (select address_lines, postcode from gp_practices union all select address_lines, postcode from pharmacies) a
            join postcodes p on p.postcode = a.postcode
            where p.latitude is not null
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            foreach (var name in From(reader.GetFieldValue<string[]>(0)))
            {
                if (!points.TryGetValue(name, out var postcodes)) points[name] = postcodes = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
                postcodes[reader.GetString(1)] = new GeoPoint(reader.GetDouble(2), reader.GetDouble(3));
            }
        }
        return points.ToDictionary(p => p.Key, p => new GeoPoint(p.Value.Values.Average(g => g.Latitude), p.Value.Values.Average(g => g.Longitude)), StringComparer.Ordinal);
    }

    // Words that name a building, a street or a care service rather than a place.
    [GeneratedRegex(@"^(C O|NR|NEAR)\b|\b(ROAD|RD|STREET|ST|LANE|LN|AVENUE|AVE|WAY|CLOSE|CL|DRIVE|DR|DVE|SQUARE|SQ|PLACE|PL|CRESCENT|GROVE|GR|GARDENS|GDNS|TERRACE|WALK|COURT|CT|HOUSE|CENTRE|CENTER|CTR|SURGERY|PRACTICE|PHARMACY|UNIT|PARADE|BOULEVARD|ROW|HOSPITAL|CLINIC|HC|PRECINCT|MALL|ARCADE|BUILDINGS?|FLOOR|SUITE|MEWS|YARD|HALL|ESTATE|STATION|LTD|MARKET|CHURCH|HIGHWAY|BROADWAY|ZONE|SHOPPING|NEXT|PTRS|PARTNERS)\b")]
    private static partial Regex NotAPlace();

    private sealed record Loaded(Dictionary<string, GeoPoint> Places, DateTimeOffset At);
}
