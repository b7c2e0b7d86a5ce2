using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Signpost.Web.Endpoints.Fhir;

namespace Signpost.Web.Infrastructure;

/// <summary>Authenticates <c>Authorization: Bearer KEY</c>; refusals are FHIR OperationOutcomes.</summary>
public class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyCache keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string ScopeClaim = "scope";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var plain = header[7..].Trim();
        if (plain.Length is 0 or > 200) return AuthenticateResult.Fail("The API key is not valid.");
        var key = await keys.FindAsync(plain, Context.RequestAborted);
        if (key is null) return AuthenticateResult.Fail("The API key is not valid.");
        var claims = new List<Claim> { new(ClaimTypes.Name, key.Name), new(ClaimTypes.NameIdentifier, key.Id.ToString()) };
        claims.AddRange(key.Scopes.Select(s => new Claim(ScopeClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyAuthentication.Scheme));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, ApiKeyAuthentication.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return FhirJson.WriteProblemAsync(Context, StatusCodes.Status401Unauthorized,
            "Send a valid API key as 'Authorization: Bearer KEY' (keys are made with ./signpost apikey create).");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        FhirJson.WriteProblemAsync(Context, StatusCodes.Status403Forbidden, "This API key does not have the scope this API needs.");
}
