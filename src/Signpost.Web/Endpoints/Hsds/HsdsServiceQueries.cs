using Microsoft.EntityFrameworkCore;
using Npgsql;
using Signpost.Core.Data;
using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Search;
using Signpost.Web.Endpoints.Hsds.Model;

namespace Signpost.Web.Endpoints.Hsds;

/// <summary>The HSDS services and service_at_locations, with their filters (all combined with AND).</summary>
public class HsdsServiceQueries(SignpostDb db, NpgsqlDataSource dataSource, PostcodeLookup postcodes)
{
    public const string BadPostcode = "postcode must be a real postcode, like LU1 2QP";

    /// <summary>A page of services, or null with an error message for a 400.</summary>
    public async Task<(HsdsPage<HsdsService>? Page, string? Error)> ServicesAsync(HsdsQuery q, CancellationToken cancellationToken)
    {
        var services = db.DirectoryServices.AsNoTracking();
        var (ids, error) = await MatchesAsync(q, locatedOnly: false, cancellationToken);
        if (error is not null) return (null, error);
        if (ids is not null) services = services.Where(s => ids.Contains(s.Id));
        services = await FilterAsync(services, q, cancellationToken);
        var (items, page) = await HsdsPaging.PageAsync<DirectoryService, HsdsService>(services.OrderBy(s => s.Name).ThenBy(s => s.Id), q, cancellationToken);
        var mapper = await MapperAsync(items, cancellationToken);
        if (!q.Full) return (page(items.Select(mapper.Summary).ToList()), null);
        var full = await FullAsync(items.Select(s => s.Id).ToList(), cancellationToken);
        return (page(items.Select(s => mapper.Full(full[s.Id])).ToList()), null);
    }

    public async Task<HsdsService?> ServiceAsync(Guid id, CancellationToken cancellationToken)
    {
        var full = await FullAsync([id], cancellationToken);
        return full.TryGetValue(id, out var service) ? (await MapperAsync([service], cancellationToken)).Full(service) : null;
    }

    public async Task<(HsdsPage<HsdsServiceAtLocation>? Page, string? Error)> ServiceAtLocationsAsync(HsdsQuery q, CancellationToken cancellationToken)
    {
        var links = db.ServiceAtLocations.AsNoTracking();
        var (ids, error) = await MatchesAsync(q, locatedOnly: true, cancellationToken);
        if (error is not null) return (null, error);
        if (ids is not null) links = links.Where(x => ids.Contains(x.Id));
        var serviceIds = (await FilterAsync(db.DirectoryServices.AsNoTracking(), q, cancellationToken)).Select(s => s.Id);
        links = links.Where(x => serviceIds.Contains(x.ServiceId));
        var (items, page) = await HsdsPaging.PageAsync<ServiceAtLocation, HsdsServiceAtLocation>(links.OrderBy(x => x.Id), q, cancellationToken);
        if (!q.Full) return (page(items.Select(x => new HsdsServiceAtLocation(x.Id, x.ServiceId, x.LocationId)).ToList()), null);
        var full = await FullAsync(items.Select(x => x.ServiceId).Distinct().ToList(), cancellationToken);
        var mapper = await MapperAsync(full.Values.ToList(), cancellationToken);
        return (page(items.Select(x => Link(full[x.ServiceId], x.Id, mapper)).ToList()), null);
    }

    public async Task<HsdsServiceAtLocation?> ServiceAtLocationAsync(Guid id, CancellationToken cancellationToken)
    {
        var link = await db.ServiceAtLocations.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (link is null) return null;
        var full = await FullAsync([link.ServiceId], cancellationToken);
        return Link(full[link.ServiceId], id, await MapperAsync([full[link.ServiceId]], cancellationToken));
    }

    private static HsdsServiceAtLocation Link(DirectoryService service, Guid linkId, HsdsMapper mapper)
    {
        var link = service.ServiceAtLocations.Single(x => x.Id == linkId);
        return new HsdsServiceAtLocation(link.Id, service.Id, link.LocationId) { Location = mapper.Location(link.Location!), Service = mapper.Full(service) };
    }

    private async Task<IQueryable<DirectoryService>> FilterAsync(IQueryable<DirectoryService> services, HsdsQuery q, CancellationToken cancellationToken)
    {
        if (q.OrganizationId is { } organisation) services = services.Where(s => s.OrganisationId == organisation);
        if (q.ModifiedAfter is { } after) services = services.Where(s => s.UpdatedAt > after.ToUniversalTime());
        if (q.MinimumAge is { } min) services = services.Where(s => s.MaximumAge == null || s.MaximumAge >= min);
        if (q.MaximumAge is { } max) services = services.Where(s => s.MinimumAge == null || s.MinimumAge <= max);
        if (q.TaxonomyId is { } taxonomy)
        {
            var inTaxonomy = db.TaxonomyTerms.Where(t => t.TaxonomyId == taxonomy).Select(t => t.Id);
            services = services.Where(s => s.Taxonomy.Any(t => inTaxonomy.Contains(t.TermId)));
        }
        if (q.TaxonomyTermId is { } term)
        {
            var all = await db.TaxonomyTerms.AsNoTracking().ToListAsync(cancellationToken);
            var wanted = Descendants(all, term);
            services = services.Where(s => s.Taxonomy.Any(t => wanted.Contains(t.TermId)));
        }
        return services;
    }

    private static List<Guid> Descendants(List<TaxonomyTerm> all, Guid root)
    {
        var found = new List<Guid> { root };
        for (var i = 0; i < found.Count; i++) found.AddRange(all.Where(t => t.ParentId == found[i]).Select(t => t.Id));
        return found;
    }

    /// <summary>Ids matching the words and the place (service ids, or service_at_location ids when located only); null when neither is asked for.</summary>
    private async Task<(List<Guid>? Ids, string? Error)> MatchesAsync(HsdsQuery q, bool locatedOnly, CancellationToken cancellationToken)
    {
        if (q.Search is null && q.Postcode is null) return (null, null);
        GeoPoint? near = null;
        if (q.Postcode is not null && (near = await postcodes.FindAsync(q.Postcode, cancellationToken)) is null) return (null, BadPostcode);
        var sql = locatedOnly ? "select e.id from directory_search_entries e where e.location_id is not null" : "select distinct e.service_id from directory_search_entries e where true";
        await using var command = dataSource.CreateCommand();
        if (q.Search is not null)
        {
            sql += " and e.search_vector @@ websearch_to_tsquery('english', @text)";
            command.Parameters.AddWithValue("text", q.Search[..Math.Min(q.Search.Length, 200)]);
        }
        if (near is { } point)
        {
            var miles = q.ProximityMetres / GeoPoint.MetresPerMile;
            var dLat = miles / 69.0;
            var dLon = miles / (69.0 * Math.Cos(point.Latitude * Math.PI / 180));
            sql += " and e.position <@ box(point(@lon - @dLon, @lat - @dLat), point(@lon + @dLon, @lat + @dLat))" +
                   " and 3958.8 * 2 * asin(sqrt(power(sin(radians(e.latitude - @lat) / 2), 2) + cos(radians(@lat)) * cos(radians(e.latitude)) * power(sin(radians(e.longitude - @lon) / 2), 2))) <= @miles";
            command.Parameters.AddWithValue("lat", point.Latitude);
            command.Parameters.AddWithValue("lon", point.Longitude);
            command.Parameters.AddWithValue("miles", miles);
            command.Parameters.AddWithValue("dLat", dLat);
            command.Parameters.AddWithValue("dLon", dLon);
        }
        command.CommandText = sql;
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetGuid(0));
        return (ids, null);
    }

    private async Task<Dictionary<Guid, DirectoryService>> FullAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.DirectoryServices.AsNoTracking().AsSplitQuery().Where(s => ids.Contains(s.Id))
            .Include(s => s.Organisation).Include(s => s.ServiceAtLocations).ThenInclude(x => x.Location)
            .Include(s => s.Contacts).Include(s => s.Languages).Include(s => s.Taxonomy).Include(s => s.OpeningBands).Include(s => s.OpeningExceptions)
            .ToDictionaryAsync(s => s.Id, cancellationToken);

    private async Task<HsdsMapper> MapperAsync(IReadOnlyCollection<DirectoryService> services, CancellationToken cancellationToken)
    {
        var terms = await db.TaxonomyTerms.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        var names = await db.Taxonomies.AsNoTracking().Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) ?? "Signpost";
        var codes = services.SelectMany(s => s.ServiceAtLocations).Select(x => x.Location?.Postcode).OfType<string>().Distinct().ToList();
        var districts = await db.Postcodes.AsNoTracking().Where(p => codes.Contains(p.Postcode)).ToDictionaryAsync(p => p.Postcode, p => p.AdminDistrictCode, cancellationToken);
        return new HsdsMapper(terms, names, districts);
    }
}
