using System.Net;
using Signpost.Core.ServiceDirectory;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.FindServices;

public class ServicePageTests
{
    private static async Task<HttpClient> ClientAsync(DateTimeOffset now)
    {
        await DirectoryTestData.EnsureSeededAsync();
        var factory = await SignpostWebFactory.CreateAsync(clock: new TestClock(now));
        return factory.CreateBrowserClient();
    }

    [Fact]
    public async Task ServicePage_PracticeInTheWeekBeforeABankHoliday_ShowsItClosedThatDay()
    {
        var client = await ClientAsync(new DateTimeOffset(2026, 5, 20, 9, 0, 0, TimeSpan.Zero));

        var page = await client.GetDocumentAsync($"/services/{StableId.For("gp:E81004")}");

        var changes = page.QuerySelectorAll(".signpost-coming-changes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Monday 25 May 2026 (Spring bank holiday): Closed", changes);
        var bankHolidayRow = page.QuerySelectorAll(".signpost-hours tr").Single(r => r.TextContent.Contains("Bank holidays", StringComparison.Ordinal));
        Assert.Contains("Closed", bankHolidayRow.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServicePage_OnABankHoliday_TodayIsClosedAndSaysWhy()
    {
        var client = await ClientAsync(new DateTimeOffset(2026, 5, 25, 9, 0, 0, TimeSpan.Zero));

        var page = await client.GetDocumentAsync($"/services/{StableId.For("gp:E81004")}");

        Assert.Contains("Today, Monday 25 May (Spring bank holiday): Closed", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Monday (today)", page.QuerySelector(".signpost-hours__today th")!.TextContent.Trim());
    }

    [Fact]
    public async Task ServicePage_DemoEntryWithBankHolidayHours_WarnsItIsDemoAndShowsThoseHours()
    {
        var client = await ClientAsync(new DateTimeOffset(2026, 5, 20, 9, 0, 0, TimeSpan.Zero));

        var page = await client.GetDocumentAsync($"/services/{StableId.For("demo:lbhc-same-day-access")}");

        Assert.Contains("Demonstration entry", page.QuerySelector(".nhsuk-warning-callout")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Monday 25 May 2026 (Spring bank holiday): 9am to 1pm", page.QuerySelectorAll(".signpost-coming-changes li").Select(l => l.TextContent.Trim()));
    }

    [Fact]
    public async Task ServicePage_Public_HidesProfessionalOnlyNumbers()
    {
        var client = await ClientAsync(DateTimeOffset.UtcNow);

        var html = await client.GetStringAsync(new Uri($"/services/{StableId.For("demo:lbhc-phlebotomy")}", UriKind.Relative));

        Assert.Contains("01632 960102", html, StringComparison.Ordinal);
        Assert.DoesNotContain("01632 960103", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServicePage_DescriptionMentionsAKeyTerm_LinksToItsDefinition()
    {
        var client = await ClientAsync(DateTimeOffset.UtcNow);

        var page = await client.GetDocumentAsync($"/services/{StableId.For("gp:E81004")}");

        var link = page.QuerySelector(".nhsuk-lede-text a.signpost-key-term[href='/key-terms#general-practice']");
        Assert.NotNull(link);
        Assert.Equal("GP practice", link!.TextContent);
    }

    [Fact]
    public async Task ServicePage_UnknownId_404()
    {
        var client = await ClientAsync(DateTimeOffset.UtcNow);

        var response = await client.GetAsync(new Uri($"/services/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
