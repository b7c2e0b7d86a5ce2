using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.Core.Booking.Notifications;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Booking.Appointments;

public class AppointmentStatusChangerTests
{
    private static readonly AuditActor Clinician = AuditActor.User("clinician@test.nhs.uk", null);

    private static async Task<(TestDatabase Database, ServiceProvider Services, BookingSlot Slot, AppointmentView Appointment)> BookedAsync()
    {
        var database = await TestDatabase.GetAsync();
        var clock = new TestClock(new DateTimeOffset(2026, 6, 1, 7, 0, 0, TimeSpan.Zero));
        await using var db = TestData.CreateDb(database);
        var (_, slots) = await BookingTestData.AddClinicWithSlotsAsync(db, clock.GetUtcNow().AddDays(2), 1);
        var services = BookingTestServices.Create(database.ConnectionString, clock);
        var booked = await services.GetRequiredService<SlotBooker>().BookSlotAsync(new BookSlotOptions(slots[0].Id, BookingTestData.Patient(), BookingChannels.Navigator, Clinician));
        return (database, services, slots[0], booked.Appointment!);
    }

    [Fact]
    public async Task Cancel_WithReason_SlotFreeRemindersWithdrawnPersonTold()
    {
        var (database, services, slot, appointment) = await BookedAsync();

        var result = await services.GetRequiredService<AppointmentStatusChanger>().ChangeStatusAsync(
            new ChangeStatusOptions(appointment.Id, AppointmentStatuses.Cancelled, Clinician) { Reason = "patient-request" });

        Assert.Equal(ChangeStatusOutcome.Changed, result.Outcome);
        await using var db = TestData.CreateDb(database);
        Assert.Equal("free", (await db.BookingSlots.SingleAsync(s => s.Id == slot.Id)).Status);
        var messages = await db.Set<BookingNotification>().Where(n => n.AppointmentId == appointment.Id).ToDictionaryAsync(n => n.Kind, n => n.Status);
        Assert.Equal("cancelled", messages["reminder"]);
        Assert.Equal("pending", messages["cancellation"]);
        var history = await db.AppointmentEvents.Where(e => e.AppointmentId == appointment.Id).OrderBy(e => e.Id).Select(e => e.ToStatus).ToListAsync();
        Assert.Equal(["booked", "cancelled"], history);
    }

    [Fact]
    public async Task Cancel_WithoutReason_ReasonNeededNothingChanged()
    {
        var (database, services, _, appointment) = await BookedAsync();

        var result = await services.GetRequiredService<AppointmentStatusChanger>().ChangeStatusAsync(
            new ChangeStatusOptions(appointment.Id, AppointmentStatuses.Cancelled, Clinician));

        Assert.Equal(ChangeStatusOutcome.ReasonNeeded, result.Outcome);
        await using var db = TestData.CreateDb(database);
        Assert.Equal("booked", (await db.Appointments.SingleAsync(a => a.Id == appointment.Id)).Status);
    }

    [Fact]
    public async Task MarkNoShow_Booked_RecordedWithWhoAndSlotKept()
    {
        var (database, services, slot, appointment) = await BookedAsync();

        await services.GetRequiredService<AppointmentStatusChanger>().ChangeStatusAsync(new ChangeStatusOptions(appointment.Id, AppointmentStatuses.NoShow, Clinician));

        await using var db = TestData.CreateDb(database);
        var last = await db.AppointmentEvents.Where(e => e.AppointmentId == appointment.Id).OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal(("booked", "noshow", "clinician@test.nhs.uk"), (last.FromStatus, last.ToStatus, last.Actor));
        Assert.Equal("busy", (await db.BookingSlots.SingleAsync(s => s.Id == slot.Id)).Status);
    }

    [Fact]
    public async Task Change_CancelledToArrived_NotAllowed()
    {
        var (_, services, _, appointment) = await BookedAsync();
        var changer = services.GetRequiredService<AppointmentStatusChanger>();
        await changer.ChangeStatusAsync(new ChangeStatusOptions(appointment.Id, AppointmentStatuses.Cancelled, Clinician) { Reason = "other" });

        var result = await changer.ChangeStatusAsync(new ChangeStatusOptions(appointment.Id, AppointmentStatuses.Arrived, Clinician));

        Assert.Equal(ChangeStatusOutcome.NotAllowed, result.Outcome);
    }

    [Fact]
    public async Task Change_StaleVersion_VersionConflict()
    {
        var (_, services, _, appointment) = await BookedAsync();

        var result = await services.GetRequiredService<AppointmentStatusChanger>().ChangeStatusAsync(
            new ChangeStatusOptions(appointment.Id, AppointmentStatuses.Arrived, Clinician) { ExpectedVersion = appointment.Version + 1 });

        Assert.Equal(ChangeStatusOutcome.VersionConflict, result.Outcome);
    }
}
