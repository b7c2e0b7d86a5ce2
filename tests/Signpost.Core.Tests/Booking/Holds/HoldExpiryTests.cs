using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Holds;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Booking.Holds;

// Early on the shared test timeline: this test's sweeps reach no hold of a test on a later clock.
public class HoldExpiryTests
{
    [Fact]
    public async Task ExpireDue_TwoInstancesAtOnce_EachHoldExpiresExactlyOnce()
    {
        var database = await TestDatabase.GetAsync();
        var clock = new TestClock(new DateTimeOffset(2026, 2, 2, 7, 0, 0, TimeSpan.Zero));
        await using var db = TestData.CreateDb(database);
        var (_, slots) = await BookingTestData.AddClinicWithSlotsAsync(db, clock.GetUtcNow().AddDays(1), 250);
        using var first = BookingTestServices.Create(database.ConnectionString, clock);
        using var second = BookingTestServices.Create(database.ConnectionString, clock);
        var holds = new List<Guid>();
        foreach (var slot in slots) holds.Add((await first.GetRequiredService<HoldService>().PlaceHoldAsync(slot.Id, null, AuditActor.System)).HoldId!.Value);
        clock.Advance(TimeSpan.FromMinutes(11));

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).GetRequiredService<HoldExpiry>().ExpireDueAsync())));

        var ids = holds.Select(h => h.ToString()).ToList();
        var expiries = await db.AuditLog.Where(e => e.Action == "booking-hold.expired" && ids.Contains(e.EntityId!)).GroupBy(e => e.EntityId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(250, expiries.Count);
        Assert.All(expiries, count => Assert.Equal(1, count));
        Assert.Equal(0, await db.BookingSlots.CountAsync(s => slots.Select(x => x.Id).Contains(s.Id) && s.HoldId != null));
    }
}
