using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.TestCommon;
using static Signpost.Core.Tests.Analytics.Equity.AccessEventRows;
using static Signpost.TestCommon.AnalyticsTestData;
using static Signpost.TestCommon.NavigationTestData;

namespace Signpost.Core.Tests.Analytics.Equity;

/// <summary>Booking's appointments for a navigation request reach access_events through the trigger on its status history.</summary>
public class BookingEventsTests
{
    private static readonly AuditActor Clinician = AuditActor.User("clinician@test.nhs.uk", null);

    private static async Task<(TestDatabase Database, ServiceProvider Services, Guid RequestId, AppointmentView Appointment)> BookedAsync(
        string role = MdtRoles.Nurse, string modality = Modalities.Video, bool forRequest = true)
    {
        var database = await DatabaseAsync();
        var clock = new TestClock(London(2026, 6, 1, 9));
        var request = await SubmitAsync(database, clock, PhoneRequest());
        await using var db = TestData.CreateDb(database);
        var (_, slots) = await BookingTestData.AddClinicWithSlotsAsync(db, clock.GetUtcNow().AddDays(2), 1, role, modality);
        var services = BookingTestServices.Create(database.ConnectionString, clock);
        var booked = await services.GetRequiredService<SlotBooker>().BookSlotAsync(
            new BookSlotOptions(slots[0].Id, BookingTestData.Patient(), BookingChannels.Navigator, Clinician) { RequestId = forRequest ? request.Id : null });
        Assert.Equal(BookingOutcome.Booked, booked.Outcome);
        return (database, services, request.Id, booked.Appointment!);
    }

    private static Task<ChangeStatusResult> ChangeAsync(ServiceProvider services, Guid appointment, string status) =>
        services.GetRequiredService<AppointmentStatusChanger>().ChangeStatusAsync(new ChangeStatusOptions(appointment, status, Clinician));

    [Fact]
    public async Task Book_ForRequest_BookedWithRoleAndModality()
    {
        var (database, _, requestId, _) = await BookedAsync(MdtRoles.Nurse, Modalities.Video);

        var booked = (await ForAsync(database, requestId)).Single(e => e.EventType == "booked");

        Assert.Equal(("nurse", "video", Practice, "booking"), (booked.Role, booked.Modality, booked.PracticeCode, booked.Source));
    }

    [Fact]
    public async Task NoShow_AfterBooking_DidNotAttendAndTheRequestRowSaysSo()
    {
        var (database, services, requestId, appointment) = await BookedAsync();

        Assert.Equal(ChangeStatusOutcome.Changed, (await ChangeAsync(services, appointment.Id, AppointmentStatuses.NoShow)).Outcome);

        Assert.Equal(["request-made", "booked", "did-not-attend"], (await ForAsync(database, requestId)).Select(e => e.EventType));
        Assert.Equal(1L, await ScalarAsync(database.DataSource,
            $"select count(*) from access_requests where request_ref = '{requestId:N}' and booked and attendance_recorded and did_not_attend"));
    }

    [Fact]
    public async Task ArrivedThenFulfilled_OneAttended()
    {
        var (database, services, requestId, appointment) = await BookedAsync();

        await ChangeAsync(services, appointment.Id, AppointmentStatuses.Arrived);
        await ChangeAsync(services, appointment.Id, AppointmentStatuses.Fulfilled);

        Assert.Equal(["request-made", "booked", "attended"], (await ForAsync(database, requestId)).Select(e => e.EventType));
        Assert.Equal(1L, await ScalarAsync(database.DataSource,
            $"select count(*) from access_requests where request_ref = '{requestId:N}' and attendance_recorded and not did_not_attend"));
    }

    [Fact]
    public async Task Cancel_AfterBooking_NothingAdded()
    {
        var (database, services, requestId, appointment) = await BookedAsync();

        var cancelled = await services.GetRequiredService<AppointmentStatusChanger>().ChangeStatusAsync(
            new ChangeStatusOptions(appointment.Id, AppointmentStatuses.Cancelled, Clinician) { Reason = "patient-request" });

        Assert.Equal(ChangeStatusOutcome.Changed, cancelled.Outcome);
        Assert.Equal(["request-made", "booked"], (await ForAsync(database, requestId)).Select(e => e.EventType));
    }

    [Fact]
    public async Task Book_WithoutRequest_NoAccessEvent()
    {
        var (database, services, _, appointment) = await BookedAsync(forRequest: false);
        await ChangeAsync(services, appointment.Id, AppointmentStatuses.NoShow);

        await using var db = TestData.CreateDb(database);
        var history = await db.AppointmentEvents.Where(e => e.AppointmentId == appointment.Id).Select(e => e.Id).ToListAsync();
        Assert.Equal(2, history.Count);
        Assert.Equal(0L, await ScalarAsync(database.DataSource, $"select count(*) from access_events where source = 'booking' and source_id in ({string.Join(',', history)})"));
    }
}
