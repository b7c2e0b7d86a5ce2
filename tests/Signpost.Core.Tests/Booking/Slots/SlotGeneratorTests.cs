using Signpost.Core.Time;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Slots;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Booking.Slots;

public class SlotGeneratorTests
{
    private static readonly DateOnly Monday = new(2026, 3, 23);
    private static readonly string[] TwentyMinuteStarts = ["09:00", "09:20", "09:40", "10:00", "10:20", "10:40", "11:00", "11:20", "11:40"];

    [Fact]
    public async Task Generate_TwiceOverAClockChange_NoSlotDoubledOrLost()
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var site = await BookingTestData.AddSiteAsync(db);
        var clinic = await BookingTestData.AddClinicAsync(db, site, await BookingTestData.AddTypeAsync(db, minutes: 20), new TimeOnly(9, 0), new TimeOnly(12, 0), Monday);
        var options = new GenerateSlotsOptions(Monday, Monday.AddDays(13), [clinic.ScheduleId]);

        var first = await new SlotGenerator(db).GenerateAsync(options);
        var second = await new SlotGenerator(db).GenerateAsync(options);

        Assert.Equal(14 * 9, first.Created);
        Assert.Equal(0, second.Created);
        var starts = await db.BookingSlots.Where(s => s.ScheduleId == clinic.ScheduleId).Select(s => s.StartAt).ToListAsync();
        Assert.All(starts, s => Assert.Contains(UkTime.Clock(s), TwentyMinuteStarts));
    }

    [Fact]
    public async Task Generate_LeaveAddedLater_FreeSlotsTakenOutBookedKept()
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var site = await BookingTestData.AddSiteAsync(db);
        var clinic = await BookingTestData.AddClinicAsync(db, site, await BookingTestData.AddTypeAsync(db), new TimeOnly(9, 0), new TimeOnly(10, 0), Monday);
        var options = new GenerateSlotsOptions(Monday, Monday.AddDays(1), [clinic.ScheduleId]);
        await new SlotGenerator(db).GenerateAsync(options);
        var booked = await db.BookingSlots.Where(s => s.ScheduleId == clinic.ScheduleId).OrderBy(s => s.StartAt).FirstAsync();
        booked.Status = "busy";
        db.Set<PractitionerLeave>().Add(new PractitionerLeave { Id = Guid.NewGuid(), PractitionerId = clinic.PractitionerId, FirstDay = Monday, LastDay = Monday });
        await db.SaveChangesAsync();

        var result = await new SlotGenerator(db).GenerateAsync(options);

        Assert.Equal(3, result.TakenOut);
        var monday = await db.BookingSlots.AsNoTracking().Where(s => s.ScheduleId == clinic.ScheduleId && s.LocalDate == Monday).ToListAsync();
        Assert.Equal(["busy", "busy-unavailable", "busy-unavailable", "busy-unavailable"], monday.OrderBy(s => s.StartAt).Select(s => s.Status).ToList());
    }

    [Fact]
    public async Task Generate_LeaveRemoved_SlotsPutBack()
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var site = await BookingTestData.AddSiteAsync(db);
        var clinic = await BookingTestData.AddClinicAsync(db, site, await BookingTestData.AddTypeAsync(db), new TimeOnly(9, 0), new TimeOnly(10, 0), Monday);
        var leave = new PractitionerLeave { Id = Guid.NewGuid(), PractitionerId = clinic.PractitionerId, FirstDay = Monday, LastDay = Monday };
        var options = new GenerateSlotsOptions(Monday, Monday, [clinic.ScheduleId]);
        await new SlotGenerator(db).GenerateAsync(options);
        db.Set<PractitionerLeave>().Add(leave);
        await db.SaveChangesAsync();
        await new SlotGenerator(db).GenerateAsync(options);
        db.Set<PractitionerLeave>().Remove(leave);
        await db.SaveChangesAsync();

        var result = await new SlotGenerator(db).GenerateAsync(options);

        Assert.Equal(4, result.PutBack);
    }

    [Fact]
    public async Task Generate_ManySlots_RefreshesTheTableStatisticsAtOnce()
    {
        var database = await TestDatabase.GetAsync();
        await using var db = TestData.CreateDb(database);
        var type = await BookingTestData.AddTypeAsync(db, minutes: 5);
        var first = new DateOnly(2031, 1, 6);
        var clinic = await BookingTestData.AddClinicAsync(db, await BookingTestData.AddSiteAsync(db), type, new TimeOnly(0, 0), new TimeOnly(23, 55), first);
        var before = await LastAnalyzeAsync(database);

        var result = await new SlotGenerator(db).GenerateAsync(new GenerateSlotsOptions(first, first.AddDays(3), [clinic.ScheduleId]));

        Assert.InRange(result.Created, SlotGenerator.AnalyzeAfter, int.MaxValue);
        var after = await LastAnalyzeAsync(database);
        Assert.NotNull(after);
        Assert.True(before is null || after > before, $"last analyze {before} then {after}");
    }

    private static async Task<DateTime?> LastAnalyzeAsync(TestDatabase database)
    {
        await using var command = database.DataSource.CreateCommand("select last_analyze from pg_stat_user_tables where relname = 'booking_slots'");
        return await command.ExecuteScalarAsync() as DateTime?;
    }
}
