using System.Text.Json;
using Npgsql;
using Signpost.Core.Audit;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Endpoints.Fhir;

/// <summary>
/// Audits every FHIR API call (which key, method, path, query, the answer's status) and keeps failures in FHIR:
/// a database that is busy or unreachable answers 503 with an OperationOutcome, anything else 500. A call that
/// cannot be audited is not answered with data: the answer waits until its entry is committed, written together
/// with the entries of other calls finishing at the same time (<see cref="AuditGroupWriter"/>).
/// </summary>
public class FhirAuditFilter(AuditGroupWriter audit, TimeProvider clock, ILogger<FhirAuditFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        object? result;
        try
        {
            result = await next(context);
        }
        catch (Exception e) when (e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            result = Failure(e, http);
        }
        try
        {
            await AuditAsync(http, (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            return Failure(e, http);
        }
        return result;
    }

    private IResult Failure(Exception e, HttpContext http)
    {
        var busy = e is NpgsqlException or TimeoutException;
        logger.LogError(e, "FHIR {Method} {Path} failed", http.Request.Method, http.Request.Path);
        if (busy) http.Response.Headers.RetryAfter = "1";
        return busy
            ? FhirJson.Problem(StatusCodes.Status503ServiceUnavailable, "The booking service is busy; try again in a moment.", "transient")
            : FhirJson.Problem(StatusCodes.Status500InternalServerError, "Something went wrong; the request may not have been completed.");
    }

    private Task AuditAsync(HttpContext http, int status)
    {
        var actor = AuditActor.ApiKey(http.User.Identity?.Name ?? "unknown", ClientAddress.Of(http));
        return audit.WriteAsync(new AuditEntry
        {
            At = clock.GetUtcNow(), ActorType = actor.Type, Actor = actor.Name, Action = $"fhir.{http.Request.Method.ToLowerInvariant()}",
            EntityType = "fhir", EntityId = http.Request.Path.Value?[FhirEndpoints.Base.Length..].Trim('/') ?? "",
            Details = JsonSerializer.Serialize(new { status, query = http.Request.QueryString.Value }), IpAddress = actor.IpAddress,
        });
    }
}
