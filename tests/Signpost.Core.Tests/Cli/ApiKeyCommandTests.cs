using Microsoft.EntityFrameworkCore;
using Signpost.Core.ApiKeys;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Cli;

public class ApiKeyCommandTests
{
    [Fact]
    public async Task ApiKeyCreate_BookingScope_KeyOnLastLineOnlyHashStored()
    {
        var database = await TestDatabase.GetAsync();
        var name = $"cli-{Guid.NewGuid():N}"[..20];

        var result = await CliProcess.RunAsync(database.ConnectionString, null, "apikey", "create", "--name", name, "--scope", "booking");

        Assert.Equal(0, result.ExitCode);
        var key = result.Output.TrimEnd().Split('\n')[^1].Trim();
        Assert.StartsWith(ApiKeyStore.Prefix, key, StringComparison.Ordinal);
        await using var db = TestData.CreateDb(database);
        var stored = await db.Set<ApiKey>().SingleAsync(k => k.Name == name);
        Assert.Equal(ApiKeyStore.Hash(key), stored.KeyHash);
        Assert.Equal(["booking"], stored.Scopes);
        Assert.DoesNotContain(key, $"{stored.KeyHash}{stored.KeyPrefix}", StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiKeyCreate_UnknownScope_ExitCode2NothingStored()
    {
        var database = await TestDatabase.GetAsync();
        var name = $"cli-{Guid.NewGuid():N}"[..20];

        var result = await CliProcess.RunAsync(database.ConnectionString, null, "apikey", "create", "--name", name, "--scope", "everything");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown scope everything", result.Error, StringComparison.Ordinal);
        await using var db = TestData.CreateDb(database);
        Assert.False(await db.Set<ApiKey>().AnyAsync(k => k.Name == name));
    }

    [Fact]
    public async Task ApiKeyRevoke_ThenFind_NoActiveKey()
    {
        var database = await TestDatabase.GetAsync();
        var name = $"cli-{Guid.NewGuid():N}"[..20];
        var created = await CliProcess.RunAsync(database.ConnectionString, null, "apikey", "create", "--name", name, "--scope", "booking");
        var key = created.Output.TrimEnd().Split('\n')[^1].Trim();

        var revoked = await CliProcess.RunAsync(database.ConnectionString, null, "apikey", "revoke", "--name", name);

        Assert.Equal(0, revoked.ExitCode);
        await using var db = TestData.CreateDb(database);
        Assert.Null(await new ApiKeyStore(db, new Signpost.Core.Audit.AuditLog(db, TimeProvider.System), TimeProvider.System).FindActiveAsync(key));
    }
}
