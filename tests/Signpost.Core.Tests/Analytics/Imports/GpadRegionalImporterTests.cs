using Signpost.Core.Imports;
using Signpost.TestCommon;
using static Signpost.TestCommon.AnalyticsTestData;

namespace Signpost.Core.Tests.Analytics.Imports;

public class GpadRegionalImporterTests
{
    private const string NewHeader = "SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_ONS_CODE,SUB_ICB_LOCATION_NAME,ICB_ONS_CODE,ICB_NAME,REGION_ONS_CODE,REGION_NAME,APPOINTMENT_MONTH,APPT_STATUS,HCP_TYPE,APPT_MODE,TIME_BETWEEN_BOOK_AND_APPT,COUNT_OF_APPOINTMENTS";
    private const string Prefix = "X9Z9Z,E38000999,\"NHS Test, ICB - X9Z9Z\",E54000999,NHS Test ICB,E40000007,East of England";

    [Fact]
    public async Task ImportAsync_RealBlmkFile_StoresEveryAppointmentOfTheCsv()
    {
        await using var dataSource = await FreshDatabaseAsync("gpad_real");
        var path = RealFile("gpad", "blmk_regional_csv_*.csv");

        var result = await ImportsFor(dataSource).ImportAsync("gpad-regional", path);

        var csvTotal = File.ReadLines(path).Skip(1).Sum(line => long.Parse(line[(line.LastIndexOf(',') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(7994, result.Rows);
        Assert.Equal(csvTotal, await ScalarAsync(dataSource, "select sum(appointments) from gpad_regional_appointments"));
        Assert.Equal(csvTotal, await ScalarAsync(dataSource, "select sum(appointments) from gpad_month_summary where source = 'regional'"));
        Assert.Equal(30L, await ScalarAsync(dataSource, "select count(*) from gpad_month_summary where area_code = 'M1J4Y'"));
    }

    [Fact]
    public async Task ImportAsync_SameFileAgain_SkippedAndNothingChanges()
    {
        await using var dataSource = await FreshDatabaseAsync("gpad_again");
        var imports = ImportsFor(dataSource);
        var path = RealFile("gpad", "blmk_regional_csv_*.csv");
        await imports.ImportAsync("gpad-regional", path);

        var second = await imports.ImportAsync("gpad-regional", path);

        Assert.True(second.Skipped);
        Assert.Equal(7994L, await ScalarAsync(dataSource, "select count(*) from gpad_regional_appointments"));
        Assert.Equal(1L, await ScalarAsync(dataSource, "select count(*) from import_runs where kind = 'gpad-regional'"));
    }

    [Fact]
    public async Task ImportAsync_NewSubIcbLocationHeaders_Imported()
    {
        await using var dataSource = await FreshDatabaseAsync("gpad_new");
        var path = WriteCsv("regional_new.csv", NewHeader,
            $"{Prefix},APR2023,Attended,GP,Face-to-Face,Same Day,100",
            $"{Prefix},APR2023,DNA,Other Practice staff,Telephone,8  to 14 Days,7");

        await ImportsFor(dataSource).ImportAsync("gpad-regional", path);

        Assert.Equal(107L, await ScalarAsync(dataSource, "select appointments from gpad_month_summary where area_code = 'X9Z9Z' and month = '2023-04-01'"));
        Assert.Equal(100L, await ScalarAsync(dataSource, "select by_time_between[1] from gpad_month_summary where area_code = 'X9Z9Z'"));
        Assert.Equal(1L, await ScalarAsync(dataSource, "select count(*) from gpad_areas where code = 'X9Z9Z' and icb_ons_code = 'E54000999'"));
    }

    [Fact]
    public async Task ImportAsync_UnknownMode_ReportsFileAndLineAndWritesNothing()
    {
        await using var dataSource = await FreshDatabaseAsync("gpad_mode");
        var path = WriteCsv("regional_bad_mode.csv", NewHeader,
            $"{Prefix},APR2023,Attended,GP,Face-to-Face,Same Day,100",
            $"{Prefix},APR2023,Attended,GP,Carrier pigeon,Same Day,3");

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportsFor(dataSource).ImportAsync("gpad-regional", path));

        Assert.Equal(3, error.Line);
        Assert.Contains("APPT_MODE \"Carrier pigeon\" is not a known GPAD appointment mode", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync(dataSource, "select count(*) from gpad_regional_appointments"));
        Assert.Equal(0L, await ScalarAsync(dataSource, "select count(*) from import_runs"));
    }

    [Fact]
    public async Task ImportAsync_UnknownColumn_ReportedNotGuessed()
    {
        await using var dataSource = await FreshDatabaseAsync("gpad_col");
        var path = WriteCsv("regional_extra.csv", NewHeader + ",PRACTICE_SIZE", $"{Prefix},APR2023,Attended,GP,Face-to-Face,Same Day,100,5");

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportsFor(dataSource).ImportAsync("gpad-regional", path));

        Assert.Equal(1, error.Line);
        Assert.Contains("\"PRACTICE_SIZE\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_CountNotANumber_ReportsTheLine()
    {
        await using var dataSource = await FreshDatabaseAsync("gpad_count");
        var path = WriteCsv("regional_count.csv", NewHeader,
            $"{Prefix},APR2023,Attended,GP,Face-to-Face,Same Day,100",
            $"{Prefix},APR2023,Attended,GP,Telephone,Same Day,lots");

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportsFor(dataSource).ImportAsync("gpad-regional", path));

        Assert.Equal(3, error.Line);
        Assert.Contains("COUNT_OF_APPOINTMENTS should be a whole number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_LaterFileForAMonth_ReplacesThatMonthOnly()
    {
        await using var dataSource = await FreshDatabaseAsync("gpad_replace");
        var imports = ImportsFor(dataSource);
        await imports.ImportAsync("gpad-regional", WriteCsv("first.csv", NewHeader,
            $"{Prefix},APR2023,Attended,GP,Face-to-Face,Same Day,100", $"{Prefix},MAY2023,Attended,GP,Face-to-Face,Same Day,50"));

        await imports.ImportAsync("gpad-regional", WriteCsv("revised.csv", NewHeader, $"{Prefix},APR2023,Attended,GP,Face-to-Face,Same Day,120"));

        Assert.Equal(120L, await ScalarAsync(dataSource, "select sum(appointments) from gpad_regional_appointments where month = '2023-04-01'"));
        Assert.Equal(170L, await ScalarAsync(dataSource, "select sum(appointments) from gpad_month_summary"));
    }

    [Fact]
    public async Task ImportAsync_DailyFile_StoredByDate()
    {
        await using var dataSource = await FreshDatabaseAsync("gpad_daily");
        var path = WriteCsv("daily.csv", NewHeader.Replace("APPOINTMENT_MONTH", "Appointment_Date", StringComparison.Ordinal),
            $"{Prefix},03APR2023,Attended,GP,Face-to-Face,Same Day,40", $"{Prefix},04APR2023,Attended,GP,Face-to-Face,Same Day,60");

        var result = await ImportsFor(dataSource).ImportAsync("gpad-regional", path);

        Assert.Equal("gpad-daily", result.Kind);
        Assert.Equal(60L, await ScalarAsync(dataSource, "select appointments from gpad_daily_appointments where appointment_date = '2023-04-04'"));
    }
}
