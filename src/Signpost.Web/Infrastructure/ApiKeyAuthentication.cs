using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Signpost.Core.ApiKeys;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// API keys as an authentication scheme beside the staff cookie. The default scheme picks one per request: a
/// Bearer header means an API key, anything else the cookie. An authenticated API client is therefore not
/// treated as an anonymous public poster by the shared rate limits.
/// </summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "api-key";
    public const string DefaultScheme = "signpost";
    public const string BookingPolicy = "booking-api";

    public static AuthenticationBuilder AddApiKeys(this AuthenticationBuilder builder)
    {
        builder.Services.AddSingleton<ApiKeyCache>();
        builder.AddPolicyScheme(DefaultScheme, "Staff cookie or API key", options => options.ForwardDefaultSelector = context =>
            context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                ? Scheme : CookieAuthenticationDefaults.AuthenticationScheme);
        builder.AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(Scheme, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(BookingPolicy, policy => policy
            .AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().RequireClaim(ApiKeyAuthenticationHandler.ScopeClaim, ApiKeyScopes.Booking));
        return builder;
    }
}
