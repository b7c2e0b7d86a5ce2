using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Npgsql;
using Signpost.Core.Accounts;

namespace Signpost.Web.Infrastructure;

public static class SecuritySetup
{
    public const string StaffPolicy = "staff";
    public const string TranslatorPolicy = "translator";

    public static IServiceCollection AddSignpostSecurity(this IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddDataProtection().SetApplicationName("signpost");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(provider.GetRequiredService<NpgsqlDataSource>())));

        services.AddAuthentication(ApiKeyAuthentication.DefaultScheme).AddApiKeys().AddCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "signpost.staff";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = StaffPrincipal.ValidateAsync;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(StaffRoles.All))
            .AddPolicy(StaffRoles.Admin, policy => policy.RequireRole(StaffRoles.Admin))
            .AddPolicy(TranslatorPolicy, policy => policy.RequireRole(StaffRoles.Translator, StaffRoles.Admin))
            .AddPolicy(StaffRoles.Manager, policy => policy.RequireRole(StaffRoles.Manager));

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "signpost.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }
}
