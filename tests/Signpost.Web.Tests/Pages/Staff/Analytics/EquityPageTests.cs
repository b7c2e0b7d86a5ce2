using Signpost.Core.Accounts;
using Signpost.Core.Analytics.Equity;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.Staff.Analytics;

public class EquityPageTests
{
    [Fact]
    public async Task Equity_DemoRequests_ShowsChannelsSideBySideSuppressedAndFlagged()
    {
        var database = await TestDatabase.GetAsync();
        var manager = await TestData.AddStaffUserAsync(database, StaffRoles.Manager);
        // A day of its own, far in the past, so that no other test's events fall in the period.
        var day = new DateTimeOffset(2003, 2, 3, 10, 0, 0, TimeSpan.Zero);
        await using (var db = TestData.CreateDb(database))
        {
            for (var i = 0; i < 8; i++) db.AccessEvents.Add(Request(day, "online", staff: false, demo: true));
            for (var i = 0; i < 3; i++) db.AccessEvents.Add(Request(day, "walk-in", staff: true, demo: true));
            await db.SaveChangesAsync();
        }
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(manager.Email);

        var page = await client.GetDocumentAsync("/staff/analytics/equity?Dimension=channel&From=2003-02-03&To=2003-02-03");

        var rows = page.QuerySelectorAll(".signpost-equity-table tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td")[0].TextContent);
        Assert.Equal("11", rows["All requests"]);
        Assert.Equal("8", rows["online"]);
        Assert.Equal("<5", rows["walk-in"]);
        Assert.Contains("Demo data", page.QuerySelector(".nhsuk-warning-callout")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EquityCsv_SmallGroup_WrittenAsUnderFive()
    {
        var database = await TestDatabase.GetAsync();
        var manager = await TestData.AddStaffUserAsync(database, StaffRoles.Manager);
        var day = new DateTimeOffset(2003, 3, 4, 10, 0, 0, TimeSpan.Zero);
        await using (var db = TestData.CreateDb(database))
        {
            for (var i = 0; i < 6; i++) db.AccessEvents.Add(Request(day, "phone", staff: true, demo: false));
            db.AccessEvents.Add(Request(day, "proxy", staff: true, demo: false));
            await db.SaveChangesAsync();
        }
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(manager.Email);

        var csv = await client.GetStringAsync(new Uri("/staff/analytics/equity.csv?dimension=channel&from=2003-03-04&to=2003-03-04", UriKind.Relative));

        Assert.Contains("\r\nproxy,<5,<5,", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nphone,6,6,1,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Equity_DateWrittenWrongly_ErrorMessage()
    {
        var database = await TestDatabase.GetAsync();
        var manager = await TestData.AddStaffUserAsync(database, StaffRoles.Manager);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(manager.Email);

        var page = await client.GetDocumentAsync("/staff/analytics/equity?From=yesterday");

        Assert.Contains("Enter the first day as a real date", page.QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    private static AccessEvent Request(DateTimeOffset at, string channel, bool staff, bool demo) => new()
    {
        RequestRef = $"web-test-{Guid.NewGuid():N}", EventType = AccessEventTypes.RequestMade, OccurredAt = at, Channel = channel,
        EnteredByStaff = staff, Language = "en", IsDemo = demo,
    };
}
