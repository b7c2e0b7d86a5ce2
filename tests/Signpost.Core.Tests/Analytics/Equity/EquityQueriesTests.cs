using Signpost.Core.Analytics.Equity;
using Signpost.Core.Analytics.Measures;
using Signpost.TestCommon;
using static Signpost.TestCommon.AnalyticsTestData;

namespace Signpost.Core.Tests.Analytics.Equity;

public class EquityQueriesTests
{
    private static readonly DateOnly Day = new(2026, 3, 10);
    private static readonly DateTimeOffset Noon = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task BuildAsync_GroupUnderFive_CountsAndRatesSuppressed()
    {
        await using var dataSource = await FreshDatabaseAsync("equity_small");
        await AddRequestsAsync(dataSource, "online", 12, staff: 0);
        await AddRequestsAsync(dataSource, "proxy", 3, staff: 3);

        var report = await new EquityQueries(dataSource).BuildAsync("channel", Day, Day, AreaSelection.All);

        var proxy = Assert.Single(report.Groups, g => g.Group == "proxy");
        Assert.Null(proxy.Requests);
        Assert.Null(proxy.EnteredByStaffShare);
        Assert.Equal(12, Assert.Single(report.Groups, g => g.Group == "online").Requests);
        Assert.Equal(15, report.Overall.Requests);
    }

    [Fact]
    public async Task BuildAsync_TwoGroups_GapIsGroupShareMinusOverallShare()
    {
        await using var dataSource = await FreshDatabaseAsync("equity_gap");
        await AddRequestsAsync(dataSource, "online", 10, staff: 0);
        await AddRequestsAsync(dataSource, "phone", 10, staff: 10);

        var report = await new EquityQueries(dataSource).BuildAsync("channel", Day, Day, AreaSelection.All);

        var phone = Assert.Single(report.Groups, g => g.Group == "phone");
        Assert.Equal(1.0, phone.EnteredByStaffShare);
        Assert.Equal(0.5, report.Overall.EnteredByStaffShare);
        Assert.Equal(0.5, phone.EnteredByStaffGap!.Value, 9);
        Assert.Equal(-0.5, Assert.Single(report.Groups, g => g.Group == "online").EnteredByStaffGap!.Value, 9);
    }

    [Fact]
    public async Task BuildAsync_OutcomesAndDna_CountedPerGroup()
    {
        await using var dataSource = await FreshDatabaseAsync("equity_dna");
        await using (var db = TestData.CreateDb(dataSource))
        {
            for (var i = 0; i < 6; i++)
            {
                var reference = $"t-{i}";
                db.AccessEvents.Add(new AccessEvent { RequestRef = reference, EventType = AccessEventTypes.RequestMade, OccurredAt = Noon, Channel = "phone", EnteredByStaff = true, Language = "ur" });
                db.AccessEvents.Add(new AccessEvent { RequestRef = reference, EventType = AccessEventTypes.OutcomeGiven, OccurredAt = Noon.AddHours(2), Disposition = "gp-appointment" });
                db.AccessEvents.Add(new AccessEvent { RequestRef = reference, EventType = AccessEventTypes.Booked, OccurredAt = Noon.AddHours(2), BookingRole = "gp", BookingModality = "telephone" });
                db.AccessEvents.Add(new AccessEvent { RequestRef = reference, EventType = i < 5 ? AccessEventTypes.DidNotAttend : AccessEventTypes.Attended, OccurredAt = Noon.AddDays(1) });
            }
            await db.SaveChangesAsync();
        }

        var report = await new EquityQueries(dataSource).BuildAsync("language", Day, Day, AreaSelection.All);

        var urdu = Assert.Single(report.Groups);
        Assert.Equal(2.0, urdu.MeanHoursToOutcome!.Value, 6);
        Assert.Equal(1.0, urdu.OutcomeWithinDayShare);
        Assert.Equal(5, urdu.DidNotAttend);
        Assert.Equal(5.0 / 6, urdu.DnaRate!.Value, 9);
        Assert.Equal(6, Assert.Single(report.Bookings).Count);
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("language")]
    [InlineData("age-band")]
    public async Task BuildAsync_DailyTotalsForAllAreas_AgreeWithScanningEveryRequest(string dimension)
    {
        await using var dataSource = await FreshDatabaseAsync("equity_agree");
        await new Signpost.Core.Imports.ReferenceDataImporter(dataSource, TimeProvider.System).ImportAsync(RepositoryPaths.Data("blmk"));
        await using (var db = TestData.CreateDb(dataSource)) await SyntheticAccessEvents.SeedAsync(db, new TestClock(Noon), requests: 400);
        var practices = new List<string>();
        await using (var command = dataSource.CreateCommand("select distinct practice_code from access_requests"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) practices.Add(reader.GetString(0));
        }
        var queries = new EquityQueries(dataSource);

        var daily = await queries.BuildAsync(dimension, Day.AddDays(-90), Day, AreaSelection.All);
        var scanned = await queries.BuildAsync(dimension, Day.AddDays(-90), Day, new AreaSelection(AreaKinds.Place, "every", "every practice", [], practices));

        Assert.Equal(400, daily.Overall.Requests);
        Assert.Equal(scanned.Groups.Select(g => g.Group), daily.Groups.Select(g => g.Group));
        foreach (var (a, b) in scanned.Groups.Prepend(scanned.Overall).Zip(daily.Groups.Prepend(daily.Overall)))
        {
            Assert.Equal(a with { MeanHoursToOutcome = null, MeanFeedback = null }, b with { MeanHoursToOutcome = null, MeanFeedback = null });
            Assert.Equal(a.MeanHoursToOutcome ?? -1, b.MeanHoursToOutcome ?? -1, 6);
            Assert.Equal(a.MeanFeedback ?? -1, b.MeanFeedback ?? -1, 9);
        }
        Assert.Equal(scanned.Dispositions, daily.Dispositions);
        Assert.Equal(scanned.Bookings, daily.Bookings);
        Assert.True(daily.IncludesDemoData);
    }

    [Fact]
    public async Task RebuildAccessSummaries_AfterTriggers_ChangesNothing()
    {
        await using var dataSource = await FreshDatabaseAsync("equity_rebuild");
        await new Signpost.Core.Imports.ReferenceDataImporter(dataSource, TimeProvider.System).ImportAsync(RepositoryPaths.Data("blmk"));
        await using (var db = TestData.CreateDb(dataSource)) await SyntheticAccessEvents.SeedAsync(db, new TestClock(Noon), requests: 300);
        const string snapshot = """
            create table before_requests as select * from access_requests;
            create table before_daily as select dimension, day, value, requests, entered_by_staff, with_outcome, round(outcome_hours::numeric, 6) as hours,
                outcome_within_day, booked, attendance_recorded, did_not_attend, feedback_count, feedback_total, demo_requests from access_daily where requests <> 0;
            """;
        await using (var command = dataSource.CreateCommand(snapshot)) await command.ExecuteNonQueryAsync();

        await using (var command = dataSource.CreateCommand("select rebuild_access_summaries()")) await command.ExecuteNonQueryAsync();

        Assert.Equal(0L, await ScalarAsync(dataSource, "select count(*) from ((table before_requests except table access_requests) union all (table access_requests except table before_requests)) d"));
        Assert.Equal(0L, await ScalarAsync(dataSource, """
            select count(*) from ((table before_daily except select dimension, day, value, requests, entered_by_staff, with_outcome, round(outcome_hours::numeric, 6),
                outcome_within_day, booked, attendance_recorded, did_not_attend, feedback_count, feedback_total, demo_requests from access_daily)
            union all (select dimension, day, value, requests, entered_by_staff, with_outcome, round(outcome_hours::numeric, 6),
                outcome_within_day, booked, attendance_recorded, did_not_attend, feedback_count, feedback_total, demo_requests from access_daily except table before_daily)) d
            """));
        Assert.Equal(300L, await ScalarAsync(dataSource, "select sum(requests) from access_daily where dimension = 'channel'"));
    }

    [Fact]
    public async Task BuildAsync_UnknownDimension_SaysWhichAreAllowed()
    {
        await using var dataSource = await FreshDatabaseAsync("equity_dim");

        var error = await Assert.ThrowsAsync<AnalyticsInputException>(() => new EquityQueries(dataSource).BuildAsync("postcode", Day, Day, AreaSelection.All));

        Assert.Contains("channel, language", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedAsync_DemoEvents_AllFlaggedAndTheReportSaysSo()
    {
        await using var dataSource = await FreshDatabaseAsync("equity_demo");
        var clock = new TestClock(Noon);
        await using (var db = TestData.CreateDb(dataSource)) await SyntheticAccessEvents.SeedAsync(db, clock, requests: 200);

        var report = await new EquityQueries(dataSource).BuildAsync("channel", Day.AddDays(-91), Day, AreaSelection.All);

        Assert.True(report.IncludesDemoData);
        Assert.Equal(200, report.Overall.Requests);
        Assert.Equal(0L, await ScalarAsync(dataSource, "select count(*) from access_events where not is_demo or request_ref not like 'demo-%'"));
    }

    private static async Task AddRequestsAsync(Npgsql.NpgsqlDataSource dataSource, string channel, int count, int staff)
    {
        await using var db = TestData.CreateDb(dataSource);
        for (var i = 0; i < count; i++)
        {
            db.AccessEvents.Add(new AccessEvent
            {
                RequestRef = $"{channel}-{i}", EventType = AccessEventTypes.RequestMade, OccurredAt = Noon, Channel = channel, EnteredByStaff = i < staff,
            });
        }
        await db.SaveChangesAsync();
    }
}
