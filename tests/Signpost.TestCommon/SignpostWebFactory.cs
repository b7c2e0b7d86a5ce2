using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Signpost.TestCommon;

/// <summary>The real app in-process against the real test database, with optional settings and a test clock.</summary>
public class SignpostWebFactory(string connectionString, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    : WebApplicationFactory<Program>
{
    static SignpostWebFactory()
    {
        // Each in-process app would otherwise watch appsettings.json for changes; hundreds of test hosts exhaust
        // the machine's inotify instances (128 by default on Linux).
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        // asp-append-version watches wwwroot; poll instead of taking an inotify instance per host.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
    }

    public static async Task<SignpostWebFactory> CreateAsync(IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var database = await TestDatabase.GetAsync();
        return new SignpostWebFactory(database.ConnectionString, settings, clock);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Test");
        builder.UseSetting("SIGNPOST_DB", connectionString);
        // Generous defaults so that ordinary tests sharing one client address are never rate limited.
        builder.UseSetting("Signpost:RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("Signpost:RateLimits:PublicPostsPerMinute", "100000");
        // Booking housekeeping (hold expiry, outbox, slot generation) is off unless a test turns it on, so that
        // one test's app instance never expires another test's holds on a different clock.
        builder.UseSetting("Signpost:Booking:HousekeepingSeconds", "0");
        // Tests write directory data and search straight away: the in-memory index reads the change log before every search.
        builder.UseSetting("Signpost:Directory:RefreshSeconds", "0");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        if (clock is not null)
        {
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(clock);
            });
        }
    }
}
