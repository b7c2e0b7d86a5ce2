using System.Globalization;
using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Hours;
using Signpost.Core.ServiceDirectory.Search;
using Signpost.Web.Endpoints.Hsds;
using Signpost.Web.Endpoints.Hsds.Model;

namespace Signpost.Web.Endpoints;

/// <summary>
/// <c>GET /api/directory/search</c>: the public search as JSON (words, category, postcode and radius in miles, open now
/// or at a local time, language, access needs, age), nearest first, with whether each is open now and until when.
/// </summary>
public static class DirectorySearchEndpoints
{
    public static void MapDirectorySearchApi(this WebApplication app) =>
        app.MapGet("/api/directory/search", async (HttpRequest request, DirectorySearch search, PostcodeLookup postcodes,
            BankHolidayCalendar calendar, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var now = LondonTime.ToLocal(clock.GetUtcNow());
            var (options, error) = await ReadAsync(request.Query, postcodes, now, cancellationToken);
            if (options is null) return Results.Json(new HsdsError(400, error!), HsdsEndpoints.Json, statusCode: 400);
            var result = await search.SearchAsync(options, cancellationToken);
            var holidays = await calendar.GetAsync(cancellationToken);
            object Item(DirectorySearchHit h)
            {
                var state = h.Hours(holidays).StateAt(now);
                return new
                {
                    id = h.ServiceId, service_at_location_id = h.LocationId is null ? (Guid?)null : h.EntryId, name = h.ServiceName,
                    organization = h.OrganisationName, address = h.Address, postcode = h.Postcode,
                    distance_miles = h.Miles is { } m ? Math.Round(m, 2) : (double?)null, open_now = state.IsKnown ? state.IsOpen : (bool?)null,
                    opening = OpenStateText.Describe(state, now), access_methods = h.AccessMethods, is_demo = h.IsDemo, hours_source = h.HoursSource,
                    url = $"/services/{h.ServiceId}",
                };
            }
            return Results.Json(new { total = result.Total, page = options.Page, per_page = options.PageSize, results = result.Hits.Select(Item), remote = result.Remote.Select(Item) }, HsdsEndpoints.Json);
        });

    private static async Task<(DirectorySearchOptions?, string?)> ReadAsync(IQueryCollection q, PostcodeLookup postcodes, DateTime now, CancellationToken cancellationToken)
    {
        string? Text(string name) => q[name].ToString() is { Length: > 0 } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
        var options = new DirectorySearchOptions { Text = Text("q") is { } t ? t[..Math.Min(t.Length, 200)] : null, Language = Text("language") };
        if (Text("postcode") is { } postcode)
        {
            if (await postcodes.FindAsync(postcode, cancellationToken) is not { } near) return (null, "Enter a real postcode, like LU1 2QP");
            options = options with { Near = near };
        }
        if (Text("radius") is { } radius)
        {
            if (!double.TryParse(radius, NumberStyles.Float, CultureInfo.InvariantCulture, out var miles) || miles <= 0 || miles > DirectorySearchOptions.MaxRadiusMiles)
                return (null, $"radius must be a number of miles from 0.1 to {DirectorySearchOptions.MaxRadiusMiles}");
            options = options with { RadiusMiles = miles };
        }
        if (Text("category") is { } category) options = options with { TermId = StableId.For("term:" + category) };
        if (Text("open_now") is "true") options = options with { OpenAt = now };
        if (Text("open_at") is { } at)
        {
            if (!DateTime.TryParseExact(at, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
                return (null, "open_at must be a local date and time, like 2026-05-25T14:30");
            options = options with { OpenAt = local };
        }
        if (Text("access") is { } access)
        {
            var needs = access.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            if (needs.Any(n => !AccessibilityFeatures.All.Contains(n))) return (null, $"access must be a list of: {string.Join(", ", AccessibilityFeatures.All)}");
            options = options with { Accessibility = needs };
        }
        if (Text("age") is { } age)
        {
            if (!int.TryParse(age, NumberStyles.None, CultureInfo.InvariantCulture, out var years) || years > 130) return (null, "age must be a whole number of years, like 42");
            options = options with { Age = years };
        }
        if (Text("page") is { } page)
        {
            if (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) || p < 1 || p > 1000) return (null, "page must be a whole number from 1 to 1000");
            options = options with { Page = p };
        }
        if (Text("per_page") is { } perPage)
        {
            if (!int.TryParse(perPage, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 1) return (null, "per_page must be a whole number of 1 or more");
            options = options with { PageSize = Math.Min(size, DirectorySearchOptions.MaxPageSize) };
        }
        return (options, null);
    }
}
