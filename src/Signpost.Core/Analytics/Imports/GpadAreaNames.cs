using Signpost.Core.Analytics.Gpad;

namespace Signpost.Core.Analytics.Imports;

/// <summary>Collects the areas a file names (once each) and records them in gpad_areas, the latest file winning.</summary>
public sealed class GpadAreaNames
{
    private readonly Dictionary<string, GpadArea> areas = new(StringComparer.Ordinal);

    public bool Contains(string code) => areas.ContainsKey(code);

    public void Add(GpadArea area) => areas.TryAdd(area.Code, area);

    public Task<int> SaveAsync(ImportContext context, CancellationToken cancellationToken)
    {
        var list = areas.Values.ToList();
        return context.ExecuteAsync("""
            insert into gpad_areas (code, kind, name, ons_code, pcn_code, pcn_name, sub_icb_code, icb_ons_code, region_ons_code, supplier)
            select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
            on conflict (code) do update set kind = excluded.kind,
                name = coalesce(excluded.name, gpad_areas.name), ons_code = coalesce(excluded.ons_code, gpad_areas.ons_code),
                pcn_code = coalesce(excluded.pcn_code, gpad_areas.pcn_code), pcn_name = coalesce(excluded.pcn_name, gpad_areas.pcn_name),
                sub_icb_code = coalesce(excluded.sub_icb_code, gpad_areas.sub_icb_code),
                icb_ons_code = coalesce(excluded.icb_ons_code, gpad_areas.icb_ons_code),
                region_ons_code = coalesce(excluded.region_ons_code, gpad_areas.region_ons_code),
                supplier = coalesce(excluded.supplier, gpad_areas.supplier)
            """, cancellationToken,
            Column(list, a => a.Code), Column(list, a => a.Kind), Column(list, a => a.Name), Column(list, a => a.OnsCode),
            Column(list, a => a.PcnCode), Column(list, a => a.PcnName), Column(list, a => a.SubIcbCode), Column(list, a => a.IcbOnsCode),
            Column(list, a => a.RegionOnsCode), Column(list, a => a.Supplier));
    }

    private static string?[] Column(List<GpadArea> list, Func<GpadArea, string?> value) => list.Select(value).ToArray();
}
