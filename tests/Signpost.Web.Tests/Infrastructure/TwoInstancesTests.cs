using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Signpost.Core.Accounts;
using Signpost.Core.Data;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Infrastructure;

public class TwoInstancesTests
{
    [Fact]
    public async Task TwoInstances_StartTogetherOnAnEmptyDatabase_MigrateOnceAndBothReady()
    {
        var connectionString = await TestDatabase.CreateEmptyDatabaseAsync("two_instances");
        await using var one = new SignpostWebFactory(connectionString);
        await using var two = new SignpostWebFactory(connectionString);

        var ready = await Task.WhenAll(
            Task.Run(() => one.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative))),
            Task.Run(() => two.CreateClient().GetAsync(new Uri("/health/ready", UriKind.Relative))));

        Assert.All(ready, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var count = dataSource.CreateCommand("select count(*) from schema_migrations");
        Assert.Equal((long)DatabaseMigrator.KnownMigrations().Count, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task SignInCookie_FromOneInstance_AcceptedByAnother()
    {
        var database = await TestDatabase.GetAsync();
        var user = await TestData.AddStaffUserAsync(database, StaffRoles.Navigator);
        await using var one = new SignpostWebFactory(database.ConnectionString);
        await using var two = new SignpostWebFactory(database.ConnectionString);
        var signedIn = await one.SignedInClientAsync(user.Email);
        var cookie = (await signedIn.GetAsync(new Uri("/staff", UriKind.Relative))).RequestMessage!.Headers.GetValues("Cookie").Single();

        var other = two.CreateBrowserClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/staff", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        var response = await other.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Staff home", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataProtectionKeys_KeptInTheDatabase()
    {
        var database = await TestDatabase.GetAsync();
        await using var factory = new SignpostWebFactory(database.ConnectionString);
        factory.CreateClient();

        var options = factory.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value;
        factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("x");

        Assert.IsType<Signpost.Web.Infrastructure.DatabaseXmlRepository>(options.XmlRepository);
        await using var count = database.DataSource.CreateCommand("select count(*) from data_protection_keys");
        Assert.True((long)(await count.ExecuteScalarAsync())! >= 1);
    }
}
