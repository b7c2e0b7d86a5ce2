using Microsoft.EntityFrameworkCore;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Slots;
using Signpost.Core.Demo;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Demo;

public class DemoBookingTests
{
    [Fact]
    public async Task Seed_Twice_HubPhysioFaceToFaceWithTwoWeeksOfSlotsCreatedOnce()
    {
        var database = await TestDatabase.GetAsync();
        await database.EnsureReferenceDataAsync();
        await using var db = TestData.CreateDb(database);
        var clock = new TestClock(new DateTimeOffset(2026, 4, 20, 6, 0, 0, TimeSpan.Zero));

        var first = await DemoBooking.SeedAsync(db, new SlotGenerator(db), clock);
        var second = await DemoBooking.SeedAsync(db, new SlotGenerator(db), clock);

        Assert.Equal((7, 0), (first!.SchedulesCreated, second!.SchedulesCreated));
        var physio = await (from s in db.BookingSlots
                            join site in db.BookingSites on s.SiteId equals site.Id
                            join t in db.AppointmentTypes on s.AppointmentTypeId equals t.Id
                            where site.IsDemo && site.IsHub && t.Role == MdtRoles.Physiotherapist && t.Modality == Modalities.FaceToFace
                            select s.LocalDate).Distinct().CountAsync();
        Assert.Equal(12, physio);
        Assert.All(await db.BookingSites.Where(s => s.IsDemo).Select(s => s.Name).ToListAsync(), name => Assert.EndsWith("(demo)", name, StringComparison.Ordinal));
    }
}
