using System.Text.Json;
using Signpost.Core.Navigation;

namespace Signpost.Web.Endpoints;

/// <summary><c>POST /api/navigation/assess</c>: stateless triage; stores nothing about the request.</summary>
public static class NavigationEndpoints
{
    public const int MaxBodyBytes = 64 * 1024;

    public static void MapNavigationApi(this WebApplication app)
    {
        app.MapPost("/api/navigation/assess", AssessAsync).DisableAntiforgery();
    }

    private static async Task<IResult> AssessAsync(HttpRequest request, NavigationAssessor assessor)
    {
        var (body, problem) = await JsonBody.ReadAsync(request, MaxBodyBytes);
        if (body is null) return ApiProblems.BadRequest([problem!]);
        using (body)
        {
            var (input, problems) = AssessmentRequestReader.Read(body.RootElement, assessor);
            if (input is null) return ApiProblems.BadRequest(problems);
            return Results.Json(AssessmentJson.From(assessor.Assess(input)), AssessmentJson.Options);
        }
    }
}

/// <summary>The response body of the assess API, exactly as the contract names it.</summary>
public static class AssessmentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static object From(Assessment assessment) => new
    {
        urgency = assessment.Urgency,
        destination = new { type = assessment.Destination.Type, role = assessment.Destination.Role, pathway = assessment.Destination.Pathway },
        modality = assessment.Modality,
        reasons = assessment.Reasons.Select(r => $"{r.Text} (rule {r.RuleId})").ToArray(),
        ruleSetVersion = assessment.RuleSetVersion,
    };
}
