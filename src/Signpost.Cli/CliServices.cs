using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Accounts;
using Signpost.Core.Booking;
using Signpost.Core.Analytics;
using Signpost.Core.Data;
using Signpost.Core.Imports;
using Signpost.Core.Translation;
using Signpost.Core.ServiceDirectory.Seeding;

namespace Signpost.Cli;

/// <summary>The services a command needs, configured like the web app (appsettings, then Signpost__ and SIGNPOST_DB variables).</summary>
public static class CliServices
{
    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddSignpostData(SignpostDatabase.ConnectionString(configuration));
        services.AddScoped<StaffAccounts>();
        services.AddScoped<Signpost.Core.Audit.AuditLog>();
        services.AddBookingCore(configuration);
        services.AddSingleton<ReferenceDataImporter>();
        services.AddSignpostTranslation();
        services.AddScoped<DirectorySeeder>();
        services.AddAnalytics();
        return services.BuildServiceProvider();
    }

    /// <summary>The repository's data folder: beside the current directory or above the tool's own files.</summary>
    public static string FindDataDirectory(string relative)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", relative);
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return Path.Combine(Directory.GetCurrentDirectory(), "data", relative);
    }
}
