using Signpost.Core.Languages;
using Signpost.Core.Translation;
using Signpost.Core.Translation.Machine;

namespace Signpost.Web.Languages;

public static class LanguageSetup
{
    public static IServiceCollection AddSignpostLanguages(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<TranslationCache>();
        services.AddSingleton<PendingUnits>();
        services.AddHostedService<UnitRegistrationWorker>();
        services.AddScoped<PageText>();
        services.AddSignpostTranslation();
        // Resident free text is translated on demand for staff through the configured server (none by default).
        services.AddHttpClient();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IConfiguration>().GetSection(MachineTranslationOptions.Section).Get<MachineTranslationOptions>() ?? new();
            var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient("machine-translation");
            return new FreeTextTranslator(MachineTranslators.Create(options, http));
        });
        return services;
    }

    /// <summary>Chooses each request's language (after static files, which need none).</summary>
    public static IApplicationBuilder UseRequestLanguage(this IApplicationBuilder app) => app.UseMiddleware<RequestLanguageMiddleware>();

    /// <summary>
    /// Registers the shipped UI strings and adds the shipped machine drafts missing from the database. Part of the
    /// start-up data steps, so skipped with them when <c>Signpost:MigrateOnStart</c> is false.
    /// </summary>
    public static async Task LoadShippedTranslationsAsync(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Signpost.Web.Infrastructure.SignpostOptions>>().Value.MigrateOnStart) return;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ShippedCatalogueLoader>().LoadAsync();
    }

    /// <summary><c>GET /api/languages</c>: the catalogue, most spoken in BLMK first.</summary>
    public static IEndpointRouteBuilder MapLanguagesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/languages", async (LanguageUiStatus status, CancellationToken cancellationToken) =>
        {
            var ui = await status.AllAsync(cancellationToken);
            return Results.Ok(LanguageCatalogue.Default.All.Select(l => new LanguageJson(
                l.Code, l.EnglishName, l.NativeName, l.Dir,
                l.Code == LanguageCatalogue.EnglishCode ? LanguageUiStatus.Approved : ui.GetValueOrDefault(l.Code, LanguageUiStatus.None),
                l.BlmkSpeakers, l.CensusCategory)));
        });
        app.MapGet("/api/communication-needs", () => Results.Ok(CommunicationNeed.All));
        return app;
    }
}
