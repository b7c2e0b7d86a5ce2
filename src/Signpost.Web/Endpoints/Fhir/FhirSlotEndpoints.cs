using Signpost.Core.Booking.Slots;
using Signpost.Web.Endpoints.Fhir.Resources;

namespace Signpost.Web.Endpoints.Fhir;

/// <summary>
/// GET /Slot?status=free&amp;start=ge…&amp;start=le…&amp;schedule=…&amp;service-type=…&amp;practice=…&amp;_count=…: a searchset
/// Bundle of slots, earliest first, with their Schedules included. At most 14 days per search, as GP Connect.
/// </summary>
public static class FhirSlotEndpoints
{
    public static readonly TimeSpan MaxRange = TimeSpan.FromDays(14);

    public static async Task<IResult> SearchAsync(HttpContext http, SlotSearch search, TimeProvider clock)
    {
        var q = http.Request.Query;
        var (from, to, problem) = FhirSearchParameters.StartRange(q["start"]);
        if (problem is not null) return FhirJson.Problem(400, problem);
        from ??= clock.GetUtcNow();
        to ??= from + MaxRange;
        if (to <= from || to - from > MaxRange) return FhirJson.Problem(400, "Search a start range of at most 14 days, like start=ge2026-03-30&start=le2026-04-12.");
        var status = q["status"].ToString();
        if (status is not ("" or "free")) return FhirJson.Problem(400, "Only status=free is supported (or leave status out for every slot).");
        var query = new SlotQuery(from.Value, to.Value) { FreeOnly = status == "free", BookableNow = status == "free" };
        if (q.ContainsKey("schedule"))
        {
            if (FhirSearchParameters.Id(q["schedule"], "Schedule") is not { } schedule) return FhirJson.Problem(400, "schedule must be Schedule/{id}.");
            query = query with { ScheduleId = schedule };
        }
        if (q["service-type"].ToString() is { Length: > 0 } serviceType)
        {
            var parts = serviceType.Split('|');
            if (parts.Length > 2 || (parts.Length == 2 && parts[0] is not ("" or FhirSystems.AppointmentType))) return FhirJson.Problem(400, $"service-type codes are in {FhirSystems.AppointmentType}.");
            query = query with { TypeCode = parts[^1] };
        }
        if (q["practice"].ToString() is { Length: > 0 } practice)
        {
            if (practice.Length > 10 || !practice.All(char.IsAsciiLetterOrDigit)) return FhirJson.Problem(400, "practice must be an ODS code, like E81001.");
            query = query with { PracticeCode = practice.ToUpperInvariant() };
        }
        if (FhirSearchParameters.Count(q["_count"], SlotSearch.MaxLimit) is not { } count) return FhirJson.Problem(400, $"_count must be a whole number from 1 to {SlotSearch.MaxLimit}.");
        var slots = await search.FindAsync(query with { Limit = count }, http.RequestAborted);
        return FhirJson.Resource(Bundle(http, slots, clock.GetUtcNow()));
    }

    private static FhirBundle Bundle(HttpContext http, IReadOnlyList<SlotView> slots, DateTimeOffset now)
    {
        var entries = slots.Select(s => new FhirBundleEntry(FhirEndpoints.Url(http.Request, $"Slot/{s.Id}"), FhirMapper.Slot(s), new FhirBundleSearch("match"))).ToList();
        entries.AddRange(slots.DistinctBy(s => s.ScheduleId).Select(s => new FhirBundleEntry(
            FhirEndpoints.Url(http.Request, $"Schedule/{s.ScheduleId}"),
            FhirMapper.Schedule(s.ScheduleId, true, s.Role, s.PractitionerId, s.PractitionerName, s.SiteId, s.SiteName, s.IsHub),
            new FhirBundleSearch("include"))));
        var self = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.Path}{http.Request.QueryString}";
        return new FhirBundle(Guid.NewGuid().ToString(), new FhirMeta(LastUpdated: now, Profile: [FhirSystems.BundleProfile]), "searchset", now, slots.Count, [new FhirBundleLink("self", self)], entries);
    }
}
