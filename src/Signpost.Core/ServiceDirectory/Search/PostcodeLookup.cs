using Npgsql;
using Signpost.Core.Postcodes;

namespace Signpost.Core.ServiceDirectory.Search;

/// <summary>
/// Finds where a postcode is (its Code-Point centroid), or the middle of a postcode district such as "LU7".
/// Null when the text is not a postcode or the postcode is not known.
/// </summary>
public class PostcodeLookup(NpgsqlDataSource dataSource)
{
    public async Task<GeoPoint?> FindAsync(string? text, CancellationToken cancellationToken = default)
    {
        if (PostcodeFormat.Normalise(text) is { } postcode)
        {
            return await PointAsync("select latitude, longitude from postcodes where postcode = $1 and latitude is not null", postcode, cancellationToken);
        }
        if (PostcodeDistrict(text) is { } district)
        {
            return await PointAsync(
                "select avg(latitude), avg(longitude) from postcodes where postcode like $1 || ' %' and latitude is not null having count(*) > 0",
                district, cancellationToken);
        }
        return null;
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
