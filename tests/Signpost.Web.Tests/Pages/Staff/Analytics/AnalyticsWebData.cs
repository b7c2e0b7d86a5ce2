using System.Globalization;
using Signpost.Core.Analytics.Imports;
using Signpost.Core.Imports;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.Staff.Analytics;

/// <summary>The shared test database with the reference data and the real BLMK regional GPAD file imported (idempotent).</summary>
public static class AnalyticsWebData
{
    public static readonly string RegionalFile = AnalyticsTestData.RealFile("gpad", "blmk_regional_csv_*.csv");

    public static async Task<TestDatabase> WithRegionalFileAsync()
    {
        var database = await TestDatabase.GetAsync();
        await database.EnsureReferenceDataAsync();
        await AnalyticsTestData.ImportsFor(database.DataSource).ImportAsync("gpad-regional", RegionalFile);
        return database;
    }

    /// <summary>The raw CSV's appointments for one month (MAR2019 style), summed here without the importer.</summary>
    public static long RawMonth(string month) =>
        File.ReadLines(RegionalFile).Skip(1).Where(l => l.Contains($",{month},", StringComparison.Ordinal))
            .Sum(l => long.Parse(l[(l.LastIndexOf(',') + 1)..], CultureInfo.InvariantCulture));
}
