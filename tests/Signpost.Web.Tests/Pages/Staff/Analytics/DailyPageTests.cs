using System.Net;
using Signpost.Core.Accounts;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.Staff.Analytics;

/// <summary>The GPAD daily file's page: a month's appointments day by day, chart, table, CSV; areas it cannot answer refused.</summary>
public class DailyPageTests
{
    // A made-up sub-ICB location of its own, so the shared database's other figures do not mix in.
    private const string Area = "X7D7Y,E38000997,\"NHS Test, ICB - X7D7Y\",E54000999,NHS Test ICB,E40000007,East of England";

    private static async Task<HttpClient> ManagerAsync(SignpostWebFactory factory)
    {
        var database = await TestDatabase.GetAsync();
        await database.EnsureReferenceDataAsync();
        await AnalyticsTestData.ImportsFor(database.DataSource).ImportAsync("gpad-regional", AnalyticsTestData.WriteCsv("daily.csv",
            "SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_ONS_CODE,SUB_ICB_LOCATION_NAME,ICB_ONS_CODE,ICB_NAME,REGION_ONS_CODE,REGION_NAME,Appointment_Date,APPT_STATUS,HCP_TYPE,APPT_MODE,TIME_BETWEEN_BOOK_AND_APPT,COUNT_OF_APPOINTMENTS",
            $"{Area},01JUN2022,Attended,GP,Face-to-Face,Same Day,1200", $"{Area},01JUN2022,DNA,GP,Face-to-Face,1 Day,34",
            $"{Area},02JUN2022,Attended,GP,Telephone,Same Day,987"));
        var manager = await TestData.AddStaffUserAsync(database, StaffRoles.Manager);
        return await factory.SignedInClientAsync(manager.Email);
    }

    [Fact]
    public async Task Daily_MonthAndSubIcb_TableChartAndCsv()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await ManagerAsync(factory);

        var page = await client.GetDocumentAsync("/staff/analytics/daily?Month=2022-06&Area=X7D7Y");
        var csv = await client.GetStringAsync(new Uri("/staff/analytics/daily.csv?month=2022-06&area=X7D7Y", UriKind.Relative));

        var rows = page.QuerySelectorAll(".signpost-daily-table tbody tr").Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelectorAll("td")[0].TextContent)).ToList();
        Assert.Equal([("Wed 2022-06-01", "1,234"), ("Thu 2022-06-02", "987")], rows);
        Assert.StartsWith("/staff/analytics/daily.json?month=2022-06&area=X7D7Y", page.QuerySelector(".signpost-chart")!.GetAttribute("data-chart-src"), StringComparison.Ordinal);
        Assert.Contains("\r\n2022-06-01,Wed,X7D7Y,1234,1200,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Daily_Practice_MessageThatTheFileIsBySubIcb()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await ManagerAsync(factory);

        var page = await client.GetDocumentAsync("/staff/analytics/daily?Month=2022-06&Area=E81002");
        var json = await client.GetAsync(new Uri("/staff/analytics/daily.json?month=June", UriKind.Relative));

        Assert.Contains("published by sub-ICB location", page.QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Contains("like 2023-04", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Daily_Navigator_Refused()
    {
        var database = await TestDatabase.GetAsync();
        var navigator = await TestData.AddStaffUserAsync(database, StaffRoles.Navigator);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(navigator.Email);

        var response = await client.GetAsync(new Uri("/staff/analytics/daily.json", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
