using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;
using Signpost.Web.Endpoints.Fhir.Resources;

namespace Signpost.Web.Endpoints.Fhir;

/// <summary>GET /Schedule (optionally ?actor=Location/{site id}) and GET /Schedule/{id}.</summary>
public static class FhirScheduleEndpoints
{
    private sealed record Row(Guid Id, bool Active, string Role, Guid PractitionerId, string PractitionerName, Guid SiteId, string SiteName, bool IsHub);

    public static async Task<IResult> SearchAsync(HttpContext http, SignpostDb db, TimeProvider clock)
    {
        Guid? site = null;
        if (http.Request.Query["actor"].ToString() is { Length: > 0 } actor)
        {
            site = FhirSearchParameters.Id(actor, "Location");
            if (site is null) return FhirJson.Problem(400, "actor must be Location/{id}.");
        }
        var rows = await Rows(db, site: site).Take(500).ToListAsync(http.RequestAborted);
        var now = clock.GetUtcNow();
        var entries = rows.Select(r => new FhirBundleEntry(FhirEndpoints.Url(http.Request, $"Schedule/{r.Id}"), Map(r), new FhirBundleSearch("match"))).ToList();
        var self = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.Path}{http.Request.QueryString}";
        return FhirJson.Resource(new FhirBundle(Guid.NewGuid().ToString(), new FhirMeta(LastUpdated: now, Profile: [FhirSystems.BundleProfile]), "searchset", now, rows.Count, [new FhirBundleLink("self", self)], entries));
    }

    public static async Task<IResult> ReadAsync(string id, SignpostDb db, CancellationToken cancellationToken)
    {
        var row = Guid.TryParse(id, out var guid) ? await Rows(db, id: guid).SingleOrDefaultAsync(cancellationToken) : null;
        return row is null ? FhirJson.Problem(404, $"There is no Schedule/{id}.") : FhirJson.Resource(Map(row));
    }

    private static FhirSchedule Map(Row r) => FhirMapper.Schedule(r.Id, r.Active, r.Role, r.PractitionerId, r.PractitionerName, r.SiteId, r.SiteName, r.IsHub);

    private static IQueryable<Row> Rows(SignpostDb db, Guid? id = null, Guid? site = null) =>
        from s in db.BookingSchedules.AsNoTracking()
        join p in db.Practitioners on s.PractitionerId equals p.Id
        join l in db.BookingSites on s.SiteId equals l.Id
        where (id == null || s.Id == id) && (site == null || l.Id == site)
        orderby l.Name, p.DisplayName
        select new Row(s.Id, s.Active, p.Role, p.Id, p.DisplayName, l.Id, l.Name, l.IsHub);
}
