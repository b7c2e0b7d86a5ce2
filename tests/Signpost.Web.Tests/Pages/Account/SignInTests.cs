using System.Net;
using Signpost.Core.Accounts;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.Account;

public class SignInTests
{
    [Fact]
    public async Task StaffPage_Anonymous_RedirectsToSignIn()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var response = await factory.CreateBrowserClient().GetAsync(new Uri("/staff", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_RightPassword_ReachesStaffPageThenSignsOut()
    {
        var database = await TestDatabase.GetAsync();
        var user = await TestData.AddStaffUserAsync(database, StaffRoles.Navigator);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(user.Email);

        var staff = await client.GetAsync(new Uri("/staff", UriKind.Relative));
        var signOut = await client.PostFormAsync("/staff", new Dictionary<string, string>(), "form[action='/account/sign-out']");
        var afterSignOut = await client.GetAsync(new Uri("/staff", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
        Assert.Contains("Staff home", await staff.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
    }

    [Fact]
    public async Task SignIn_EmptyFields_ErrorSummaryAndFieldErrors()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = factory.CreateBrowserClient();

        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });
        var page = await WebTestHelpers.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        var summary = page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Enter your email address", "#Email"), summary);
        Assert.Contains(("Enter your password", "#Password"), summary);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_AccountLockedEvenWithTheRightOne()
    {
        var database = await TestDatabase.GetAsync();
        var user = await TestData.AddStaffUserAsync(database, StaffRoles.Clinician);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = factory.CreateBrowserClient();

        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = user.Email, ["Password"] = "not the password" });
        }
        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = user.Email, ["Password"] = TestData.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("locked", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_NoAntiforgeryToken_400AndNotSignedIn()
    {
        var database = await TestDatabase.GetAsync();
        var user = await TestData.AddStaffUserAsync(database, StaffRoles.Navigator);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = factory.CreateBrowserClient();

        var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = user.Email, ["Password"] = TestData.Password }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/staff", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task SignIn_OverTheRateLimit_429FriendlyPage()
    {
        await using var factory = await SignpostWebFactory.CreateAsync(new Dictionary<string, string?> { ["Signpost:RateLimits:SignInPerMinute"] = "3" });
        var client = factory.CreateBrowserClient();
        // Each test run gets a fresh counter window key only by address, so burn the allowance first.
        HttpResponseMessage? last = null;
        for (var i = 0; i < 8; i++)
        {
            last = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = "nobody@test.nhs.uk", ["Password"] = "x" });
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        var page = await WebTestHelpers.ParseAsync(last);
        Assert.Equal("Too many requests", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task SignIn_DemoAccountOutsideDemoMode_Refused()
    {
        await using var factory = await SignpostWebFactory.CreateAsync(new Dictionary<string, string?> { ["Signpost:Demo"] = "false" });
        var database = await TestDatabase.GetAsync();
        await using (var db = TestData.CreateDb(database))
        {
            await Signpost.Core.Demo.DemoAccounts.SeedAsync(db, new StaffAccounts(db, TimeProvider.System));
        }

        var response = await factory.CreateBrowserClient().PostFormAsync("/account/sign-in",
            new Dictionary<string, string> { ["Email"] = Signpost.Core.Demo.DemoAccounts.All[0].Email, ["Password"] = Signpost.Core.Demo.DemoAccounts.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not right", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
