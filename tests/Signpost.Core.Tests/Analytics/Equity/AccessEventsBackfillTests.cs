using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.Core.Data;
using Signpost.Core.Navigation.Feedback;
using Signpost.Core.Navigation.Queue;
using Signpost.TestCommon;
using static Signpost.Core.Tests.Analytics.Equity.AccessEventRows;
using static Signpost.TestCommon.AnalyticsTestData;
using static Signpost.TestCommon.NavigationTestData;

namespace Signpost.Core.Tests.Analytics.Equity;

/// <summary>backfill_access_events() copies what the features recorded before the triggers existed, once.</summary>
public class AccessEventsBackfillTests
{
    private static string Triggers(string action) => $"""
        alter table navigation_access_events {action} trigger navigation_access_events_to_access_events;
        alter table booking_appointment_events {action} trigger booking_appointment_events_to_access_events;
        alter table first_contact_feedback {action} trigger first_contact_feedback_to_access_events;
        """;

    private static readonly AuditActor Clinician = AuditActor.User("clinician@test.nhs.uk", null);

    [Fact]
    public async Task Backfill_RunTwice_CopiesEverySourceRowOnce()
    {
        var connectionString = await TestDatabase.CreateEmptyDatabaseAsync("events_backfill");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new DatabaseMigrator(dataSource).MigrateAsync();
        await ExecuteAsync(dataSource, Triggers("disable"));
        var (requests, appointment) = await RecordHistoryAsync(dataSource, connectionString);
        await ExecuteAsync(dataSource, Triggers("enable"));
        Assert.Equal(0L, await ScalarAsync(dataSource, "select count(*) from access_events"));

        var first = await ScalarAsync(dataSource, "select backfill_access_events()");
        var second = await ScalarAsync(dataSource, "select backfill_access_events()");

        Assert.Equal((7L, 0L), (first, second));
        Assert.Equal(7L, await ScalarAsync(dataSource, "select count(distinct (source, source_id)) from access_events"));
        Assert.Equal(["request-made", "outcome-given", "booked", "did-not-attend", "feedback-given"], (await ForAsync(dataSource, requests[0])).Select(e => e.EventType));
        Assert.Equal(3L, await ScalarAsync(dataSource, "select count(*) from access_requests where occurred_at is not null"));
        Assert.Equal(1L, await ScalarAsync(dataSource, $"select count(*) from access_requests where request_ref = '{requests[0]:N}' and booked and did_not_attend and feedback_count = 1 and disposition = 'other-clinician'"));
        Assert.Equal(3L, await ScalarAsync(dataSource, "select sum(requests) from access_daily where dimension = 'channel'"));
        Assert.NotEqual(Guid.Empty, appointment);
    }

    [Fact]
    public async Task Backfill_AfterLiveCopies_AddsNothing()
    {
        var connectionString = await TestDatabase.CreateEmptyDatabaseAsync("events_backfill_live");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new DatabaseMigrator(dataSource).MigrateAsync();
        await RecordHistoryAsync(dataSource, connectionString);
        var live = await ScalarAsync(dataSource, "select count(*) from access_events");

        var copied = await ScalarAsync(dataSource, "select backfill_access_events()");

        Assert.Equal((7L, 0L), (live, copied));
    }

    /// <summary>Three phone requests; the first gets an outcome, a booking, a DNA and feedback.</summary>
    private static async Task<(List<Guid> Requests, Guid Appointment)> RecordHistoryAsync(NpgsqlDataSource dataSource, string connectionString)
    {
        var clock = new TestClock(London(2026, 3, 2, 9));
        var requests = new List<Guid>();
        for (var i = 0; i < 3; i++) requests.Add((await SubmitAsync(TestData.CreateDb(dataSource), clock, PhoneRequest("Lower back pain for three weeks after lifting") with { PracticeOdsCode = null })).Id);
        await using (var db = TestData.CreateDb(dataSource))
        {
            Assert.Empty(await new RequestOutcome(db, new AuditLog(db, clock), clock).SendAsync(requests[0], "Physio", "c@test.nhs.uk", "http://localhost", Clinician));
        }
        var services = BookingTestServices.Create(connectionString, clock);
        AppointmentView appointment;
        await using (var db = TestData.CreateDb(dataSource))
        {
            var (_, slots) = await BookingTestData.AddClinicWithSlotsAsync(db, clock.GetUtcNow().AddDays(1), 1, MdtRoles.Physiotherapist);
            appointment = (await services.GetRequiredService<SlotBooker>().BookSlotAsync(
                new BookSlotOptions(slots[0].Id, BookingTestData.Patient(), BookingChannels.Navigator, Clinician) { RequestId = requests[0] })).Appointment!;
        }
        await services.GetRequiredService<AppointmentStatusChanger>().ChangeStatusAsync(new ChangeStatusOptions(appointment.Id, AppointmentStatuses.NoShow, Clinician));
        await using (var db = TestData.CreateDb(dataSource))
        {
            Assert.Empty(await new FirstContactFeedbackService(db, new AuditLog(db, clock), clock).SubmitByStaffAsync(requests[0], new FeedbackAnswers(3, 4, "yes", null), "n@test.nhs.uk", Clinician));
        }
        return (requests, appointment.Id);
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
