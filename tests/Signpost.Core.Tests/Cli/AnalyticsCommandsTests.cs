using System.Text.Json;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Cli;

public class AnalyticsCommandsTests
{
    [Fact]
    public async Task ImportThenReport_RealBlmkFile_JsonMatchesTheRawCsv()
    {
        var connectionString = await TestDatabase.CreateEmptyDatabaseAsync("cli_report");
        var file = AnalyticsTestData.RealFile("gpad", "blmk_regional_csv_*.csv");

        var import = await CliProcess.RunAsync(connectionString, null, "import", "gpad-regional", file);
        var report = await CliProcess.RunAsync(connectionString, null, "report", "appointments", "--from", "2019-03", "--to", "2019-03", "--area", "M1J4Y", "--format", "json");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("7,994 rows imported", import.Output, StringComparison.Ordinal);
        Assert.Equal(0, report.ExitCode);
        var raw = File.ReadLines(file).Where(l => l.Contains(",MAR2019,", StringComparison.Ordinal))
            .Sum(l => long.Parse(l[(l.LastIndexOf(',') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        using var json = JsonDocument.Parse(report.Output);
        Assert.Equal(raw, json.RootElement.GetProperty("appointments").GetInt64());
    }

    [Fact]
    public async Task ImportGpadRegional_BadRow_FileAndLineNoStackTrace()
    {
        var database = await TestDatabase.GetAsync();
        var path = AnalyticsTestData.WriteCsv("bad_regional.csv",
            "SUB_ICB_LOCATION_CODE,APPOINTMENT_MONTH,APPT_STATUS,HCP_TYPE,APPT_MODE,TIME_BETWEEN_BOOK_AND_APPT,COUNT_OF_APPOINTMENTS",
            "Q9Q9Q,APR2023,Attended,GP,Face-to-Face,Same Day,10", "Q9Q9Q,APR2023,Attended,GP,Face-to-Face,Next week,10");

        var result = await CliProcess.RunAsync(database.ConnectionString, null, "import", "gpad-regional", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad_regional.csv, line 3", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportAppointments_MonthWrittenWrongly_Exit2WithHowToWriteIt()
    {
        var database = await TestDatabase.GetAsync();

        var result = await CliProcess.RunAsync(database.ConnectionString, null, "report", "appointments", "--from", "March", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("YYYY-MM", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportAppointments_UnknownFormat_NonZeroExit()
    {
        var database = await TestDatabase.GetAsync();

        var result = await CliProcess.RunAsync(database.ConnectionString, null, "report", "appointments", "--format", "xml");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("xml", result.Error + result.Output, StringComparison.Ordinal);
    }
}
