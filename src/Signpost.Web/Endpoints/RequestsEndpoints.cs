using System.Text.Json;
using System.Text.Json.Serialization;
using Signpost.Core.Audit;
using Signpost.Core.Navigation.Requests;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Endpoints;

/// <summary><c>POST /api/requests</c>: an online request from an app or another front end (rate limited per client like every public POST).</summary>
public static class RequestsEndpoints
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    public static void MapRequestsApi(this WebApplication app)
    {
        app.MapPost("/api/requests", SubmitAsync).DisableAntiforgery();
    }

    private static async Task<IResult> SubmitAsync(HttpContext context, RequestIntake intake)
    {
        var (body, problem) = await JsonBody.ReadAsync(context.Request, NavigationEndpoints.MaxBodyBytes);
        if (body is null) return ApiProblems.BadRequest([problem!]);
        RequestBody? dto;
        using (body)
        {
            try
            {
                dto = body.RootElement.Deserialize<RequestBody>(Options);
            }
            catch (JsonException e)
            {
                return ApiProblems.BadRequest([$"A field has the wrong type or is not known: {e.Path ?? "the body"}."]);
            }
        }
        if (dto is null) return ApiProblems.BadRequest(["The body must be a JSON object."]);
        var errors = new Dictionary<string, string>();
        var options = dto.ToOptions(errors);
        var result = errors.Count == 0 ? await intake.SubmitAsync(options, AuditActor.Anonymous(ClientAddress.Of(context)), context.RequestAborted) : null;
        foreach (var (key, message) in result?.Errors ?? await intake.ValidateAsync(options, context.RequestAborted)) errors.TryAdd(key, message);
        if (result is null || errors.Count > 0)
        {
            return ApiProblems.BadRequest(errors.Select(e => $"{JsonNamingPolicy.CamelCase.ConvertName(e.Key)}: {e.Value}").ToList());
        }
        if (!result.Saved)
        {
            return Results.Json(new { type = "about:blank", title = "The practice is not taking this request online now.", status = 409, detail = result.NotAcceptedMessage },
                statusCode: StatusCodes.Status409Conflict, contentType: "application/problem+json");
        }
        var assessment = AssessmentJson.From(result.Assessment!);
        return Results.Json(new { reference = result.Request!.Reference, outcomeDueAt = result.Request.OutcomeDueAt, assessment },
            AssessmentJson.Options, statusCode: StatusCodes.Status201Created);
    }
}
