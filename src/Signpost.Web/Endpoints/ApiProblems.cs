namespace Signpost.Web.Endpoints;

/// <summary>400 answers as RFC 9457 problem details with every problem listed in plain words.</summary>
public static class ApiProblems
{
    public static IResult BadRequest(IReadOnlyList<string> problems) => Results.Json(
        new { type = "about:blank", title = "The request is not valid.", status = 400, errors = problems },
        statusCode: StatusCodes.Status400BadRequest, contentType: "application/problem+json");
}
