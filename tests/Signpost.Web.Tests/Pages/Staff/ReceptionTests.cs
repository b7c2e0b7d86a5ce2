using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.TestCommon;
using static Signpost.TestCommon.NavigationTestData;

namespace Signpost.Web.Tests.Pages.Staff;

/// <summary>The reception flow: a navigator enters a phone request in the same form, marked with the channel (hazard H2).</summary>
public class ReceptionTests
{
    [Fact]
    public async Task NewRequest_NavigatorEntersPhoneRequestAtNight_SavedMarkedAndShown()
    {
        var database = await TestDatabase.GetAsync();
        await database.EnsureReferenceDataAsync();
        var navigator = await TestData.AddStaffUserAsync(database, StaffRoles.Navigator);
        await using var factory = await SignpostWebFactory.CreateAsync(clock: new TestClock(London(2026, 11, 22, 21)));
        var client = await factory.SignedInClientAsync(navigator.Email);
        var name = "Phone " + Guid.NewGuid().ToString("N")[..8];

        var response = await client.PostFormAsync("/staff/requests/new", new Dictionary<string, string>
        {
            ["Channel"] = "phone", ["RedFlags"] = "none", ["Form.PersonName"] = name, ["Form.AgeYears"] = "84", ["Form.Sex"] = "male",
            ["Form.RequestType"] = "medical", ["Form.Description"] = "Cannot use the online form. Feeling more breathless than usual",
            ["Form.PreferredLanguage"] = "pa", ["Form.CommunicationNeeds"] = "interpreter", ["Form.PreferredModality"] = "face-to-face",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.NotNull(page.QuerySelector("#emergency-banner"));
        await using var db = TestData.CreateDb(database);
        var saved = await db.NavigationRequests.SingleAsync(r => r.PersonName == name);
        Assert.Equal(("phone", navigator.Email, "pa"), (saved.Channel, saved.EnteredBy, saved.PreferredLanguage));
        Assert.Equal(["interpreter"], saved.CommunicationNeeds);
    }

    [Fact]
    public async Task NewRequest_RedFlagQuestionsNotAnswered_Error()
    {
        var database = await TestDatabase.GetAsync();
        var navigator = await TestData.AddStaffUserAsync(database, StaffRoles.Navigator);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(navigator.Email);

        var response = await client.PostFormAsync("/staff/requests/new", new Dictionary<string, string> { ["Channel"] = "walk-in", ["Form.PersonName"] = "X" });

        Assert.Contains("Ask the red-flag questions", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/staff/requests")]
    [InlineData("/staff/requests/new")]
    public async Task RequestPages_StaffWithoutANavigationRole_Refused(string url)
    {
        var database = await TestDatabase.GetAsync();
        var translator = await TestData.AddStaffUserAsync(database, StaffRoles.Translator);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(translator.Email);

        var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestPages_NotSignedIn_SentToSignIn()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var response = await factory.CreateBrowserClient().GetAsync(new Uri("/staff/requests", UriKind.Relative));

        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
