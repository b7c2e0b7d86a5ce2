using Signpost.Core.Analytics.Measures;
using Signpost.TestCommon;
using static Signpost.TestCommon.AnalyticsTestData;

namespace Signpost.Core.Tests.Analytics.Measures;

public class DailyMeasuresTests
{
    private const string Header = "SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_ONS_CODE,SUB_ICB_LOCATION_NAME,ICB_ONS_CODE,ICB_NAME,REGION_ONS_CODE,REGION_NAME,Appointment_Date,APPT_STATUS,HCP_TYPE,APPT_MODE,TIME_BETWEEN_BOOK_AND_APPT,COUNT_OF_APPOINTMENTS";
    private const string Area = "X9Z9Z,E38000999,\"NHS Test, ICB - X9Z9Z\",E54000999,NHS Test ICB,E40000007,East of England";
    private const string Other = "X9Z9Y,E38000998,\"NHS Test, ICB - X9Z9Y\",E54000999,NHS Test ICB,E40000007,East of England";

    private static async Task<DailyMeasures> MeasuresAsync(Npgsql.NpgsqlDataSource dataSource, bool withFile = true)
    {
        if (withFile)
        {
            await ImportsFor(dataSource).ImportAsync("gpad-regional", WriteCsv("daily.csv", Header,
                $"{Area},03APR2023,Attended,GP,Face-to-Face,Same Day,40", $"{Area},03APR2023,DNA,GP,Face-to-Face,1 Day,10",
                $"{Area},04APR2023,Attended,GP,Telephone,2 to 7 Days,60", $"{Other},04APR2023,Attended,GP,Telephone,Same Day,5",
                $"{Area},02MAY2023,Attended,GP,Telephone,Same Day,7"));
        }
        return new DailyMeasures(dataSource, new AnalyticsAreas(dataSource));
    }

    [Fact]
    public async Task BuildAsync_MonthAndSubIcb_EachDaySummedWithSameDayAndDnaShares()
    {
        await using var dataSource = await FreshDatabaseAsync("gpad_daily_days");

        var report = await (await MeasuresAsync(dataSource)).BuildAsync("2023-04", "X9Z9Z");

        Assert.Equal(["2023-04-03", "2023-04-04"], report.Days.Select(d => d.Date));
        Assert.Equal((50L, 0.8, 0.2), (report.Days[0].Appointments, report.Days[0].SameDayShare, report.Days[0].DnaRate));
        Assert.Equal(("Tue", 60L, 0.0), (report.Days[1].Weekday, report.Days[1].Appointments, report.Days[1].SameDayShare));
        Assert.Equal((110L, "X9Z9Z"), (report.Appointments, report.AreaCode));
    }

    [Fact]
    public async Task BuildAsync_NoMonthAllAreas_LatestMonthEveryArea()
    {
        await using var dataSource = await FreshDatabaseAsync("gpad_daily_latest");
        var measures = await MeasuresAsync(dataSource);

        var latest = await measures.BuildAsync(null, null);
        var april = await measures.BuildAsync("2023-04", null);

        Assert.Equal(("2023-05", 7L), (latest.Month, latest.Appointments));
        Assert.Equal(["2023-04", "2023-05"], latest.MonthsWithFigures);
        Assert.Equal(65L, april.Days[1].Appointments);
    }

    [Theory]
    [InlineData("April", null, "month")]
    [InlineData("2023-13", null, "month")]
    [InlineData("2023-04", "E81002", "area")]
    [InlineData("2023-04", "NOPE1", "area")]
    public async Task BuildAsync_BadMonthOrAreaWithoutDailyFigures_SaysWhich(string month, string? area, string field)
    {
        await using var dataSource = await FreshDatabaseAsync("gpad_daily_bad");
        await new Signpost.Core.Imports.ReferenceDataImporter(dataSource, TimeProvider.System).ImportAsync(RepositoryPaths.Data("blmk"));
        var measures = await MeasuresAsync(dataSource);

        var error = await Assert.ThrowsAsync<AnalyticsInputException>(() => measures.BuildAsync(month, area));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public async Task BuildAsync_NothingImported_AsksForTheFile()
    {
        await using var dataSource = await FreshDatabaseAsync("gpad_daily_none");

        var error = await Assert.ThrowsAsync<AnalyticsInputException>(() => MeasuresAsync(dataSource, withFile: false).ContinueWith(t => t.Result.BuildAsync("2023-04", null)).Unwrap());

        Assert.StartsWith("There are no GPAD daily figures", error.Message, StringComparison.Ordinal);
    }
}
