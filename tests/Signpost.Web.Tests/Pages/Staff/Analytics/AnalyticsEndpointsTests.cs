using System.Net;
using System.Text.Json;
using Signpost.Core.Accounts;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.Staff.Analytics;

public class AnalyticsEndpointsTests
{
    [Fact]
    public async Task AppointmentsCsv_Manager_MonthsAsCsvMatchingTheRawFile()
    {
        var database = await AnalyticsWebData.WithRegionalFileAsync();
        var manager = await TestData.AddStaffUserAsync(database, StaffRoles.Manager);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(manager.Email);

        var response = await client.GetAsync(new Uri("/staff/analytics/appointments.csv?from=2019-03&to=2019-05&area=M1J4Y", UriKind.Relative));

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith($"2019-04,regional,{AnalyticsWebData.RawMonth("APR2019")},", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppointmentsJson_Manager_HasAppointmentsAndSameDayShare()
    {
        var database = await AnalyticsWebData.WithRegionalFileAsync();
        var manager = await TestData.AddStaffUserAsync(database, StaffRoles.Manager);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(manager.Email);

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/staff/analytics/appointments.json?from=2019-03&to=2019-03&area=QHG", UriKind.Relative)));

        Assert.Equal(AnalyticsWebData.RawMonth("MAR2019"), json.RootElement.GetProperty("appointments").GetInt64());
        Assert.InRange(json.RootElement.GetProperty("sameDayShare").GetDouble(), 0.0, 1.0);
    }

    [Fact]
    public async Task AppointmentsJson_UnknownArea_400WithTheMessage()
    {
        var database = await TestDatabase.GetAsync();
        var manager = await TestData.AddStaffUserAsync(database, StaffRoles.Manager);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(manager.Email);

        var response = await client.GetAsync(new Uri("/staff/analytics/appointments.json?area=NOWHERE", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no area with the code", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
