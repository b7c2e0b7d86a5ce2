using System.Text.Json;
using System.Text.Json.Serialization;
using Signpost.Web.Endpoints.Fhir.Resources;

namespace Signpost.Web.Endpoints.Fhir;

/// <summary>FHIR JSON: camelCase, no nulls, application/fhir+json; errors as OperationOutcome resources.</summary>
public static class FhirJson
{
    public const string ContentType = "application/fhir+json; charset=utf-8";
    public const string ErrorCodeSystem = "https://fhir.nhs.uk/Codesystem/http-error-codes";

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static IResult Resource(object resource, int status = StatusCodes.Status200OK) =>
        Results.Json(resource, Options, ContentType, status);

    /// <summary>An OperationOutcome with the NHS http-error-codes code for the status (REC_CONFLICT for 409 …).</summary>
    public static IResult Problem(int status, string diagnostics, string? issueCode = null) =>
        Resource(Outcome(status, diagnostics, issueCode), status);

    public static FhirOperationOutcome Outcome(int status, string diagnostics, string? issueCode = null)
    {
        var (code, nhsCode) = status switch
        {
            400 => ("invalid", "REC_BAD_REQUEST"),
            401 => ("login", "REC_UNAUTHORIZED"),
            403 => ("forbidden", "REC_FORBIDDEN"),
            404 => ("not-found", "REC_NOT_FOUND"),
            409 => ("conflict", "REC_CONFLICT"),
            412 => ("conflict", "REC_PRECONDITION_FAILED"),
            422 => ("processing", "REC_UNPROCESSABLE_ENTITY"),
            503 => ("transient", "REC_SERVICE_UNAVAILABLE"),
            _ => ("exception", "REC_SERVER_ERROR"),
        };
        return new FhirOperationOutcome(Guid.NewGuid().ToString(), new FhirMeta(Profile: ["https://fhir.hl7.org.uk/StructureDefinition/UKCore-OperationOutcome"]),
            [new FhirIssue("error", issueCode ?? code, FhirCodeableConcept.Of(ErrorCodeSystem, nhsCode), diagnostics)]);
    }

    /// <summary>Writes an outcome straight to the response (for authentication failures, outside an endpoint).</summary>
    public static Task WriteProblemAsync(HttpContext context, int status, string diagnostics)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        return JsonSerializer.SerializeAsync(context.Response.Body, Outcome(status, diagnostics), Options, context.RequestAborted);
    }
}
