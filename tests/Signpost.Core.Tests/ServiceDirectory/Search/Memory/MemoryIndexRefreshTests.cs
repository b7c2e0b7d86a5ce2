using Npgsql;
using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Search;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.ServiceDirectory.Search.Memory;

/// <summary>The in-memory index follows every change committed to the database, in whatever order transactions commit.</summary>
public class MemoryIndexRefreshTests(SeededDirectory directory) : IClassFixture<SeededDirectory>
{
    private static readonly GeoPoint Luton = new(51.880583, -0.418488);

    private static DirectorySearchOptions Near(string word) => new() { Text = word, Near = Luton, RadiusMiles = 10 };

    [Fact]
    public async Task RefreshAsync_ServiceAddedAfterLoading_Found()
    {
        var (search, index) = await directory.MemorySearchAsync(TimeProvider.System, refreshSeconds: 60);
        var service = await DirectoryTestData.AddServiceAsync(directory.DataSource, latitude: 51.88, longitude: -0.42);
        var word = service.Name.Split(' ')[^1];

        var before = await search.SearchAsync(Near(word));
        var changed = await index.RefreshAsync();
        var after = await search.SearchAsync(Near(word));

        Assert.True(before.FromMemory);
        Assert.Empty(before.Hits);
        Assert.True(changed >= 1);
        Assert.Equal([service.Id], after.Hits.Select(h => h.ServiceId));
    }

    [Fact]
    public async Task RefreshAsync_ServiceWithdrawn_NotFound()
    {
        var service = await DirectoryTestData.AddServiceAsync(directory.DataSource, latitude: 51.88, longitude: -0.42);
        var word = service.Name.Split(' ')[^1];
        var (search, index) = await directory.MemorySearchAsync(TimeProvider.System, refreshSeconds: 60);
        Assert.Single((await search.SearchAsync(Near(word))).Hits);

        await Execute("update directory_services set status = 'inactive' where id = $1; select directory_refresh_search(array[$1]);", service.Id);
        await index.RefreshAsync();

        Assert.Empty((await search.SearchAsync(Near(word))).Hits);
    }

    [Fact]
    public async Task RefreshAsync_AnOlderTransactionCommitsLater_ItsChangeIsStillRead()
    {
        var (search, index) = await directory.MemorySearchAsync(TimeProvider.System, refreshSeconds: 60);
        var slow = await DirectoryTestData.AddServiceAsync(directory.DataSource, latitude: 51.88, longitude: -0.42);
        var slowWord = slow.Name.Split(' ')[^1];
        await index.RefreshAsync();
        await using var connection = await directory.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // The slow transaction takes its id first, then a later one commits before it does.
        foreach (var sql in (string[])["update directory_services set name = name || ' renamed' where id = $1", "select directory_refresh_search(array[$1])"])
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.AddWithValue(slow.Id);
            await command.ExecuteNonQueryAsync();
        }
        var quick = await DirectoryTestData.AddServiceAsync(directory.DataSource, latitude: 51.88, longitude: -0.42);
        await index.RefreshAsync();
        var quickFound = await search.SearchAsync(Near(quick.Name.Split(' ')[^1]));
        var renamedBeforeCommit = await search.SearchAsync(Near(slowWord + " renamed"));

        await transaction.CommitAsync();
        await index.RefreshAsync();
        var renamedAfterCommit = await search.SearchAsync(Near(slowWord + " renamed"));

        Assert.Single(quickFound.Hits);
        Assert.Empty(renamedBeforeCommit.Hits);
        Assert.Equal([slow.Id], renamedAfterCommit.Hits.Select(h => h.ServiceId));
        Assert.True(renamedAfterCommit.FromMemory);
    }

    [Fact]
    public async Task ForSearchAsync_RefreshBeforeEverySearch_SeesAChangeAtOnce()
    {
        var (search, _) = await directory.MemorySearchAsync(TimeProvider.System, refreshSeconds: 0);
        var service = await DirectoryTestData.AddServiceAsync(directory.DataSource, latitude: 51.88, longitude: -0.42);

        var result = await search.SearchAsync(Near(service.Name.Split(' ')[^1]));

        Assert.True(result.FromMemory);
        Assert.Equal([service.Id], result.Hits.Select(h => h.ServiceId));
    }

    private async Task Execute(string sql, Guid id)
    {
        await using var command = directory.DataSource.CreateCommand(sql.Replace("$1", $"'{id}'::uuid", StringComparison.Ordinal));
        await command.ExecuteNonQueryAsync();
    }
}
