using System.Net;
using Signpost.Core.Accounts;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.Staff.Analytics;

public class AppointmentsPageTests
{
    [Fact]
    public async Task Appointments_Manager_MonthlyTableMatchesTheRawFile()
    {
        var database = await AnalyticsWebData.WithRegionalFileAsync();
        var manager = await TestData.AddStaffUserAsync(database, StaffRoles.Manager);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(manager.Email);

        var page = await client.GetDocumentAsync("/staff/analytics/appointments?From=2020-01&To=2020-12&Area=M1J4Y");

        var april = page.QuerySelectorAll("#months-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "2020-04");
        Assert.Equal(AnalyticsWebData.RawMonth("APR2020").ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
            april.QuerySelectorAll("td")[0].TextContent);
        Assert.Equal(12, page.QuerySelectorAll("#months-table tbody tr").Length);
    }

    [Fact]
    public async Task Appointments_Manager_ChartsReadTheJsonEndpointAndHaveATableEach()
    {
        var database = await AnalyticsWebData.WithRegionalFileAsync();
        var manager = await TestData.AddStaffUserAsync(database, StaffRoles.Manager);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(manager.Email);

        var page = await client.GetDocumentAsync("/staff/analytics/appointments?Area=M1J4Y");

        var charts = page.QuerySelectorAll(".signpost-chart");
        Assert.Equal(4, charts.Length);
        Assert.All(charts, c => Assert.StartsWith("/staff/analytics/appointments.json", c.GetAttribute("data-chart-src"), StringComparison.Ordinal));
        Assert.All(charts, c => Assert.Contains("table", c.QuerySelector("canvas")!.GetAttribute("aria-label"), StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("script[src^='/lib/chart.js/chart.umd.min.js']"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/lib/chart.js/chart.umd.min.js", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Appointments_MonthWrittenWrongly_ErrorMessageNot500()
    {
        var database = await TestDatabase.GetAsync();
        var manager = await TestData.AddStaffUserAsync(database, StaffRoles.Manager);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(manager.Email);

        var response = await client.GetAsync(new Uri("/staff/analytics/appointments?From=March", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebTestHelpers.ParseAsync(response);
        Assert.Contains("Enter the first month as YYYY-MM", page.QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appointments_Navigator_AccessDenied()
    {
        var database = await TestDatabase.GetAsync();
        var navigator = await TestData.AddStaffUserAsync(database, StaffRoles.Navigator);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(navigator.Email);

        var page = await client.GetAsync(new Uri("/staff/analytics/appointments", UriKind.Relative));
        var csv = await client.GetAsync(new Uri("/staff/analytics/appointments.csv", UriKind.Relative));

        Assert.StartsWith("/account/access-denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/account/access-denied", csv.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
