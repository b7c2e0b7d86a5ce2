using Signpost.Core.Audit;
using Signpost.Core.Navigation.Feedback;
using Signpost.Core.Navigation.Queue;
using Signpost.Core.Navigation.Requests;
using Signpost.TestCommon;
using static Signpost.Core.Tests.Analytics.Equity.AccessEventRows;
using static Signpost.TestCommon.AnalyticsTestData;
using static Signpost.TestCommon.NavigationTestData;

namespace Signpost.Core.Tests.Analytics.Equity;

/// <summary>Navigation's requests and outcomes and first-contact feedback reach access_events in the same transaction.</summary>
public class NavigationEventsTests
{
    private static readonly AuditActor Navigator = AuditActor.User("navigator@test.nhs.uk", null);

    [Fact]
    public async Task Submit_OnlineRequest_RequestMadeWithTheRequestsGroups()
    {
        var database = await DatabaseAsync();
        var at = London(2026, 11, 24, 10);

        var request = await SubmitAsync(database, new TestClock(at), Request() with { PreferredLanguage = "ur", CommunicationNeeds = ["easy-read", "interpreter"] });

        var made = Assert.Single(await ForAsync(database, request.Id));
        Assert.Equal(new AccessEventRow("request-made", at, Practice, "online", "ur", "interpreter", "25-44", "female", false, null, null, null, null, false, "navigation"), made);
    }

    [Fact]
    public async Task Submit_NavigatorForSomeoneElse_ProxyEnteredByStaff()
    {
        var database = await DatabaseAsync();

        var request = await SubmitAsync(database, new TestClock(London(2026, 11, 24, 19)), PhoneRequest() with
        {
            ForSomeoneElse = true, ProxyName = "A Daughter", AgeYears = 86, Sex = "male", CommunicationNeeds = [],
        });

        var made = Assert.Single(await ForAsync(database, request.Id));
        Assert.Equal(("proxy", true, "75+", "male", "none"), (made.Channel, made.EnteredByStaff, made.AgeBand, made.Sex, made.Need));
    }

    [Fact]
    public async Task Submit_OnlineRouteClosed_NotARequestSoNoAccessEvent()
    {
        var database = await DatabaseAsync();
        var at = London(2026, 11, 24, 22, 7).AddSeconds(13.5);
        await using var db = TestData.CreateDb(database);

        var result = await Intake(db, new TestClock(at)).SubmitAsync(Request(), AuditActor.Anonymous(null));

        Assert.False(result.Saved);
        Assert.Equal(1L, await ScalarAsync(database.DataSource, $"select count(*) from navigation_access_events where event = 'not-accepted' and occurred_at = '{at:O}'"));
        Assert.Equal(0L, await ScalarAsync(database.DataSource, $"select count(*) from access_events where occurred_at = '{at:O}'"));
    }

    [Fact]
    public async Task SendOutcome_PharmacyFirst_OutcomeGivenWithDisposition()
    {
        var database = await DatabaseAsync();
        var clock = new TestClock(London(2026, 11, 24, 10));
        var request = await SubmitAsync(database, clock, Request());
        clock.Advance(TimeSpan.FromHours(3));

        await using (var db = TestData.CreateDb(database))
        {
            Assert.Empty(await new RequestOutcome(db, new AuditLog(db, clock), clock).SendAsync(request.Id, "Please see a pharmacist", "clinician@test.nhs.uk", "http://localhost", Navigator));
        }

        var events = await ForAsync(database, request.Id);
        Assert.Equal(["request-made", "outcome-given"], events.Select(e => e.EventType));
        Assert.Equal(("pharmacy-first", clock.GetUtcNow(), Practice), (events[1].Disposition, events[1].OccurredAt, events[1].PracticeCode));
        Assert.Null(events[1].Channel);
    }

    [Fact]
    public async Task Feedback_ByStaff_FeedbackGivenWithTheEaseScore()
    {
        var database = await DatabaseAsync();
        var clock = new TestClock(London(2026, 11, 24, 10));
        var request = await SubmitAsync(database, clock, Request());

        await using (var db = TestData.CreateDb(database))
        {
            var errors = await new FirstContactFeedbackService(db, new AuditLog(db, clock), clock)
                .SubmitByStaffAsync(request.Id, new FeedbackAnswers(2, 5, "partly", "en"), "navigator@test.nhs.uk", Navigator);
            Assert.Empty(errors);
        }

        var feedback = (await ForAsync(database, request.Id)).Single(e => e.EventType == "feedback-given");
        Assert.Equal(((short?)2, "feedback"), (feedback.Score, feedback.Source));
    }

    [Fact]
    public async Task DemoRequest_FlagCarriedToEveryEvent()
    {
        var database = await DatabaseAsync();
        var clock = new TestClock(London(2026, 11, 24, 10));
        var request = await SubmitAsync(database, clock, Request() with { IsDemo = true });
        await using (var db = TestData.CreateDb(database))
        {
            await new RequestOutcome(db, new AuditLog(db, clock), clock).SendAsync(request.Id, "Pharmacy", "clinician@test.nhs.uk", "http://localhost", Navigator);
        }

        var events = await ForAsync(database, request.Id);

        Assert.Equal([true, true], events.Select(e => e.IsDemo));
        Assert.True(request.IsDemo);
    }

    [Fact]
    public async Task NavigationEvent_UnknownValues_SavedAndMappedToOtherOrNotRecorded()
    {
        var database = await DatabaseAsync();
        var requestId = Guid.NewGuid();
        await using (var db = TestData.CreateDb(database))
        {
            db.NavigationAccessEvents.Add(new AccessEvent
            {
                OccurredAt = DateTimeOffset.UtcNow, RequestId = requestId, Event = "submitted", Channel = "nhs-app", Language = "Klingon",
                CommunicationNeeds = ["telepathy"], AgeBand = "ancient", Sex = "unknown", EnteredByStaff = false,
            });
            await db.SaveChangesAsync();
        }

        var made = Assert.Single(await ForAsync(database, requestId));
        Assert.Equal(("other", null, "other", null, null), (made.Channel, made.Language, made.Need, made.AgeBand, made.Sex));
    }
}
