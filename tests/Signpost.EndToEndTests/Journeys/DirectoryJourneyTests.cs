using System.Globalization;
using Microsoft.Playwright;
using Signpost.TestCommon;

namespace Signpost.EndToEndTests.Journeys;

/// <summary>Issue 3's newcomer journey in a real browser: from LU1 2QP to the nearest open Pharmacy First pharmacies.</summary>
[Collection(BrowserTests.Name)]
public class DirectoryJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Resident_FromLU12QP_FindsTheNearestOpenPharmacyFirstPharmaciesAndOpensOne()
    {
        await DirectoryTestData.EnsureSeededAsync();
        var page = await browser.NewPageAsync();

        await SearchFromLU12QPAsync(page);

        var results = page.Locator(".signpost-results > li");
        Assert.True(await results.CountAsync() >= 5, $"only {await results.CountAsync()} results");
        await Assertions.Expect(page.Locator("#results")).ToContainTextAsync("within 3 miles of LU1 2QP");
        foreach (var name in await results.Locator("h3").AllInnerTextsAsync()) Assert.StartsWith("Pharmacy First at ", name, StringComparison.Ordinal);
        foreach (var open in await results.Locator(".signpost-open").AllInnerTextsAsync()) Assert.StartsWith("Open until", open, StringComparison.Ordinal);
        var miles = (await results.Locator(".signpost-distance").AllInnerTextsAsync()).Select(t => double.Parse(t.Split(' ')[0], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(miles.Order(), miles);

        var nearest = (await results.First.Locator("h3").InnerTextAsync()).Trim();
        await results.First.Locator("h3 a").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = nearest, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Opening times" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".signpost-hours__today")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task SearchResultsAndServicePages_NoAxeViolations()
    {
        await DirectoryTestData.EnsureSeededAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/services");
        await Accessibility.AssertNoViolationsAsync(page);
        await SearchFromLU12QPAsync(page);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Locator(".signpost-results > li h3 a").First.ClickAsync();
        await page.WaitForURLAsync("**/services/*");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task DirectoryPagesInUrdu_RightToLeftAndNoAxeViolations()
    {
        await DirectoryTestData.EnsureSeededAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/services?Category=pharmacy-first&Postcode=LU1+2QP&Radius=3&When=now&lang=ur");

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Locator(".signpost-results > li h3 a").First.ClickAsync();
        await page.WaitForURLAsync("**/services/*");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ur");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GotoAsync("/key-terms");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Search_UnknownPostcode_AsksForARealOneAndErrorSummaryTakesFocus()
    {
        await DirectoryTestData.EnsureSeededAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/services");

        await page.GetByLabel("Postcode").FillAsync("ZZ99 9ZZ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#Postcode-error")).ToContainTextAsync("Enter a real postcode, like LU1 2QP");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    private static async Task SearchFromLU12QPAsync(IPage page)
    {
        await page.GotoAsync("/services");
        await page.GetByLabel("Or choose what you need").SelectOptionAsync("pharmacy-first");
        await page.GetByLabel("Postcode").FillAsync("LU1 2QP");
        await page.GetByLabel("Within").SelectOptionAsync("3");
        await page.GetByLabel("Open now").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync("**/services?*");
    }
}
