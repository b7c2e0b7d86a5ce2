using System.Text.Json;
using System.Text.Json.Serialization;
using Signpost.Web.Endpoints.Hsds.Model;

namespace Signpost.Web.Endpoints.Hsds;

/// <summary>
/// The Open Referral HSDS 3.0 / ORUK API at /api/hsds: public data, no key, <c>Access-Control-Allow-Origin: *</c> on
/// every answer, JSON errors (400 for bad parameters, 404 for unknown ids and paths), an OpenAPI document.
/// </summary>
public static class HsdsEndpoints
{
    public const string Base = "/api/hsds";
    public const string Profile = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void MapHsdsApi(this WebApplication app)
    {
        var hsds = app.MapGroup(Base).AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.AccessControlAllowOrigin = "*";
            return await next(context);
        });
        hsds.MapGet("/", (HttpRequest request) => Ok(new HsdsApiDetails("3.0", Profile, $"{request.Scheme}://{request.Host}{Base}/openapi.json")));
        hsds.MapGet("/openapi.json", () => Results.Stream(HsdsOpenApi.Open(), "application/json"));
        hsds.MapGet("/services", async (HttpRequest r, HsdsServiceQueries q, CancellationToken ct) =>
            Parse(r) is { Error: null } query ? Answer(await q.ServicesAsync(query, ct)) : Bad(Parse(r).Error!));
        hsds.MapGet("/services/{id}", async (string id, HsdsServiceQueries q, CancellationToken ct) =>
            Guid.TryParse(id, out var g) && await q.ServiceAsync(g, ct) is { } s ? Ok(s) : NotFound("service", id));
        hsds.MapGet("/service_at_locations", async (HttpRequest r, HsdsServiceQueries q, CancellationToken ct) =>
            Parse(r) is { Error: null } query ? Answer(await q.ServiceAtLocationsAsync(query, ct)) : Bad(Parse(r).Error!));
        hsds.MapGet("/service_at_locations/{id}", async (string id, HsdsServiceQueries q, CancellationToken ct) =>
            Guid.TryParse(id, out var g) && await q.ServiceAtLocationAsync(g, ct) is { } s ? Ok(s) : NotFound("service_at_location", id));
        hsds.MapGet("/organizations", async (HttpRequest r, HsdsCatalogueQueries q, CancellationToken ct) =>
            Parse(r) is { Error: null } query ? Ok(await q.OrganizationsAsync(query, ct)) : Bad(Parse(r).Error!));
        hsds.MapGet("/organizations/{id}", async (string id, HsdsCatalogueQueries q, CancellationToken ct) =>
            Guid.TryParse(id, out var g) && await q.OrganizationAsync(g, ct) is { } o ? Ok(o) : NotFound("organization", id));
        hsds.MapGet("/taxonomies", async (HttpRequest r, HsdsCatalogueQueries q, CancellationToken ct) =>
            Parse(r) is { Error: null } query ? Ok(await q.TaxonomiesAsync(query, ct)) : Bad(Parse(r).Error!));
        hsds.MapGet("/taxonomies/{id}", async (string id, HsdsCatalogueQueries q, CancellationToken ct) =>
            Guid.TryParse(id, out var g) && await q.TaxonomyAsync(g, ct) is { } t ? Ok(t) : NotFound("taxonomy", id));
        hsds.MapGet("/taxonomy_terms", async (HttpRequest r, HsdsCatalogueQueries q, CancellationToken ct) =>
            Parse(r) is { Error: null } query ? Ok(await q.TaxonomyTermsAsync(query, ct)) : Bad(Parse(r).Error!));
        hsds.MapGet("/taxonomy_terms/{id}", async (string id, HsdsCatalogueQueries q, CancellationToken ct) =>
            Guid.TryParse(id, out var g) && await q.TaxonomyTermAsync(g, ct) is { } t ? Ok(t) : NotFound("taxonomy term", id));
        hsds.MapMethods("/{**path}", ["OPTIONS"], (HttpResponse response) =>
        {
            response.Headers.AccessControlAllowMethods = "GET, OPTIONS";
            response.Headers.AccessControlAllowHeaders = "*";
            return Results.NoContent();
        });
        hsds.MapGet("/{**path}", (string path) => Results.Json(new HsdsError(404, $"There is no HSDS endpoint /{path}"), Json, statusCode: 404));
    }

    private static HsdsQuery Parse(HttpRequest request) => HsdsQuery.Parse(request.Query);

    private static IResult Ok<T>(T value) => Results.Json(value, Json);

    private static IResult Bad(string message) => Results.Json(new HsdsError(400, message), Json, statusCode: 400);

    private static IResult NotFound(string what, string id) => Results.Json(new HsdsError(404, $"There is no {what} with the id {id}"), Json, statusCode: 404);

    private static IResult Answer<T>((HsdsPage<T>? Page, string? Error) result) => result.Page is { } page ? Ok(page) : Bad(result.Error!);
}
