namespace Signpost.EndToEndTests.Journeys;

[Collection(BrowserTests.Name)]
public class AccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    [InlineData("/about")]
    [InlineData("/no-such-page")]
    public async Task PublicPage_NoAxeViolations(string path)
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync(path);

        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task SignInWithErrors_NoAxeViolations()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/sign-in");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Accessibility.AssertNoViolationsAsync(page);
    }
}

[Collection(BrowserTests.Name)]
public class AccessibilityCheckerTests(BrowserFixture browser)
{
    [Fact]
    public async Task AssertNoViolationsAsync_PageWithAnUnlabelledInput_Fails()
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang='en'><head><title>t</title></head><body><main><h1>t</h1><input type='text'></main></body></html>");

        var error = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => Accessibility.AssertNoViolationsAsync(page));

        Assert.Contains("label", error.Message, StringComparison.Ordinal);
    }
}
