using System.Collections.Concurrent;
using Npgsql;
using Signpost.Core.Postcodes;

namespace Signpost.Core.ServiceDirectory.Search;

/// <summary>
/// Finds where a postcode is (its Code-Point centroid), the middle of a postcode district such as "LU7", or a town
/// or district named in BLMK's practice and pharmacy addresses (<see cref="PlaceNames"/>).
/// Null when the text is none of these or the postcode is not known. Places found are remembered for ten minutes
/// (postcodes change only when the reference data is imported again); unknown ones are asked again each time.
/// </summary>
public class PostcodeLookup(NpgsqlDataSource dataSource, TimeProvider? clock = null, PlaceNames? places = null)
{
    private const int MaxRemembered = 100_000;
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (GeoPoint Point, DateTimeOffset At)> remembered = new(StringComparer.Ordinal);
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public async Task<GeoPoint?> FindAsync(string? text, CancellationToken cancellationToken = default)
    {
        var postcode = PostcodeFormat.Normalise(text);
        var district = postcode is null ? PostcodeDistrict(text) : null;
        var key = postcode ?? district;
        if (key is null) return places is null ? null : await places.FindAsync(text, cancellationToken);
        if (remembered.TryGetValue(key, out var known) && clock.GetUtcNow() - known.At < KeepFor) return known.Point;
        var point = postcode is not null
            ? await PointAsync("select latitude, longitude from postcodes where postcode = $1 and latitude is not null", postcode, cancellationToken)
            : await PointAsync(
                "select avg(latitude), avg(longitude) from postcodes where postcode like $1 || ' %' and latitude is not null having count(*) > 0",
                district!, cancellationToken);
        if (point is { } found)
        {
            if (remembered.Count >= MaxRemembered) remembered.Clear();
            remembered[key] = (found, clock.GetUtcNow());
        }
        return point;
    }

    /// <summary>"lu7" → "LU7": the outward code alone, as people often give it.</summary>
    public static string? PostcodeDistrict(string? text)
    {
        var compact = string.Concat((text ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return compact.Length is >= 2 and <= 4 && System.Text.RegularExpressions.Regex.IsMatch(compact, "^[A-Z]{1,2}[0-9][A-Z0-9]?$") ? compact : null;
    }

    private async Task<GeoPoint?> PointAsync(string sql, string value, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue(value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || reader.IsDBNull(0)) return null;
        return new GeoPoint(reader.GetDouble(0), reader.GetDouble(1));
    }
}
