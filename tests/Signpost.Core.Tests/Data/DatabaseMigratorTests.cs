using Npgsql;
using Signpost.Core.Data;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Data;

public class DatabaseMigratorTests
{
    [Fact]
    public async Task MigrateAsync_RunAgain_AppliesNothing()
    {
        await using var dataSource = NpgsqlDataSource.Create(await TestDatabase.CreateEmptyDatabaseAsync("migrate_again"));
        var migrator = new DatabaseMigrator(dataSource);

        var first = await migrator.MigrateAsync();
        var second = await migrator.MigrateAsync();

        Assert.Equal(DatabaseMigrator.KnownMigrations(), first);
        Assert.Empty(second);
        Assert.True(await migrator.IsUpToDateAsync());
    }

    [Fact]
    public async Task MigrateAsync_TwoInstancesAtOnce_MigrateOnce()
    {
        var connectionString = await TestDatabase.CreateEmptyDatabaseAsync("migrate_race");
        await using var one = NpgsqlDataSource.Create(connectionString);
        await using var two = NpgsqlDataSource.Create(connectionString);

        var results = await Task.WhenAll(new DatabaseMigrator(one).MigrateAsync(), new DatabaseMigrator(two).MigrateAsync());

        Assert.Equal(DatabaseMigrator.KnownMigrations(), results.SelectMany(r => r).Order(StringComparer.Ordinal));
        await using var count = one.CreateCommand("select count(*) from schema_migrations");
        Assert.Equal((long)DatabaseMigrator.KnownMigrations().Count, (long)(await count.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task IsUpToDateAsync_EmptyDatabase_False()
    {
        await using var dataSource = NpgsqlDataSource.Create(await TestDatabase.CreateEmptyDatabaseAsync("migrate_empty"));

        Assert.False(await new DatabaseMigrator(dataSource).IsUpToDateAsync());
    }
}
