using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.VisualBasic.FileIO;
using Signpost.Core.Analytics.Measures;
using Signpost.Core.Analytics.Reports;
using Signpost.Core.Imports;
using Signpost.TestCommon;
using static Signpost.TestCommon.AnalyticsTestData;

namespace Signpost.Core.Tests.Analytics.Measures;

/// <summary>The report's figures against the raw BLMK regional CSV, summed here independently of the import.</summary>
public class AppointmentReportsTests
{
    private static readonly string RegionalFile = RealFile("gpad", "blmk_regional_csv_*.csv");

    [Fact]
    public async Task BuildAsync_RealBlmkFile_JsonFiguresMatchTheRawCsv()
    {
        await using var dataSource = await FreshDatabaseAsync("report_csv");
        await ImportsFor(dataSource).ImportAsync("gpad-regional", RegionalFile);
        var raw = RawRows().Where(r => r.Month >= new DateOnly(2019, 3, 1) && r.Month <= new DateOnly(2021, 8, 1)).ToList();

        var report = await Reports(dataSource).BuildAsync("M1J4Y", "2019-03", "2021-08");
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(report, ReportFormats.Json));

        var total = raw.Sum(r => r.Count);
        Assert.Equal(total, json.RootElement.GetProperty("appointments").GetInt64());
        Assert.Equal((double)raw.Where(r => r.Time == "Same Day").Sum(r => r.Count) / total, json.RootElement.GetProperty("sameDayShare").GetDouble(), 12);
        foreach (var mode in json.RootElement.GetProperty("byMode").EnumerateArray())
        {
            Assert.Equal(raw.Where(r => r.Mode == mode.GetProperty("name").GetString()).Sum(r => r.Count), mode.GetProperty("appointments").GetInt64());
        }
        foreach (var hcp in json.RootElement.GetProperty("byHcpType").EnumerateArray())
        {
            Assert.Equal(raw.Where(r => r.Hcp == hcp.GetProperty("name").GetString()).Sum(r => r.Count), hcp.GetProperty("appointments").GetInt64());
        }
    }

    [Fact]
    public async Task BuildAsync_RealBlmkFile_MonthlyTotalsAndDnaRateMatchTheRawCsv()
    {
        await using var dataSource = await FreshDatabaseAsync("report_months");
        await ImportsFor(dataSource).ImportAsync("gpad-regional", RegionalFile);
        var raw = RawRows().ToList();

        var report = await Reports(dataSource).BuildAsync(null, null, null);

        Assert.Equal(30, report.Months.Count);
        foreach (var month in report.Months)
        {
            var rows = raw.Where(r => r.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture) == month.Month).ToList();
            Assert.Equal(rows.Sum(r => r.Count), month.Appointments);
            Assert.Equal((double)rows.Where(r => r.Status == "DNA").Sum(r => r.Count) / rows.Sum(r => r.Count), month.DnaRate, 12);
        }
    }

    [Fact]
    public async Task BuildAsync_RealBlmkFile_FinancialYearGrowthMatchesTheRawCsv()
    {
        await using var dataSource = await FreshDatabaseAsync("report_growth");
        await ImportsFor(dataSource).ImportAsync("gpad-regional", RegionalFile);
        var raw = RawRows().ToList();
        long Between(DateOnly a, DateOnly b) => raw.Where(r => r.Month >= a && r.Month <= b).Sum(r => r.Count);
        var fy2021 = Between(new DateOnly(2020, 4, 1), new DateOnly(2021, 3, 1));
        var fy1920 = Between(new DateOnly(2019, 4, 1), new DateOnly(2020, 3, 1));

        var report = await Reports(dataSource).BuildAsync("M1J4Y", "2019-03", "2021-08");

        var growth = Assert.Single(report.Growth, g => g.Kind == GrowthFigure.FinancialYear);
        Assert.Equal("2020/21", growth.Period);
        Assert.Equal(fy2021, growth.Appointments);
        Assert.Equal(fy1920, growth.PreviousAppointments);
        Assert.DoesNotContain(report.Growth, g => g.Kind == GrowthFigure.CalendarYear);
        Assert.Contains(report.Growth, g => g.Kind == GrowthFigure.Quarter && g.Period == "Apr–Jun 2021");
    }

    [Fact]
    public async Task BuildAsync_IcbWithCoverage_RatePerThousandUsesIncludedPatients()
    {
        await using var dataSource = await FreshDatabaseAsync("report_cov");
        await new ReferenceDataImporter(dataSource, TimeProvider.System).ImportAsync(RepositoryPaths.Data("blmk"));
        var imports = ImportsFor(dataSource);
        await imports.ImportAsync("gpad-regional", RegionalFile);
        await imports.ImportAsync("gpad-coverage", RealFile("gpad", "*coverage*.csv"));

        var report = await Reports(dataSource).BuildAsync("QHG", "2020-08", "2020-08");

        var month = Assert.Single(report.Months);
        Assert.Equal(month.Appointments * 1000.0 / 1040732, month.PerThousandPatients!.Value, 9);
        Assert.Equal(97, month.Coverage!.IncludedPractices);
        Assert.Equal(98, month.Coverage.PracticesInArea);
    }

    [Fact]
    public async Task BuildAsync_PracticeLevelOnly_PlacePcnAndSubIcbAddUp()
    {
        await using var dataSource = await FreshDatabaseAsync("report_place");
        await new ReferenceDataImporter(dataSource, TimeProvider.System).ImportAsync(RepositoryPaths.Data("blmk"));
        // E81002 (MK45 2SB), E81003 (LU7 1AR) and E81004 (LU7 1RS) are all in Central Bedfordshire by the reference postcodes.
        var path = WriteCsv("practice_places.csv", Imports.GpadPracticeImporterTests.Header,
            Imports.GpadPracticeImporterTests.Row("01MAR2024", "E81002", "U83511", "Face-to-Face", "Walk-in", "Same Day", 30),
            Imports.GpadPracticeImporterTests.Row("01MAR2024", "E81003", "U15644", "Telephone", "Walk-in", "1 Day", 20),
            Imports.GpadPracticeImporterTests.Row("01MAR2024", "E81004", "U15644", "Telephone", "Walk-in", "Same Day", 10));
        await ImportsFor(dataSource).ImportAsync("gpad-practice", path);
        var reports = Reports(dataSource);

        var pcn = await reports.BuildAsync("U15644", null, null);
        var subIcb = await reports.BuildAsync("M1J4Y", null, null);
        var place = await reports.BuildAsync("central-bedfordshire", null, null);

        Assert.Equal(30, pcn.Appointments);
        Assert.Equal(60, subIcb.Appointments);
        Assert.Equal(["practice"], subIcb.Sources);
        Assert.Equal(60, place.Appointments);
        Assert.Equal(40.0 / 60, subIcb.SameDayShare, 9);
    }

    [Fact]
    public async Task BuildAsync_MonthWrittenWrongly_SaysHowToWriteIt()
    {
        await using var dataSource = await FreshDatabaseAsync("report_bad");

        var error = await Assert.ThrowsAsync<AnalyticsInputException>(() => Reports(dataSource).BuildAsync(null, "March 2019", null));

        Assert.Contains("YYYY-MM", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_UnknownArea_SaysSo()
    {
        await using var dataSource = await FreshDatabaseAsync("report_area");

        var error = await Assert.ThrowsAsync<AnalyticsInputException>(() => Reports(dataSource).BuildAsync("NOWHERE", null, null));

        Assert.Contains("no area with the code \"NOWHERE\"", error.Message, StringComparison.Ordinal);
    }

    private sealed record RawRow(DateOnly Month, string Status, string Hcp, string Mode, string Time, long Count);

    private static IEnumerable<RawRow> RawRows()
    {
        using var parser = new TextFieldParser(RegionalFile, Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!.ToList();
        while (!parser.EndOfData)
        {
            var f = parser.ReadFields()!;
            var month = DateOnly.ParseExact(f[header.IndexOf("Appointment_Month")], "MMMyyyy", CultureInfo.InvariantCulture);
            yield return new RawRow(month, f[header.IndexOf("APPT_STATUS")], f[header.IndexOf("HCP_TYPE")], f[header.IndexOf("APPT_MODE")],
                f[header.IndexOf("TIME_BETWEEN_BOOK_AND_APPT")], long.Parse(f[header.IndexOf("COUNT_OF_APPOINTMENTS")], CultureInfo.InvariantCulture));
        }
    }
}
