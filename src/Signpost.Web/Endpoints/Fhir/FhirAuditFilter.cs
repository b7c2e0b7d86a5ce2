using System.Text.Json;
using Npgsql;
using Signpost.Core.Audit;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Endpoints.Fhir;

/// <summary>Audits every FHIR API call: which key, what it asked (method, path, query), and the answer's status.</summary>
public class FhirAuditFilter(NpgsqlDataSource dataSource, TimeProvider clock) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        var actor = AuditActor.ApiKey(http.User.Identity?.Name ?? "unknown", ClientAddress.Of(http));
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var resource = http.Request.Path.Value?[FhirEndpoints.Base.Length..].Trim('/') ?? "";
        await using var connection = await dataSource.OpenConnectionAsync(http.RequestAborted);
        await using var command = new NpgsqlCommand("""
            insert into audit_log (at, actor_type, actor, action, entity_type, entity_id, details, ip_address)
            values ($1, $2, $3, $4, 'fhir', $5, $6::jsonb, $7)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = clock.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = actor.Type });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = actor.Name });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = $"fhir.{http.Request.Method.ToLowerInvariant()}" });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = resource });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = JsonSerializer.Serialize(new { status, query = http.Request.QueryString.Value }) });
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = actor.IpAddress });
        await command.PrepareAsync(http.RequestAborted);
        await command.ExecuteNonQueryAsync(http.RequestAborted);
        return result;
    }
}
