using System.Net;
using System.Text.Json;
using Signpost.Core.Accounts;
using Signpost.TestCommon;
using static Signpost.TestCommon.NavigationTestData;

namespace Signpost.Web.Tests.Pages.Staff.Analytics;

/// <summary>Requests made through the web pages reach the equity view (issue 7): by channel and language, and what is not a request.</summary>
public class EquityFromRequestsTests
{
    private static async Task<(SignpostWebFactory Factory, HttpClient Manager)> AppOnAsync(DateTimeOffset at)
    {
        var database = await TestDatabase.GetAsync();
        await database.EnsureReferenceDataAsync();
        var manager = await TestData.AddStaffUserAsync(database, StaffRoles.Manager);
        var factory = await SignpostWebFactory.CreateAsync(clock: new TestClock(at));
        return (factory, await factory.SignedInClientAsync(manager.Email));
    }

    private static async Task<JsonElement> EquityAsync(HttpClient manager, string query)
    {
        var response = await manager.GetAsync(new Uri("/staff/analytics/equity.json?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static Dictionary<string, long?> Requests(JsonElement report) => report.GetProperty("groups").EnumerateArray()
        .ToDictionary(g => g.GetProperty("group").GetString()!, g => g.GetProperty("requests").ValueKind == JsonValueKind.Null ? (long?)null : g.GetProperty("requests").GetInt64());

    [Fact]
    public async Task OnlineFormAndReception_RequestsCountedByChannelAndLanguage()
    {
        // A day of its own in the shared database: no other test makes requests in June 2005.
        var (factory, manager) = await AppOnAsync(London(2005, 6, 14, 10));
        await using var _ = factory;
        var navigator = await factory.SignedInClientAsync((await TestData.AddStaffUserAsync(await TestDatabase.GetAsync(), StaffRoles.Navigator)).Email);
        for (var i = 0; i < 5; i++)
        {
            var online = await factory.CreateBrowserClient().PostFormAsync("/request/details?screened=none", new Dictionary<string, string>
            {
                ["Form.PersonName"] = $"Online {i}", ["Form.DobDay"] = "15", ["Form.DobMonth"] = "3", ["Form.DobYear"] = "1984", ["Form.Sex"] = "female",
                ["Form.Pregnant"] = "no", ["Form.PracticeOdsCode"] = Practice, ["Form.RequestType"] = "medical", ["Form.Description"] = "Sore throat for three days",
                ["Form.Phone"] = "07700 900123", ["Form.PreferredLanguage"] = "pl", ["Form.PreferredModality"] = "phone",
            });
            Assert.Contains("Your request has been sent", await online.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var phone = await navigator.PostFormAsync("/staff/requests/new", new Dictionary<string, string>
            {
                ["Channel"] = "phone", ["RedFlags"] = "none", ["Form.PersonName"] = $"Phone {i}", ["Form.AgeYears"] = "84", ["Form.Sex"] = "male",
                ["Form.RequestType"] = "medical", ["Form.Description"] = "Knee pain when walking for two months", ["Form.PreferredLanguage"] = "pa",
                ["Form.CommunicationNeeds"] = "interpreter", ["Form.PreferredModality"] = "face-to-face",
            });
            Assert.Equal(HttpStatusCode.Redirect, phone.StatusCode);
        }

        var byChannel = await EquityAsync(manager, "dimension=channel&from=2005-06-14&to=2005-06-14");
        var byLanguage = await EquityAsync(manager, "dimension=language&from=2005-06-14&to=2005-06-14");
        var byNeed = await EquityAsync(manager, "dimension=communication-need&from=2005-06-14&to=2005-06-14");

        Assert.Equal(new Dictionary<string, long?> { ["online"] = 5, ["phone"] = 5 }, Requests(byChannel));
        Assert.Equal(new Dictionary<string, long?> { ["pl"] = 5, ["pa"] = 5 }, Requests(byLanguage));
        Assert.Equal(new Dictionary<string, long?> { ["none"] = 5, ["interpreter"] = 5 }, Requests(byNeed));
        var phoneGroup = byChannel.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "phone");
        Assert.Equal(1.0, phoneGroup.GetProperty("enteredByStaffShare").GetDouble());
        Assert.Equal(10, byChannel.GetProperty("overall").GetProperty("requests").GetInt64());
        Assert.False(byChannel.GetProperty("includesDemoData").GetBoolean());
    }

    [Fact]
    public async Task EmergencyAdviceFromTheScreen_CountedApartFromRequests()
    {
        var (factory, manager) = await AppOnAsync(London(2005, 6, 21, 11));
        await using var _ = factory;
        for (var i = 0; i < 6; i++)
        {
            var response = await factory.CreateBrowserClient().PostFormAsync("/request", new Dictionary<string, string> { ["RedFlags"] = "chest-pain" });
            Assert.Equal("/request/emergency?flag=chest-pain", response.Headers.Location!.OriginalString);
        }

        var report = await EquityAsync(manager, "dimension=channel&from=2005-06-21&to=2005-06-21");
        var page = await manager.GetDocumentAsync("/staff/analytics/equity?Dimension=channel&From=2005-06-21&To=2005-06-21");

        var notRequests = report.GetProperty("notRequests").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("count"));
        Assert.Equal(6, notRequests["emergency-advice"].GetInt64());
        Assert.Equal(0, notRequests["not-accepted"].GetInt64());
        Assert.Equal(0, report.GetProperty("overall").GetProperty("requests").GetInt64());
        var cells = page.QuerySelectorAll(".signpost-not-requests-table tbody tr").Select(r => r.QuerySelector("td")!.TextContent).ToList();
        Assert.Equal(["6", "0"], cells);
    }
}
