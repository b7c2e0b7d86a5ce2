using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using System.Net;

namespace Signpost.Web.Infrastructure;

public static class OptionsSetup
{
    public static void AddSignpostOptions(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<SignpostOptions>(builder.Configuration.GetSection(SignpostOptions.Section));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<DemoModeGuard>();
    }
}

/// <summary>Stops the app when demo mode (public demo passwords) is asked for on an address other than loopback.</summary>
public class DemoModeGuard(IServer server, Microsoft.Extensions.Options.IOptions<SignpostOptions> options, IHostApplicationLifetime lifetime, ILogger<DemoModeGuard> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Demo) return Task.CompletedTask;
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var exposed = addresses.Where(a => !IsLoopback(a)).ToList();
            if (exposed.Count == 0) return;
            logger.LogCritical("Demo mode is for loopback only, but the app listens on {Addresses}; stopping.", string.Join(", ", exposed));
            lifetime.StopApplication();
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static bool IsLoopback(string address)
    {
        if (!Uri.TryCreate(address.Replace("://+", "://0.0.0.0").Replace("://*", "://0.0.0.0"), UriKind.Absolute, out var uri)) return false;
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
