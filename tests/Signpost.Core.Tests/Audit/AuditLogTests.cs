using Microsoft.EntityFrameworkCore;
using Npgsql;
using Signpost.Core.Audit;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Audit;

public class AuditLogTests
{
    [Fact]
    public async Task Record_SavedWithTheChange_HasWhoWhatWhichWhenAndWhere()
    {
        var database = await TestDatabase.GetAsync();
        var id = Guid.NewGuid().ToString();
        await using var db = TestData.CreateDb(database);

        new AuditLog(db, TimeProvider.System).Record(AuditActor.User("who@test.nhs.uk", "10.1.2.3"), "thing.changed", "thing", id, new { before = 1, after = 2 });
        await db.SaveChangesAsync();

        var entry = await db.AuditLog.SingleAsync(e => e.EntityId == id);
        Assert.Equal(("user", "who@test.nhs.uk", "thing.changed", "10.1.2.3"), (entry.ActorType, entry.Actor, entry.Action, entry.IpAddress));
        Assert.Contains("\"after\":2", entry.Details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("update audit_log set actor = 'someone else' where entity_id = $1")]
    [InlineData("delete from audit_log where entity_id = $1")]
    public async Task AuditLog_ChangeOrDelete_RefusedByTheDatabase(string sql)
    {
        var database = await TestDatabase.GetAsync();
        var id = Guid.NewGuid().ToString();
        await using (var db = TestData.CreateDb(database))
        {
            new AuditLog(db, TimeProvider.System).Record(AuditActor.System, "thing.created", "thing", id);
            await db.SaveChangesAsync();
        }
        await using var command = database.DataSource.CreateCommand(sql);
        command.Parameters.AddWithValue(id);

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
    }
}
