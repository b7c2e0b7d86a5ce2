using System.Globalization;
using Npgsql;

namespace Signpost.Cli.Bench;

/// <summary>
/// The combined searches both engines run (words + postcode radius + open at a time + language), chosen from a seeded
/// list so that both see the same mix, and the naive baseline: the same search as one plain SQL query with ILIKE
/// and a distance formula over the normal tables.
/// </summary>
public sealed class BenchSearches
{
    public const double RadiusMiles = 5;
    private readonly (string Words, int Postcode, string Language)[] searches;

    public BenchSearches(int count = 5000, int seed = 7)
    {
        var random = new Random(seed);
        searches = Enumerable.Range(0, count).Select(_ => (
            SyntheticKinds.SearchWords[random.Next(SyntheticKinds.SearchWords.Length)],
            random.Next(SyntheticDirectory.QueryPostcodes),
            SyntheticKinds.Languages[Math.Min(random.Next(6), random.Next(SyntheticKinds.Languages.Length))])).ToArray();
    }

    /// <summary>A fixed weekday morning (Tuesday 11:00 local): "open now" during opening hours, the same every run.</summary>
    public static readonly DateTime OpenAt = new(2026, 11, 24, 11, 0, 0);

    public string Url(int n)
    {
        var (words, postcode, language) = searches[n % searches.Length];
        return $"/api/directory/search?q={Uri.EscapeDataString(words)}&postcode={Uri.EscapeDataString(SyntheticDirectory.QueryPostcode(postcode))}" +
               $"&radius={RadiusMiles.ToString(CultureInfo.InvariantCulture)}&open_at={OpenAt:yyyy-MM-dd'T'HH:mm}&language={language}";
    }

    public const string NaiveSql = """
        select s.id, s.name, o.name, l.address_lines, l.postcode,
               3958.8 * 2 * asin(sqrt(power(sin(radians(l.latitude - p.latitude) / 2), 2)
                 + cos(radians(p.latitude)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - p.longitude) / 2), 2))) as miles
        from postcodes p, directory_services s
        join directory_organisations o on o.id = s.organisation_id
        join directory_service_at_locations sal on sal.service_id = s.id
        join directory_locations l on l.id = sal.location_id
        where p.postcode = $1 and s.status = 'active'
          and (s.name ilike '%' || $2 || '%' or s.description ilike '%' || $2 || '%')
          and 3958.8 * 2 * asin(sqrt(power(sin(radians(l.latitude - p.latitude) / 2), 2)
                 + cos(radians(p.latitude)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - p.longitude) / 2), 2))) <= $3
          and exists (select 1 from directory_opening_bands b where b.service_id = s.id and b.day = $4 and b.opens_minute <= $5 and b.closes_minute > $5)
          and exists (select 1 from directory_service_languages sl where sl.service_id = s.id and sl.language_code = $6)
        order by miles
        limit 20
        """;

    public async Task<int> RunNaiveAsync(NpgsqlDataSource dataSource, int n)
    {
        var (words, postcode, language) = searches[n % searches.Length];
        await using var command = dataSource.CreateCommand(NaiveSql);
        command.Parameters.AddWithValue(SyntheticDirectory.QueryPostcode(postcode));
        command.Parameters.AddWithValue(words);
        command.Parameters.AddWithValue(RadiusMiles);
        command.Parameters.AddWithValue((short)(OpenAt.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)OpenAt.DayOfWeek));
        command.Parameters.AddWithValue(OpenAt.Hour * 60 + OpenAt.Minute);
        command.Parameters.AddWithValue(language);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync()) rows++;
        return rows;
    }
}
