using System.Globalization;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.FindServices;

public class SearchTests
{
    // Tuesday 19 May 2026, 11:00 in London (BST).
    private static readonly DateTimeOffset TuesdayMorning = new(2026, 5, 19, 10, 0, 0, TimeSpan.Zero);

    private static async Task<HttpClient> ClientAsync(DateTimeOffset? now = null)
    {
        await DirectoryTestData.EnsureSeededAsync();
        var factory = await SignpostWebFactory.CreateAsync(clock: new TestClock(now ?? TuesdayMorning));
        return factory.CreateBrowserClient();
    }

    [Fact]
    public async Task Search_FromLU12QPForPharmacyFirstOpenNow_NearestOpenPharmaciesFirst()
    {
        var client = await ClientAsync();

        var page = await client.GetDocumentAsync("/services?Category=pharmacy-first&Postcode=LU1+2QP&Radius=3&When=now");

        var results = page.QuerySelectorAll(".signpost-results > li").ToList();
        Assert.True(results.Count >= 5, $"only {results.Count} results");
        Assert.All(results, r => Assert.StartsWith("Pharmacy First at ", r.QuerySelector("h3")!.TextContent.Trim(), StringComparison.Ordinal));
        Assert.All(results, r => Assert.StartsWith("Open until", r.QuerySelector(".signpost-open")!.TextContent.Trim(), StringComparison.Ordinal));
        var miles = results.Select(r => double.Parse(r.QuerySelector(".signpost-distance")!.TextContent.Split(' ')[0], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(miles.Order(), miles);
        Assert.Contains("within 3 miles of LU1 2QP", page.QuerySelector("#results")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_OpenNowOnSundayEvening_OnlyServicesOpenThen()
    {
        var client = await ClientAsync(new DateTimeOffset(2026, 5, 17, 20, 0, 0, TimeSpan.Zero)); // Sunday 21:00 BST

        var page = await client.GetDocumentAsync("/services?Category=pharmacy-first&Postcode=LU1+2QP&Radius=25&When=now");

        Assert.Empty(page.QuerySelectorAll(".signpost-results > li"));
        Assert.StartsWith("0 services found", page.QuerySelector("#results")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("XX1")]
    [InlineData("LU1 2QPX")]
    [InlineData("ZZ99 9ZZ")]
    [InlineData("not a postcode at all")]
    public async Task Search_BadOrUnknownPostcode_AsksForARealPostcode(string postcode)
    {
        var client = await ClientAsync();

        var page = await client.GetDocumentAsync("/services?Postcode=" + Uri.EscapeDataString(postcode));

        Assert.Equal("Enter a real postcode, like LU1 2QP", page.QuerySelector("#Postcode-error")!.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim());
        Assert.NotNull(page.QuerySelector(".nhsuk-error-summary a[href='#Postcode']"));
        Assert.Null(page.QuerySelector("#results"));
    }

    [Theory]
    [InlineData("Age=old", "#Age-error", "Enter an age in years, like 42")]
    [InlineData("When=at&OnDate=2026-02-30&AtTime=10:00", "#OnDate-error", "Enter a real date, like 2026-05-25")]
    [InlineData("When=at&OnDate=2026-05-25&AtTime=25:00", "#AtTime-error", "Enter a real time, like 14:30")]
    [InlineData("Category=no-such-need", "#Category-error", "Select what you need from the list")]
    public async Task Search_BadFilter_ClearMessageNot500(string query, string selector, string message)
    {
        var client = await ClientAsync();

        var response = await client.GetAsync(new Uri("/services?" + query, UriKind.Relative));
        var page = await WebTestHelpers.ParseAsync(response);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector(selector)!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_OpenAtOnABankHoliday_PracticesAreNotListed()
    {
        var client = await ClientAsync();

        var page = await client.GetDocumentAsync("/services?Category=general-practice&Postcode=LU7+1AR&Radius=5&When=at&OnDate=2026-05-25&AtTime=11:00");
        var sameTimeNextDay = await client.GetDocumentAsync("/services?Category=general-practice&Postcode=LU7+1AR&Radius=5&When=at&OnDate=2026-05-26&AtTime=11:00");

        Assert.Empty(page.QuerySelectorAll(".signpost-results > li"));
        Assert.NotEmpty(sameTimeNextDay.QuerySelectorAll(".signpost-results > li"));
    }

    [Fact]
    public async Task Search_LanguageAndAccessNeeds_FindsTheDemoHubThatHasThem()
    {
        var client = await ClientAsync();

        var page = await client.GetDocumentAsync("/services?Postcode=LU1+2QP&Radius=10&Language=so&Access=bsl&Access=step-free");

        var names = page.QuerySelectorAll(".signpost-results > li h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Community wellbeing drop-in (demo)", names);
        Assert.All(page.QuerySelectorAll(".signpost-results > li"), r => Assert.NotNull(r.QuerySelector(".nhsuk-tag")));
    }

    [Fact]
    public async Task Search_NoQuery_ShowsTheINeedCategories()
    {
        var client = await ClientAsync();

        var page = await client.GetDocumentAsync("/services");

        var links = page.QuerySelectorAll("main a[href^='/services?Category=']").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(11, links.Count);
        Assert.Contains("I need urgent help", links);
    }
}
