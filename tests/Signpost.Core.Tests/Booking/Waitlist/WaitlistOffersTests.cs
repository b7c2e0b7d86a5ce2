using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.Core.Booking.Holds;
using Signpost.Core.Booking.Notifications;
using Signpost.Core.Booking.Waitlist;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Booking.Waitlist;

public class WaitlistOffersTests
{
    private static readonly AuditActor Navigator = AuditActor.User("navigator@test.nhs.uk", null);

    private sealed record World(ServiceProvider Services, TestClock Clock, BookingSlot Slot, AppointmentView Booked, string Practice, string OtherPractice);

    // A physiotherapist's face-to-face slot at a PCN hub, booked; the person then cancels.
    private static async Task<World> ArrangeAsync()
    {
        var database = await TestDatabase.GetAsync();
        var clock = new TestClock(new DateTimeOffset(2026, 9, 7, 7, 0, 0, TimeSpan.Zero));
        await using var db = TestData.CreateDb(database);
        var (pcn, practice) = await BookingTestData.AddPcnAsync(db);
        var (_, other) = await BookingTestData.AddPcnAsync(db);
        var (_, slots) = await BookingTestData.AddClinicWithSlotsAsync(db, clock.GetUtcNow().AddDays(2), 1, MdtRoles.Physiotherapist, Modalities.FaceToFace, pcn, practiceCode: null);
        var services = BookingTestServices.Create(database.ConnectionString, clock);
        var booked = await services.GetRequiredService<SlotBooker>().BookSlotAsync(new BookSlotOptions(slots[0].Id, BookingTestData.Patient(), BookingChannels.Navigator, Navigator));
        return new World(services, clock, slots[0], booked.Appointment!, practice, other);
    }

    private static async Task<Guid> WaitAsync(World world, string practice, string role = MdtRoles.Physiotherapist)
    {
        var need = new BookingNeed(practice, role, Modalities.FaceToFace, null, world.Clock.GetUtcNow(), world.Clock.GetUtcNow().AddDays(14));
        using var scope = world.Services.CreateScope();
        var entry = await scope.ServiceProvider.GetRequiredService<WaitlistService>().AddAsync(new AddToWaitlistOptions(BookingTestData.Patient("07700 900" + Random.Shared.Next(100, 999)), need, Navigator));
        world.Clock.Advance(TimeSpan.FromSeconds(1));
        return entry!.Id;
    }

    private static Task<ChangeStatusResult> CancelAsync(World world) => world.Services.GetRequiredService<AppointmentStatusChanger>()
        .ChangeStatusAsync(new ChangeStatusOptions(world.Booked.Id, AppointmentStatuses.Cancelled, Navigator) { Reason = "patient-request" });

    private static async Task<Dictionary<Guid, string>> StatesAsync(params Guid[] ids)
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        return await db.Set<WaitlistEntry>().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.State);
    }

    [Fact]
    public async Task Cancel_HubSlot_OfferedToLongestWaitingMemberWhoFits()
    {
        var world = await ArrangeAsync();
        var outsider = await WaitAsync(world, world.OtherPractice);
        var nurse = await WaitAsync(world, world.Practice, MdtRoles.Nurse);
        var first = await WaitAsync(world, world.Practice);
        var second = await WaitAsync(world, world.Practice);

        var result = await CancelAsync(world);

        Assert.Equal(first, result.OfferedToWaitlistEntry);
        Assert.Equal(new Dictionary<Guid, string> { [outsider] = "waiting", [nurse] = "waiting", [first] = "offered", [second] = "waiting" }, await StatesAsync(outsider, nurse, first, second));
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.NotNull((await db.BookingSlots.SingleAsync(s => s.Id == world.Slot.Id)).HoldId);
        Assert.Contains(await db.Set<BookingNotification>().Where(n => n.Kind == "offer").Select(n => n.Personalisation).ToListAsync(), p => p.Contains("/offer/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OfferExpires_NextPersonOfferedFirstWaitsAgain()
    {
        var world = await ArrangeAsync();
        var first = await WaitAsync(world, world.Practice);
        var second = await WaitAsync(world, world.Practice);
        await CancelAsync(world);
        world.Clock.Advance(TimeSpan.FromMinutes(121));

        await world.Services.GetRequiredService<HoldExpiry>().ExpireDueAsync();

        Assert.Equal(new Dictionary<Guid, string> { [first] = "waiting", [second] = "offered" }, await StatesAsync(first, second));
    }

    [Fact]
    public async Task OfferExpires_NobodyElseFits_SlotFreeAndNotOfferedTwice()
    {
        var world = await ArrangeAsync();
        var only = await WaitAsync(world, world.Practice);
        await CancelAsync(world);
        world.Clock.Advance(TimeSpan.FromMinutes(121));

        await world.Services.GetRequiredService<HoldExpiry>().ExpireDueAsync();

        Assert.Equal("waiting", (await StatesAsync(only))[only]);
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.Null((await db.BookingSlots.SingleAsync(s => s.Id == world.Slot.Id)).HoldId);
    }

    [Fact]
    public async Task AcceptOffer_WithItsHoldAndLink_BookedAndEntryClosed()
    {
        var world = await ArrangeAsync();
        var entry = await WaitAsync(world, world.Practice);
        await CancelAsync(world);
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var link = await db.Set<BookingLink>().SingleAsync(l => l.WaitlistEntryId == entry);

        var result = await world.Services.GetRequiredService<SlotBooker>().BookSlotAsync(
            new BookSlotOptions(world.Slot.Id, BookingTestData.Patient(), BookingChannels.WaitlistOffer, AuditActor.Anonymous(null))
            { HoldId = link.HoldId, LinkId = link.Id, WaitlistEntryId = entry });

        Assert.Equal(BookingOutcome.Booked, result.Outcome);
        Assert.Equal("booked", (await StatesAsync(entry))[entry]);
    }

    [Fact]
    public async Task Cancel_SlotSoonerThanTheOfferTime_OfferEndsWhenTheSlotCanLastBeBooked()
    {
        var world = await ArrangeAsync();
        await WaitAsync(world, world.Practice);
        world.Clock.Set(world.Slot.StartAt.AddMinutes(-30));

        await CancelAsync(world);

        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var hold = await db.Set<BookingHold>().SingleAsync(h => h.SlotId == world.Slot.Id && h.Kind == "offer");
        Assert.Equal(world.Slot.StartAt, hold.ExpiresAt);
    }
}
