using Signpost.Core.ServiceDirectory.Hours;
using Signpost.Core.ServiceDirectory.Search;
using Signpost.Core.ServiceDirectory.Search.Memory;

namespace Signpost.Web.Infrastructure;

public static class DirectorySetup
{
    public const string EditorPolicy = "directory-editor";

    public static IServiceCollection AddDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        var index = new MemoryIndexSettings();
        configuration.GetSection(MemoryIndexSettings.Section).Bind(index);
        services.AddSingleton(index);
        services.AddSingleton<BankHolidayCalendar>();
        services.AddSingleton<PlaceNames>();
        services.AddSingleton<PostcodeLookup>();
        services.AddSingleton<MemoryIndex>();
        services.AddSingleton<TextLexemes>();
        services.AddSingleton<DirectorySearch>();
        if (index.MemoryIndex) services.AddHostedService<DirectoryIndexRefresher>();
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
