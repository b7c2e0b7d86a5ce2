using Npgsql;
using Signpost.Core.Data;
using Signpost.Core.Imports;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Imports;

public class ReferenceDataImporterTests
{
    [Fact]
    public async Task ImportAsync_BlmkFiles_LoadsActiveOrganisationsWithLocations()
    {
        var database = await TestDatabase.GetAsync();
        await database.EnsureReferenceDataAsync();

        Assert.Equal(86L, await ScalarAsync(database.DataSource, "select count(*) from gp_practices where status_code = 'A' and prescribing_setting = 4"));
        Assert.Equal(25L, await ScalarAsync(database.DataSource, "select count(*) from pcns where close_date is null"));
        Assert.Equal(25L, await ScalarAsync(database.DataSource,
            "select count(distinct m.pcn_code) from pcn_members m join pcns p on p.code = m.pcn_code where m.end_date is null and p.close_date is null"));
        Assert.Equal(149L, await ScalarAsync(database.DataSource, "select count(*) from pharmacies where status_code = 'A'"));
        Assert.Equal(85L, await ScalarAsync(database.DataSource, "select count(*) from gp_practices where status_code = 'A' and prescribing_setting = 4 and latitude is not null"));
        Assert.Equal(148L, await ScalarAsync(database.DataSource, "select count(*) from pharmacies where status_code = 'A' and latitude is not null"));
    }

    [Fact]
    public async Task ImportAsync_BlmkFiles_ReportsTheTwoUnlocatedOrganisations()
    {
        await using var dataSource = NpgsqlDataSource.Create(await FreshDatabaseAsync("ref_unlocated"));

        var report = await new ReferenceDataImporter(dataSource, TimeProvider.System).ImportAsync(RepositoryPaths.Data("blmk"));

        Assert.Contains(report.Unlocated, u => u.Kind == "GP practice" && u.Postcode == "EN1 3LL");
        Assert.Contains(report.Unlocated, u => u.Kind == "pharmacy" && u.Postcode == "MK15 9ET");
        Assert.Equal(2, report.Unlocated.Count(u => u.Kind != "PCN"));
    }

    [Fact]
    public async Task ImportAsync_SameFilesAgain_SkipsEveryFileAndChangesNothing()
    {
        await using var dataSource = NpgsqlDataSource.Create(await FreshDatabaseAsync("ref_again"));
        var importer = new ReferenceDataImporter(dataSource, TimeProvider.System);
        await importer.ImportAsync(RepositoryPaths.Data("blmk"));
        var before = await ScalarAsync(dataSource, "select count(*) from import_runs");

        var second = await importer.ImportAsync(RepositoryPaths.Data("blmk"));

        Assert.All(second.Files, f => Assert.True(f.Skipped));
        Assert.Equal(before, await ScalarAsync(dataSource, "select count(*) from import_runs"));
        Assert.Equal(86L, await ScalarAsync(dataSource, "select count(*) from gp_practices where status_code = 'A' and prescribing_setting = 4"));
    }

    [Fact]
    public async Task ImportAsync_BadRowInPracticeFile_ReportsFileAndLineAndWritesNothingFromThatFile()
    {
        await using var dataSource = NpgsqlDataSource.Create(await FreshDatabaseAsync("ref_bad"));
        var folder = CopyOfReferenceData();
        var practices = Directory.GetFiles(folder, "*epraccur*.csv").Single();
        var lines = File.ReadAllLines(practices);
        var index = Array.FindIndex(lines, l => l.EndsWith("\"4\",\"\"", StringComparison.Ordinal) && l.Contains("\"A\"", StringComparison.Ordinal));
        lines[index] = ReplaceField(lines[index], 10, "2025-13-45");
        File.WriteAllLines(practices, lines);

        var error = await Assert.ThrowsAsync<ImportException>(() => new ReferenceDataImporter(dataSource, TimeProvider.System).ImportAsync(folder));

        Assert.Equal(Path.GetFileName(practices), error.FileName);
        Assert.Equal(index + 1, error.Line);
        Assert.Contains("YYYYMMDD", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync(dataSource, "select count(*) from gp_practices"));
        Assert.Equal(0L, await ScalarAsync(dataSource, "select count(*) from import_runs where kind = 'gp-practices'"));
    }

    [Fact]
    public async Task ImportAsync_PostcodeFileMissingAColumn_SaysWhichColumn()
    {
        await using var dataSource = NpgsqlDataSource.Create(await FreshDatabaseAsync("ref_header"));
        var folder = CopyOfReferenceData();
        var postcodes = Directory.GetFiles(folder, "codepoint_open_*.csv").Single();
        var lines = File.ReadAllLines(postcodes);
        lines[0] = lines[0].Replace("Eastings", "East", StringComparison.Ordinal);
        File.WriteAllLines(postcodes, lines);

        var error = await Assert.ThrowsAsync<ImportException>(() => new ReferenceDataImporter(dataSource, TimeProvider.System).ImportAsync(folder));

        Assert.Contains("Eastings", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync(dataSource, "select count(*) from postcodes"));
    }

    private static string ReplaceField(string line, int index, string value)
    {
        var fields = line.Split("\",\"");
        fields[index] = value;
        return string.Join("\",\"", fields);
    }

    private static string CopyOfReferenceData()
    {
        var folder = Directory.CreateTempSubdirectory("signpost-ref-").FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Data("blmk"), "*.csv")) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    private static async Task<string> FreshDatabaseAsync(string prefix)
    {
        var connectionString = await TestDatabase.CreateEmptyDatabaseAsync(prefix);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new DatabaseMigrator(dataSource).MigrateAsync();
        return connectionString;
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
