using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.RateLimits;

namespace Signpost.Web.Infrastructure;

public static class DatabaseSetup
{
    public static IServiceCollection AddSignpostDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSignpostData(SignpostDatabase.ConnectionString(configuration));
        services.AddScoped<AuditLog>();
        services.AddScoped<StaffAccounts>();
        services.AddSingleton<RateLimitCounter>();
        return services;
    }

    /// <summary>Applies missing migrations before serving; safe when several instances start together.</summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SignpostOptions>>().Value;
        if (options.MigrateOnStart) await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }
}
