using Microsoft.Playwright;
using Signpost.Core.Accounts;
using Signpost.TestCommon;

namespace Signpost.EndToEndTests.Journeys;

[Collection(BrowserTests.Name)]
public class SignInJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task StaffMember_SignsInFromARedirectAndSignsOut()
    {
        var user = await TestData.AddStaffUserAsync(browser.Database, StaffRoles.Navigator);
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/staff");
        await page.GetByLabel("Email address").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(TestData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Staff home", Level = 1 })).ToBeVisibleAsync();
        Assert.EndsWith("/staff", page.Url, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Signpost" })).ToBeVisibleAsync();
        await page.GotoAsync("/staff");
        Assert.Contains("/account/sign-in", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ErrorSummaryTakesFocus()
    {
        var user = await TestData.AddStaffUserAsync(browser.Database, StaffRoles.Navigator);
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Email address or password is not right");
    }
}
