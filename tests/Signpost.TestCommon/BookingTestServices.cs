using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Data;

namespace Signpost.TestCommon;

/// <summary>The booking services on their own data source (one per simulated app instance) and clock.</summary>
public static class BookingTestServices
{
    public static ServiceProvider Create(string connectionString, TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddSignpostData(connectionString);
        services.AddScoped<AuditLog>();
        services.AddBookingCore(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
