using Signpost.Core.ServiceDirectory.Hours;
using Signpost.Core.ServiceDirectory.Search;

namespace Signpost.Web.Infrastructure;

public static class DirectorySetup
{
    public const string EditorPolicy = "directory-editor";

    public static IServiceCollection AddDirectory(this IServiceCollection services)
    {
        services.AddSingleton<BankHolidayCalendar>();
        services.AddSingleton<PostcodeLookup>();
        services.AddSingleton<DirectorySearch>();
        services.AddScoped<OpeningTimesLoader>();
        services.AddScoped<Signpost.Core.ServiceDirectory.ServiceDetailsQuery>();
        services.AddScoped<KeyTermLinks>();
        services.AddScoped<Signpost.Core.ServiceDirectory.Editing.DirectoryEditor>();
        services.AddScoped<Signpost.Web.Endpoints.Hsds.HsdsServiceQueries>();
        services.AddScoped<Signpost.Web.Endpoints.Hsds.HsdsCatalogueQueries>();
        services.AddAuthorizationBuilder()
            .AddPolicy(EditorPolicy, policy => policy.RequireRole(Signpost.Core.Accounts.StaffRoles.DirectoryEditor));
        return services;
    }
}
