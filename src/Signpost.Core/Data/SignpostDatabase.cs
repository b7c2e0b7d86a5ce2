using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Signpost.Core.Data;

/// <summary>Finds the connection string and registers the database services.</summary>
public static class SignpostDatabase
{
    /// <summary>
    /// <c>SIGNPOST_DB</c> wins; then <c>ConnectionStrings:Signpost</c>. <c>./run</c> and <c>./test</c> set
    /// <c>SIGNPOST_DB</c> to their private cluster when none is configured.
    /// </summary>
    public static string ConnectionString(IConfiguration configuration)
    {
        var value = configuration["SIGNPOST_DB"];
        if (string.IsNullOrWhiteSpace(value)) value = configuration.GetConnectionString("Signpost");
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException(
                "No database is configured. Start Signpost with ./run (which provisions a private PostgreSQL), " +
                "or set SIGNPOST_DB to a PostgreSQL connection string.");
        }
        return value;
    }

    public static IServiceCollection AddSignpostData(this IServiceCollection services, string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName)) builder.ApplicationName = "signpost";
        ConnectionPoolDefaults.Apply(builder, connectionString);
        // Made by the container (not registered as an instance) so that disposing the host closes its pool.
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(builder.ConnectionString).Build());
        services.AddDbContext<SignpostDb>((provider, options) => options.UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>()));
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }
}
