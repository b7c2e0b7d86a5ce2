using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.Core.Booking.Notifications;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Booking.Appointments;

public class SlotBookerTests
{
    private static readonly AuditActor Navigator = AuditActor.User("navigator@test.nhs.uk", "127.0.0.1");

    private static async Task<(TestDatabase Database, ServiceProvider Services, TestClock Clock, List<BookingSlot> Slots)> ArrangeAsync(int slots = 3, int noticeMinutes = 0, bool sameDay = false, DateTimeOffset? start = null)
    {
        var database = await TestDatabase.GetAsync();
        var clock = new TestClock(new DateTimeOffset(2026, 6, 1, 7, 0, 0, TimeSpan.Zero));
        await using var db = TestData.CreateDb(database);
        var (_, list) = await BookingTestData.AddClinicWithSlotsAsync(db, start ?? clock.GetUtcNow().AddDays(3), slots, noticeMinutes: noticeMinutes, sameDay: sameDay);
        return (database, BookingTestServices.Create(database.ConnectionString, clock), clock, list);
    }

    private static BookSlotOptions Options(Guid slot, string? key = null) =>
        new(slot, BookingTestData.Patient(), BookingChannels.Navigator, Navigator) { IdempotencyKey = key };

    [Fact]
    public async Task BookSlot_FreeSlot_BookedWithHistoryAuditAndMessages()
    {
        var (database, services, _, slots) = await ArrangeAsync();

        var result = await services.GetRequiredService<SlotBooker>().BookSlotAsync(Options(slots[0].Id));

        Assert.Equal(BookingOutcome.Booked, result.Outcome);
        await using var db = TestData.CreateDb(database);
        Assert.Equal("busy", (await db.BookingSlots.SingleAsync(s => s.Id == slots[0].Id)).Status);
        Assert.Equal("booked", (await db.AppointmentEvents.SingleAsync(e => e.AppointmentId == result.Appointment!.Id)).ToStatus);
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == "appointment.booked" && e.EntityId == result.Appointment!.Id.ToString()));
        var kinds = await db.Set<BookingNotification>().Where(n => n.AppointmentId == result.Appointment!.Id).Select(n => n.Kind).OrderBy(k => k).ToListAsync();
        Assert.Equal(["confirmation", "reminder"], kinds);
    }

    [Fact]
    public async Task BookSlot_AlreadyBooked_SlotTaken()
    {
        var (_, services, _, slots) = await ArrangeAsync();
        var booker = services.GetRequiredService<SlotBooker>();
        await booker.BookSlotAsync(Options(slots[0].Id));

        var second = await booker.BookSlotAsync(Options(slots[0].Id));

        Assert.Equal(BookingOutcome.SlotTaken, second.Outcome);
    }

    [Fact]
    public async Task BookSlot_RetryWithSameKey_ReturnsTheFirstBooking()
    {
        var (database, services, _, slots) = await ArrangeAsync();
        var booker = services.GetRequiredService<SlotBooker>();
        var key = Guid.NewGuid().ToString();
        var first = await booker.BookSlotAsync(Options(slots[0].Id, key));

        var retry = await booker.BookSlotAsync(Options(slots[0].Id, key));

        Assert.Equal(BookingOutcome.Replayed, retry.Outcome);
        Assert.Equal(first.Appointment!.Id, retry.Appointment!.Id);
        await using var db = TestData.CreateDb(database);
        Assert.Equal(1, await db.Appointments.CountAsync(a => a.SlotId == slots[0].Id));
    }

    [Fact]
    public async Task BookSlot_SameKeyForAnotherSlot_KeyReused()
    {
        var (_, services, _, slots) = await ArrangeAsync();
        var booker = services.GetRequiredService<SlotBooker>();
        var key = Guid.NewGuid().ToString();
        await booker.BookSlotAsync(Options(slots[0].Id, key));

        var other = await booker.BookSlotAsync(Options(slots[1].Id, key));

        Assert.Equal(BookingOutcome.KeyReused, other.Outcome);
    }

    [Fact]
    public async Task Database_SecondLiveAppointmentForOneSlot_Refused()
    {
        var (database, services, _, slots) = await ArrangeAsync();
        var first = await services.GetRequiredService<SlotBooker>().BookSlotAsync(Options(slots[0].Id));
        await using var db = TestData.CreateDb(database);
        var copy = await db.Appointments.AsNoTracking().SingleAsync(a => a.Id == first.Appointment!.Id);
        copy.Id = Guid.NewGuid();
        db.Appointments.Add(copy);

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.Equal("booking_appointments_one_per_slot", ((PostgresException)error.InnerException!).ConstraintName);
    }

    [Fact]
    public async Task BookSlot_InsideMinimumNotice_NotBookable()
    {
        var database = await TestDatabase.GetAsync();
        var clock = new TestClock(new DateTimeOffset(2026, 6, 1, 7, 0, 0, TimeSpan.Zero));
        await using var db = TestData.CreateDb(database);
        var (_, slots) = await BookingTestData.AddClinicWithSlotsAsync(db, clock.GetUtcNow().AddMinutes(30), 1, noticeMinutes: 60);
        using var services = BookingTestServices.Create(database.ConnectionString, clock);

        var result = await services.GetRequiredService<SlotBooker>().BookSlotAsync(Options(slots[0].Id));

        Assert.Equal(BookingOutcome.NotBookable, result.Outcome);
        Assert.Equal("That time is too soon to book.", result.Problem);
    }

    [Fact]
    public async Task BookSlot_SameDayTypeTomorrow_NotBookable()
    {
        var (_, services, _, slots) = await ArrangeAsync(sameDay: true);

        var result = await services.GetRequiredService<SlotBooker>().BookSlotAsync(Options(slots[0].Id));

        Assert.Equal(BookingOutcome.NotBookable, result.Outcome);
        Assert.Equal("That appointment can only be booked on the day.", result.Problem);
    }

    [Fact]
    public async Task BookSlot_Rebook_OldCancelledAsRebookedNewBooked()
    {
        var (database, services, _, slots) = await ArrangeAsync();
        var booker = services.GetRequiredService<SlotBooker>();
        var first = await booker.BookSlotAsync(Options(slots[0].Id));

        var second = await booker.BookSlotAsync(Options(slots[1].Id) with { RebookFrom = first.Appointment!.Id });

        Assert.Equal(BookingOutcome.Booked, second.Outcome);
        await using var db = TestData.CreateDb(database);
        var old = await db.Appointments.SingleAsync(a => a.Id == first.Appointment.Id);
        Assert.Equal(("cancelled", "rebooked"), (old.Status, old.CancellationReason));
        Assert.Equal("free", (await db.BookingSlots.SingleAsync(s => s.Id == slots[0].Id)).Status);
    }
}
