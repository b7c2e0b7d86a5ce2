using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.Core.Booking.Holds;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Booking.Holds;

// Far in the future, so that no other test's expiry sweep (on an earlier test clock) reaches these holds.
public class HoldServiceTests
{
    private static readonly AuditActor Person = AuditActor.Anonymous("127.0.0.1");

    private static async Task<(ServiceProvider Services, TestClock Clock, BookingSlot Slot)> ArrangeAsync()
    {
        var database = await TestDatabase.GetAsync();
        var clock = new TestClock(new DateTimeOffset(2030, 1, 7, 8, 0, 0, TimeSpan.Zero));
        await using var db = TestData.CreateDb(database);
        var (_, slots) = await BookingTestData.AddClinicWithSlotsAsync(db, clock.GetUtcNow().AddDays(1), 1);
        return (BookingTestServices.Create(database.ConnectionString, clock), clock, slots[0]);
    }

    private static BookSlotOptions Options(Guid slot, Guid? hold) => new(slot, BookingTestData.Patient(), BookingChannels.SelfBooking, Person) { HoldId = hold };

    [Fact]
    public async Task PlaceHold_FreeSlot_OthersCannotBookIt()
    {
        var (services, _, slot) = await ArrangeAsync();
        await services.GetRequiredService<HoldService>().PlaceHoldAsync(slot.Id, null, Person);

        var other = await services.GetRequiredService<SlotBooker>().BookSlotAsync(Options(slot.Id, null));

        Assert.Equal(BookingOutcome.SlotTaken, other.Outcome);
    }

    [Fact]
    public async Task PlaceHold_AlreadyHeld_NoSecondHold()
    {
        var (services, _, slot) = await ArrangeAsync();
        var holds = services.GetRequiredService<HoldService>();
        await holds.PlaceHoldAsync(slot.Id, null, Person);

        var second = await holds.PlaceHoldAsync(slot.Id, null, Person);

        Assert.False(second.Held);
    }

    [Fact]
    public async Task BookSlot_WithOwnHold_Booked()
    {
        var (services, _, slot) = await ArrangeAsync();
        var hold = await services.GetRequiredService<HoldService>().PlaceHoldAsync(slot.Id, null, Person);

        var result = await services.GetRequiredService<SlotBooker>().BookSlotAsync(Options(slot.Id, hold.HoldId));

        Assert.Equal(BookingOutcome.Booked, result.Outcome);
    }

    [Fact]
    public async Task BookSlot_HoldTimedOut_HoldNotValid()
    {
        var (services, clock, slot) = await ArrangeAsync();
        var hold = await services.GetRequiredService<HoldService>().PlaceHoldAsync(slot.Id, null, Person);
        clock.Advance(TimeSpan.FromMinutes(11));

        var result = await services.GetRequiredService<SlotBooker>().BookSlotAsync(Options(slot.Id, hold.HoldId));

        Assert.Equal(BookingOutcome.HoldNotValid, result.Outcome);
    }

    [Fact]
    public async Task Release_HeldSlot_FreeAgainAndAudited()
    {
        var (services, _, slot) = await ArrangeAsync();
        var hold = await services.GetRequiredService<HoldService>().PlaceHoldAsync(slot.Id, null, Person);

        var released = await services.GetRequiredService<HoldService>().ReleaseAsync(hold.HoldId!.Value, Person);

        Assert.True(released);
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.Null((await db.BookingSlots.SingleAsync(s => s.Id == slot.Id)).HoldId);
        Assert.True(await db.AuditLog.AnyAsync(e => e.Action == "booking-hold.released" && e.EntityId == hold.HoldId.ToString()));
    }
}
