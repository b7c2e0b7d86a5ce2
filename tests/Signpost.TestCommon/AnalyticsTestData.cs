using Npgsql;
using Signpost.Core.Analytics.Imports;
using Signpost.Core.Analytics.Measures;
using Signpost.Core.Data;

namespace Signpost.TestCommon;

/// <summary>Fresh databases, the analytics services over them, and small CSV files written for a test.</summary>
public static class AnalyticsTestData
{
    /// <summary>A new, migrated database of the test's own (imports replace figures by area and month, so tests that import do not share one).</summary>
    public static async Task<NpgsqlDataSource> FreshDatabaseAsync(string prefix)
    {
        var dataSource = NpgsqlDataSource.Create(await TestDatabase.CreateEmptyDatabaseAsync(prefix));
        await new DatabaseMigrator(dataSource).MigrateAsync();
        return dataSource;
    }

    public static AnalyticsImports ImportsFor(NpgsqlDataSource dataSource)
    {
        var files = new FileImporter(dataSource, TimeProvider.System);
        return new AnalyticsImports(new GpadRegionalImporter(files), new GpadPracticeImporter(files), new GpadCoverageImporter(files),
            new RegisteredPatientsImporter(files), new PracticeMonthImporter(files));
    }

    public static AppointmentReports Reports(NpgsqlDataSource dataSource) =>
        new(new AnalyticsAreas(dataSource), new AppointmentMeasures(dataSource), new PatientDenominators(dataSource));

    /// <summary>The one file of the repository's data/FOLDER matching the pattern.</summary>
    public static string RealFile(string folder, string pattern) => Directory.GetFiles(RepositoryPaths.Data(folder), pattern).Single();

    public static string WriteCsv(string name, params string[] lines)
    {
        var folder = Directory.CreateTempSubdirectory("signpost-analytics-").FullName;
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    public static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
