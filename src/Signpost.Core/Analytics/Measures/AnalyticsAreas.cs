using Npgsql;

namespace Signpost.Core.Analytics.Measures;

/// <summary>
/// Resolves an area code (ICB, sub-ICB location, place, PCN or practice; ODS or ONS code) using the reference
/// data and the areas the GPAD files named. Places come from each practice's postcode and local authority.
/// </summary>
public class AnalyticsAreas(NpgsqlDataSource dataSource)
{
    public async Task<AreaSelection> ResolveAsync(string? code, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Trim().Equals(AreaKinds.All, StringComparison.OrdinalIgnoreCase)) return AreaSelection.All;
        var wanted = code.Trim().ToUpperInvariant();
        var place = AreaKinds.Places.FirstOrDefault(p => p.Code == wanted || Slug(p.Name) == Slug(wanted));
        if (place.Code is not null)
        {
            var practices = await ListAsync("select ods_code from gp_practices where admin_district_code = $1 order by 1", place.Code, cancellationToken);
            return new AreaSelection(AreaKinds.Place, place.Code, place.Name, [], practices);
        }
        foreach (var (kind, sql) in Lookups)
        {
            var found = await FirstAsync(sql, wanted, cancellationToken);
            if (found is null) continue;
            var subIcbs = kind == AreaKinds.Icb
                ? await ListAsync("""
                    select sub_icb_code from icb_lookup where icb_code = $1
                    union select code from gpad_areas where kind = 'sub-icb' and icb_ons_code = (select icb_ons_code from icb_lookup where icb_code = $1 limit 1)
                    order by 1
                    """, found.Value.Code, cancellationToken)
                : kind == AreaKinds.SubIcb ? [found.Value.Code] : [];
            var practices = kind switch
            {
                AreaKinds.Practice => [found.Value.Code],
                AreaKinds.Pcn => await ListAsync("""
                    select practice_code from pcn_members where pcn_code = $1 and end_date is null
                    union select code from gpad_areas where kind = 'practice' and pcn_code = $1 order by 1
                    """, found.Value.Code, cancellationToken),
                _ => [],
            };
            return new AreaSelection(kind, found.Value.Code, found.Value.Name, subIcbs, practices);
        }
        throw new AnalyticsInputException("area", $"There is no area with the code \"{code.Trim()}\". Use an ICB, sub-ICB location, place, PCN or practice code, for example QHG, M1J4Y, E06000032 or E81002.");
    }

    private static readonly (string Kind, string Sql)[] Lookups =
    [
        (AreaKinds.Icb, "select icb_code, icb_name from icb_lookup where icb_code = $1 or icb_ons_code = $1 limit 1"),
        (AreaKinds.SubIcb, """
            select sub_icb_code, sub_icb_name from icb_lookup where sub_icb_code = $1 or sub_icb_ons_code = $1
            union all select code, coalesce(name, code) from gpad_areas where kind = 'sub-icb' and (code = $1 or ons_code = $1) limit 1
            """),
        (AreaKinds.Pcn, "select code, name from pcns where code = $1 union all select pcn_code, coalesce(pcn_name, pcn_code) from gpad_areas where pcn_code = $1 limit 1"),
        (AreaKinds.Practice, """
            select ods_code, name from gp_practices where ods_code = $1
            union all select code, coalesce(name, code) from gpad_areas where kind = 'practice' and code = $1 limit 1
            """),
    ];

    /// <summary>The areas to offer in the filters: the ICB, sub-ICB locations, places, open PCNs and active practices.</summary>
    public async Task<IReadOnlyList<AreaOption>> OptionsAsync(CancellationToken cancellationToken = default)
    {
        var options = new List<AreaOption>();
        await using var command = dataSource.CreateCommand("""
            select distinct 'icb', icb_code, icb_name from icb_lookup
            union select 'sub-icb', sub_icb_code, sub_icb_name from icb_lookup
            union select 'pcn', code, name from pcns where close_date is null
            union select 'practice', ods_code, name from gp_practices where status_code = 'A' and prescribing_setting = 4
            order by 1, 3
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) options.Add(new AreaOption(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        var places = AreaKinds.Places.OrderBy(p => p.Name).Select(p => new AreaOption(AreaKinds.Place, p.Code, p.Name));
        return [.. options.Where(o => o.Kind is AreaKinds.Icb or AreaKinds.SubIcb), .. places, .. options.Where(o => o.Kind is AreaKinds.Pcn or AreaKinds.Practice)];
    }

    private static string Slug(string text) => text.Replace(" ", "-", StringComparison.Ordinal).ToUpperInvariant();

    private async Task<(string Code, string Name)?> FirstAsync(string sql, string code, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue(code);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    private async Task<List<string>> ListAsync(string sql, string code, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue(code);
        var list = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) list.Add(reader.GetString(0));
        return list;
    }
}
