using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Signpost.Core.Audit;
using Signpost.Core.Translation.Exchange;
using Signpost.Core.Translation.Machine;

namespace Signpost.Core.Translation;

public static class TranslationServices
{
    /// <summary>The translation memory's services, for the web app and the command line alike.</summary>
    public static IServiceCollection AddSignpostTranslation(this IServiceCollection services)
    {
        services.TryAddScoped<AuditLog>();
        services.AddScoped<TranslationMemory>();
        services.AddScoped<TranslationGuards>();
        services.AddScoped<TranslationReview>();
        services.AddScoped<LanguageUiStatus>();
        services.AddScoped<ShippedCatalogueLoader>();
        services.AddScoped<MachineTranslationRun>();
        services.AddScoped<TranslationExchange>();
        return services;
    }
}
