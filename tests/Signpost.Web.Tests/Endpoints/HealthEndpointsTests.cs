using System.Net;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Endpoints;

public class HealthEndpointsTests
{
    [Fact]
    public async Task Live_AppRunning_200()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var response = await factory.CreateClient().GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_DatabaseMigrated_200()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var response = await factory.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_DatabaseUnreachable_503()
    {
        var unreachable = new Npgsql.NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString("postgres")) { Port = 1, Timeout = 2 }.ConnectionString;
        await using var factory = new SignpostWebFactory(unreachable);
        // Start-up migrates, which cannot work here; the probe is what matters, so skip the start-up migration.
        var client = factory.WithWebHostBuilder(b => b.UseSetting("Signpost:MigrateOnStart", "false")).CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
