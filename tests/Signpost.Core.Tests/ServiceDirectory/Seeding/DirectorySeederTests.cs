using Microsoft.EntityFrameworkCore;
using Npgsql;
using Signpost.Core.Data;
using Signpost.Core.Imports;
using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Seeding;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.ServiceDirectory.Seeding;

public class DirectorySeederTests
{
    [Fact]
    public async Task SeedAsync_ReferenceData_EveryActivePracticePcnAndPharmacyIsAnOrganisationWithALocatedService()
    {
        var database = await TestDatabase.GetAsync();
        await DirectoryTestData.EnsureSeededAsync();

        Assert.Equal(86L, await ScalarAsync(database.DataSource, "select count(*) from directory_services where source_key like 'gp:%' and status = 'active'"));
        Assert.Equal(25L, await ScalarAsync(database.DataSource, "select count(*) from directory_organisations where kind = 'pcn'"));
        Assert.Equal(149L, await ScalarAsync(database.DataSource, "select count(*) from directory_organisations where kind = 'pharmacy'"));
        Assert.Equal(149L, await ScalarAsync(database.DataSource, """
            select count(*) from directory_services s join directory_service_taxonomy st on st.service_id = s.id
            join directory_taxonomy_terms t on t.id = st.term_id where t.code = 'pharmacy-first'
            and s.source_key like 'pharmacy-first:%' and exists (select 1 from directory_service_at_locations x where x.service_id = s.id)
            """));
    }

    [Fact]
    public async Task SeedAsync_AnyRun_ContentNotFromOfficialDataIsFlaggedDemo()
    {
        var database = await TestDatabase.GetAsync();
        await DirectoryTestData.EnsureSeededAsync();
        await using var db = TestData.CreateDb(database);

        var sameDay = await db.DirectoryServices.SingleAsync(s => s.SourceKey == "demo:lbhc-same-day-access");

        Assert.True(sameDay.IsDemo);
        Assert.Equal(HoursSource.Example, sameDay.HoursSource);
        Assert.Contains("not in the official data", sameDay.SourceNote, StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync(database.DataSource,
            "select count(*) from directory_services where not is_demo and source_key not like 'gp:%' and source_key not like 'pharmacy%' and source_key not like 'pcn-%' and source_key not like 'national:%' and source_key not like 'test:%' and source_key not like 'editor:%'"));
    }

    [Fact]
    public async Task SeedAsync_EveryTaxonomyTerm_IsUsedOrIsACategory()
    {
        var database = await TestDatabase.GetAsync();
        await DirectoryTestData.EnsureSeededAsync();

        var unused = await ScalarAsync(database.DataSource, """
            select count(*) from directory_taxonomy_terms t where t.parent_id is not null
            and not exists (select 1 from directory_service_taxonomy st where st.term_id = t.id)
            """);

        Assert.Equal(0L, unused);
    }

    [Fact]
    public async Task SeedAsync_RunTwice_AddsNothingAndKeepsAnEditorsChange()
    {
        await using var dataSource = NpgsqlDataSource.Create(await FreshDatabaseAsync("dir_again"));
        await SeedAsync(dataSource);
        await ExecuteAsync(dataSource, "update directory_services set name = 'Edited by an editor' where source_key = 'gp:E81003'");
        var before = await ScalarAsync(dataSource, "select count(*) from directory_services");

        await using var db = TestData.CreateDb(dataSource);
        var report = await new DirectorySeeder(db, TimeProvider.System).SeedAsync(RepositoryPaths.Data("directory"));

        Assert.Equal(0, report.ServicesCreated);
        Assert.Equal(before, await ScalarAsync(dataSource, "select count(*) from directory_services"));
        Assert.Equal(1L, await ScalarAsync(dataSource, "select count(*) from directory_services where name = 'Edited by an editor'"));
    }

    [Fact]
    public async Task SeedAsync_PracticeClosedSinceLastRun_RetiresItsService()
    {
        await using var dataSource = NpgsqlDataSource.Create(await FreshDatabaseAsync("dir_retire"));
        await SeedAsync(dataSource);
        await ExecuteAsync(dataSource, "update gp_practices set status_code = 'C' where ods_code = 'E81004'");

        await SeedAsync(dataSource);

        Assert.Equal(1L, await ScalarAsync(dataSource, "select count(*) from directory_services where source_key = 'gp:E81004' and status = 'inactive'"));
        Assert.Equal(0L, await ScalarAsync(dataSource, "select count(*) from directory_search_entries e join directory_services s on s.id = e.service_id where s.source_key = 'gp:E81004'"));
    }

    [Fact]
    public async Task SeedAsync_DemoFileNamesAnUnknownTerm_FailsNamingItAndWritesNoServices()
    {
        await using var dataSource = NpgsqlDataSource.Create(await FreshDatabaseAsync("dir_bad"));
        var folder = Directory.CreateTempSubdirectory("signpost-dir-").FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Data("directory"))) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        var demo = Path.Combine(folder, DirectoryContentFiles.DemoFile);
        File.WriteAllText(demo, File.ReadAllText(demo).Replace("\"phlebotomy\"", "\"no-such-term\"", StringComparison.Ordinal));
        await using var db = TestData.CreateDb(dataSource);

        var error = await Assert.ThrowsAsync<ImportException>(() => new DirectorySeeder(db, TimeProvider.System).SeedAsync(folder));

        Assert.Contains("no-such-term", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync(dataSource, "select count(*) from directory_services"));
    }

    private static async Task SeedAsync(NpgsqlDataSource dataSource)
    {
        await using var db = TestData.CreateDb(dataSource);
        await new DirectorySeeder(db, TimeProvider.System).SeedAsync(RepositoryPaths.Data("directory"));
    }

    private static async Task<string> FreshDatabaseAsync(string prefix)
    {
        var connectionString = await TestDatabase.CreateEmptyDatabaseAsync(prefix);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new DatabaseMigrator(dataSource).MigrateAsync();
        await new ReferenceDataImporter(dataSource, TimeProvider.System).ImportAsync(RepositoryPaths.Data("blmk"));
        return connectionString;
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
