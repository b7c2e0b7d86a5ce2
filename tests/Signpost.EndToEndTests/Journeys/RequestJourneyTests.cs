using Microsoft.Playwright;
using Signpost.Core.Accounts;
using Signpost.TestCommon;

namespace Signpost.EndToEndTests.Journeys;

/// <summary>Issue 5's resident journeys in a real browser, in English and in Urdu (issue 4).</summary>
[Collection(BrowserTests.Name)]
public class RequestJourneyTests(BrowserFixture browser)
{
    private const string UrduDescription = "مجھے تین دن سے گلے میں درد ہے اور نگلنے میں تکلیف ہوتی ہے";

    [Fact]
    public async Task ResidentInUrdu_SendsARequestWrittenInUrdu_NavigatorSeesItInTheQueue()
    {
        await browser.Database.EnsureReferenceDataAsync();
        var name = "Urdu " + Guid.NewGuid().ToString("N")[..8];
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/request");

        await page.Locator("#lang").SelectOptionAsync("ur");
        await page.Locator(".signpost-language-selector button").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ur");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await page.Locator("label[for=RedFlags-none]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "جاری رکھیں" }).ClickAsync();
        await FillRequestAsync(page, name, UrduDescription);
        await page.GetByRole(AriaRole.Button, new() { Name = "درخواست بھیجیں" }).ClickAsync();

        await Assertions.Expect(page.Locator("#request-sent h1")).ToHaveTextAsync("آپ کی درخواست بھیج دی گئی ہے");
        var reference = (await page.Locator("#request-sent strong").First.InnerTextAsync()).Trim();
        var navigator = await SignedInNavigatorAsync();
        await navigator.GotoAsync("/staff/requests");
        var row = navigator.Locator("#queue tbody tr", new() { HasText = reference });
        await Assertions.Expect(row).ToContainTextAsync(name);
        await row.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        var words = navigator.Locator("dd[dir=auto]");
        await Assertions.Expect(words).ToHaveTextAsync(UrduDescription);
        await Assertions.Expect(words).ToHaveAttributeAsync("lang", "ur");
    }

    [Fact]
    public async Task Resident_TypesCrushingChestPain_Gets999AdviceAtOnce()
    {
        await browser.Database.EnsureReferenceDataAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/request");
        await page.GetByLabel("None of these").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.GetByLabel("Tell us what is wrong or what you need, in your own words").FillAsync("I have crushing chest pain");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();

        var advice = page.Locator("#emergency-advice");
        await Assertions.Expect(advice).ToContainTextAsync("Call 999 now");
        await Assertions.Expect(advice.GetByRole(AriaRole.Link, new() { Name = "Call 999" })).ToHaveAttributeAsync("href", "tel:999");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ur")]
    public async Task RequestPages_NoAxeViolations(string language)
    {
        await browser.Database.EnsureReferenceDataAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/request?lang=" + language);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToBeFocusedAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GotoAsync("/request/emergency?flag=chest-pain");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GotoAsync("/request/details?screened=none");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToBeFocusedAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await FillRequestAsync(page, "Axe " + Guid.NewGuid().ToString("N")[..8], "Sore throat for three days");
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#request-sent")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Accessibility.AssertNoViolationsAsync(page);
    }

    /// <summary>Fills the form by field ids, so that it works whatever language the labels are in.</summary>
    private static async Task FillRequestAsync(IPage page, string name, string description)
    {
        await page.Locator("#PersonName").FillAsync(name);
        await page.Locator("#DateOfBirth").FillAsync("15");
        await page.Locator("#DobMonth").FillAsync("3");
        await page.Locator("#DobYear").FillAsync("1984");
        await page.Locator("label[for=Sex]").ClickAsync();
        await page.Locator("#PracticeOdsCode").SelectOptionAsync(NavigationTestData.Practice);
        await page.Locator("label[for=RequestType]").ClickAsync();
        await page.Locator("#Description").FillAsync(description);
        await page.Locator("#Phone").FillAsync("07700 900123");
    }

    private async Task<IPage> SignedInNavigatorAsync()
    {
        var user = await TestData.AddStaffUserAsync(browser.Database, StaffRoles.Navigator);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(TestData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/staff**");
        return page;
    }
}
