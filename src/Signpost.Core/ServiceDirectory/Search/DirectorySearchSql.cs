using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Signpost.Core.ServiceDirectory.Hours;

namespace Signpost.Core.ServiceDirectory.Search;

/// <summary>
/// Builds the search as one query on directory_search_entries with only the filters asked for, so that each
/// uses its index (GiST bounding box for the place, GIN for words, terms and languages). Values are parameters.
/// </summary>
public sealed class DirectorySearchSql
{
    private readonly StringBuilder where = new("true");
    private readonly List<NpgsqlParameter> parameters = [];
    private readonly bool near;
    private readonly bool remoteOnly;

    public DirectorySearchSql(DirectorySearchOptions options, DateOnly today, bool isBankHoliday, bool remoteOnly)
    {
        Options = options;
        this.remoteOnly = remoteOnly;
        Parameter("today", today, NpgsqlDbType.Date);
        if (remoteOnly) where.Append(" and e.location_id is null");
        AddWordsAndKeys(options, remoteOnly);
        if (options.Age is { } age) Add(" and (e.minimum_age is null or e.minimum_age <= @age) and (e.maximum_age is null or e.maximum_age >= @age)", "age", age);
        if (options.OpenAt is { } at) AddOpenAt(at, isBankHoliday);
        if (options.Near is { } point && !remoteOnly)
        {
            near = true;
            AddNear(point, options.RadiusMiles);
        }
    }

    public DirectorySearchOptions Options { get; }

    public NpgsqlCommand Build(NpgsqlConnection connection)
    {
        var miles = near ? MilesExpression : "null::double precision";
        var rank = HasText ? "ts_rank(e.search_vector, websearch_to_tsquery('english', @text))" : "0::real";
        // Phone and online services ("also available") are listed by name, as the in-memory index lists them.
        var order = near ? "miles, sort_name, id" : remoteOnly ? "sort_name, id" : "rank desc, sort_name, id";
        var sql = $"""
            with page as (
                select e.id, e.service_id, e.location_id, e.sort_name, {miles} as miles, {rank} as rank, count(*) over () as total
                from directory_search_entries e
                where {where}
                order by {order}
                limit @limit offset @offset)
            select p.id, p.service_id, p.location_id, s.name, o.name, l.name, l.address_lines, l.postcode, p.miles,
                   s.access_methods, s.is_demo, s.hours_source, p.total,
                   array(select b.day || ' ' || b.opens_minute || ' ' || b.closes_minute from directory_opening_bands b where b.service_id = p.service_id),
                   array(select x.on_date::text || ' ' || coalesce(x.opens_minute, -1) || ' ' || coalesce(x.closes_minute, -1)
                         from directory_opening_exceptions x where x.service_id = p.service_id and x.on_date >= @today and x.on_date < @today + 8)
            from page p
            join directory_services s on s.id = p.service_id
            join directory_organisations o on o.id = s.organisation_id
            left join directory_locations l on l.id = p.location_id
            order by {string.Join(", ", order.Split(", ").Select(c => "p." + c))}
            """;
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
        var size = Math.Clamp(Options.PageSize, 1, DirectorySearchOptions.MaxPageSize);
        command.Parameters.AddWithValue("limit", size);
        command.Parameters.AddWithValue("offset", (Math.Max(Options.Page, 1) - 1) * size);
        return command;
    }

    private bool HasText => parameters.Any(p => p.ParameterName == "text");

    private const string MilesExpression =
        "3958.8 * 2 * asin(sqrt(power(sin(radians(e.latitude - @lat) / 2), 2) + cos(radians(@lat)) * cos(radians(e.latitude)) * power(sin(radians(e.longitude - @lon) / 2), 2)))";

    private void AddNear(GeoPoint near, double radiusMiles)
    {
        var radius = Math.Clamp(radiusMiles, 0.1, DirectorySearchOptions.MaxRadiusMiles);
        var dLat = radius / 69.0;
        var dLon = radius / (69.0 * Math.Cos(near.Latitude * Math.PI / 180));
        // With grid-square keys the GIN scan already narrows the place; a plain range check then avoids a second
        // (GiST) bitmap scan that the planner underestimates. Beyond the grid's radius the GiST box does the work.
        where.Append(radius <= MaxRadiusForCells
            ? " and e.latitude between @minLat and @maxLat and e.longitude between @minLon and @maxLon"
            : " and e.position <@ box(point(@minLon, @minLat), point(@maxLon, @maxLat))");
        where.Append(" and " + MilesExpression + " <= @radius");
        Parameter("lat", near.Latitude); Parameter("lon", near.Longitude); Parameter("radius", radius);
        Parameter("minLat", near.Latitude - dLat); Parameter("maxLat", near.Latitude + dLat);
        Parameter("minLon", near.Longitude - dLon); Parameter("maxLon", near.Longitude + dLon);
    }

    /// <summary>
    /// Words and the filter keys (language, category, facilities, grid squares near the place) as one text query, so
    /// that a single GIN scan applies them all; the place is then checked exactly by bounding box and distance.
    /// </summary>
    private void AddWordsAndKeys(DirectorySearchOptions options, bool remoteOnly)
    {
        var keys = SearchKeys.For(options).Select(Key).ToList();
        if (options.Near is { } near && !remoteOnly && options.RadiusMiles <= MaxRadiusForCells) keys.Add("(" + string.Join(" | ", SearchGrid.Cells(near, options.RadiusMiles).Select(Key)) + ")");
        var hasText = !string.IsNullOrWhiteSpace(options.Text);
        if (hasText) Parameter("text", options.Text!.Trim());
        if (keys.Count > 0) Parameter("keys", string.Join(" & ", keys));
        if (hasText || keys.Count > 0)
        {
            where.Append(hasText && keys.Count > 0 ? " and e.search_vector @@ (websearch_to_tsquery('english', @text) && @keys::tsquery)"
                : hasText ? " and e.search_vector @@ websearch_to_tsquery('english', @text)" : " and e.search_vector @@ @keys::tsquery");
        }
    }

    /// <summary>Up to this radius the grid squares narrow the place in the text query; beyond it the GiST box does.</summary>
    public const double MaxRadiusForCells = 25;

    /// <summary>A key as a quoted lexeme (see <see cref="SearchKeys"/>).</summary>
    private static string Key(string key) => "'" + SearchKeys.Lexeme(key) + "'";

    /// <summary>Open at a local time: that date's exceptions if it has any, else bank-holiday or weekly hours.</summary>
    private void AddOpenAt(DateTime local, bool isBankHoliday)
    {
        var date = DateOnly.FromDateTime(local);
        var minute = LondonTime.MinuteOfDay(local);
        var usual = isBankHoliday ? "e.bank_holiday_minutes @> @minute" : "e.week_minutes @> @weekMinute";
        where.Append(CultureInfo.InvariantCulture, $"""
             and case when @date = any (e.exception_dates)
                 then exists (select 1 from directory_opening_exceptions x where x.service_id = e.service_id and x.on_date = @date
                              and x.opens_minute <= @minute and x.closes_minute > @minute)
                 else {usual} end
            """);
        Parameter("date", date, NpgsqlDbType.Date);
        Parameter("minute", minute);
        Parameter("weekMinute", (LondonTime.IsoDay(date) - 1) * 1440 + minute);
    }

    private void Add(string condition, string name, object value)
    {
        where.Append(condition);
        Parameter(name, value);
    }

    private void Parameter(string name, object value, NpgsqlDbType? type = null) =>
        parameters.Add(type is { } t ? new NpgsqlParameter(name, t) { Value = value } : new NpgsqlParameter(name, value));
}
