using Microsoft.EntityFrameworkCore;
using Npgsql;
using Signpost.Core.Audit;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Audit;

public class AuditGroupWriterTests
{
    private static AuditEntry Entry(string entity, string? details = """{"status":200}""") => new()
    {
        At = DateTimeOffset.UtcNow, ActorType = "api-key", Actor = "test-key", Action = "fhir.get", EntityType = "fhir", EntityId = entity,
        Details = details, IpAddress = "127.0.0.1",
    };

    [Fact]
    public async Task Write_ManyCallsAtOnce_EveryEntryCommittedWhenItsTaskCompletes_InFewerStatements()
    {
        var database = await TestDatabase.GetAsync();
        var writer = new AuditGroupWriter(database.DataSource);
        var run = Guid.NewGuid().ToString("N");

        await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(() => writer.WriteAsync(Entry($"{run}/{i}")))));

        await using var db = TestData.CreateDb(database);
        var written = await db.AuditLog.Where(e => e.EntityId!.StartsWith(run)).ToListAsync();
        Assert.Equal(300, written.Select(e => e.EntityId).Distinct().Count());
        Assert.All(written, e => Assert.Equal(("api-key", "test-key", "fhir.get", "127.0.0.1"), (e.ActorType, e.Actor, e.Action, e.IpAddress)));
        Assert.Contains("\"status\": 200", written[0].Details, StringComparison.Ordinal);
        Assert.InRange(writer.Statements, 1, 299);
    }

    [Fact]
    public async Task Write_OneAtATime_EachCommittedBeforeTheNext()
    {
        var database = await TestDatabase.GetAsync();
        var writer = new AuditGroupWriter(database.DataSource);
        var run = Guid.NewGuid().ToString("N");
        await using var db = TestData.CreateDb(database);

        for (var i = 0; i < 3; i++)
        {
            await writer.WriteAsync(Entry($"{run}/{i}", details: null));
            Assert.Equal(i + 1, await db.AuditLog.CountAsync(e => e.EntityId!.StartsWith(run)));
        }
    }

    [Fact]
    public async Task Write_DatabaseRefuses_EveryWaitingCallerGetsTheError_AndTheWriterRecovers()
    {
        var database = await TestDatabase.GetAsync();
        var writer = new AuditGroupWriter(database.DataSource);
        var run = Guid.NewGuid().ToString("N");
        var bad = Entry($"{run}/bad");
        bad.ActorType = "nobody";

        var error = await Assert.ThrowsAsync<PostgresException>(() => writer.WriteAsync(bad));
        await writer.WriteAsync(Entry($"{run}/good"));

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
        await using var db = TestData.CreateDb(database);
        Assert.Equal($"{run}/good", (await db.AuditLog.SingleAsync(e => e.EntityId!.StartsWith(run))).EntityId);
    }
}
