using Signpost.Core.Analytics.Equity;
using Signpost.Core.Analytics.Measures;
using Signpost.Core.Booking.Slots;
using Signpost.Core.Demo;
using Signpost.Core.Imports;
using Signpost.TestCommon;
using static Signpost.TestCommon.AnalyticsTestData;
using static Signpost.TestCommon.NavigationTestData;

namespace Signpost.Core.Tests.Demo;

/// <summary>The demo journeys go through the features and reach the equity view by channel and language, once.</summary>
public class DemoJourneysTests
{
    [Fact]
    public async Task Seed_Twice_EquityViewShowsDemoRequestsByChannelAndLanguageOnce()
    {
        await using var dataSource = await FreshDatabaseAsync("demo_journeys");
        await new ReferenceDataImporter(dataSource, TimeProvider.System).ImportAsync(RepositoryPaths.Data("blmk"));
        var clock = new TestClock(London(2026, 3, 20, 12));
        var today = new DateOnly(2026, 3, 20);
        await using var db = TestData.CreateDb(dataSource);
        await DemoBooking.SeedAsync(db, new SlotGenerator(db), clock);
        await DemoRequests.SeedAsync(db, ShippedRules.Assessor, Calendar, clock);

        var first = await DemoJourneys.SeedAsync(db, ShippedRules.Assessor, Calendar, clock, requests: 300);
        var visits = await DemoJourneyBookings.SeedAsync(db, dataSource, clock);
        var second = await DemoJourneys.SeedAsync(db, ShippedRules.Assessor, Calendar, clock, requests: 300);
        var visitsAgain = await DemoJourneyBookings.SeedAsync(db, dataSource, clock);

        Assert.InRange(first.Requests, 270, 300);
        Assert.Equal(300, first.Requests + first.NotAccepted);
        Assert.Equal(new DemoJourneys.Result(0, 0, 0, 0), second);
        Assert.Equal(new DemoJourneyBookings.Result(0, 0, 0), visitsAgain);
        Assert.InRange(visits.Booked, 60, 200);
        Assert.True(visits.Attended > 0, $"{visits}");
        Assert.Equal(visits.Attended + visits.DidNotAttend, await ScalarAsync(dataSource, "select count(*) from access_events where event_type in ('attended', 'did-not-attend')"));
        var queries = new EquityQueries(dataSource);
        var byChannel = await queries.BuildAsync("channel", today.AddDays(-90), today, AreaSelection.All);
        var byLanguage = await queries.BuildAsync("language", today.AddDays(-90), today, AreaSelection.All);
        Assert.True(byChannel.IncludesDemoData);
        Assert.Equal(first.Requests + 3, byChannel.Overall.Requests);
        Assert.Equal(["online", "phone", "proxy", "walk-in"], byChannel.Groups.Select(g => g.Group).Order());
        Assert.All(byChannel.Groups, g => Assert.True(g.Requests >= 5));
        Assert.Contains(byLanguage.Groups, g => g.Group == "en" && g.Requests > 100);
        Assert.True(byLanguage.Groups.Count(g => g.Group != "en" && g.Requests is not null) >= 3);
        Assert.Equal(visits.Booked, byChannel.Overall.Booked);
        Assert.Equal(first.Feedback, byChannel.Overall.FeedbackCount);
        Assert.Contains(byChannel.Dispositions, d => d.Name == "gp-appointment");
        Assert.Contains(byChannel.Dispositions, d => d.Name == "pharmacy-first");
        Assert.Equal(0L, await ScalarAsync(dataSource, "select count(*) from access_events where not is_demo"));
    }
}
