using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Slots;
using Signpost.Core.Data;
using Signpost.Core.Time;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Booking.Slots;

public class SlotSearchTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 7, 0, 0, TimeSpan.Zero);

    private static async Task<(SignpostDb Db, SlotSearch Search)> ArrangeAsync(DateTimeOffset now)
    {
        var database = await TestDatabase.GetAsync();
        var services = BookingTestServices.Create(database.ConnectionString, new TestClock(now));
        return (TestData.CreateDb(database), services.GetRequiredService<SlotSearch>());
    }

    private static async Task<(BookingTestData.Clinic Clinic, List<BookingSlot> Slots)> ClinicAsync(SignpostDb db, BookingSite site, AppointmentType type, DateTimeOffset start, int count, int minutes = 15)
    {
        var clinic = await BookingTestData.AddClinicAsync(db, site, type, new TimeOnly(9, 0), new TimeOnly(12, 0), DateOnly.FromDateTime(start.UtcDateTime));
        return (clinic, await BookingTestData.AddSlotsAsync(db, clinic, start, count, minutes));
    }

    [Fact]
    public async Task Find_ForPractice_ItsOwnSitesAndItsPcnHubEarliestFirst_NotOtherPractices()
    {
        var (db, search) = await ArrangeAsync(Now);
        await using var _ = db;
        var (pcn, practice) = await BookingTestData.AddPcnAsync(db);
        var (otherPcn, _) = await BookingTestData.AddPcnAsync(db);
        var type = await BookingTestData.AddTypeAsync(db);
        var (_, own) = await ClinicAsync(db, await BookingTestData.AddSiteAsync(db, pcn, practice), type, Now.AddHours(3), 2, 30);
        var (_, hub) = await ClinicAsync(db, await BookingTestData.AddSiteAsync(db, pcn, null), type, Now.AddHours(3).AddMinutes(15), 1);
        await ClinicAsync(db, await BookingTestData.AddSiteAsync(db, pcn, practice + "X"), type, Now.AddHours(2), 2);
        await ClinicAsync(db, await BookingTestData.AddSiteAsync(db, otherPcn, null), type, Now.AddHours(2), 2);

        var found = await search.FindAsync(new SlotQuery(Now, Now.AddDays(1)) { PracticeCode = practice, TypeCode = type.Code });

        Assert.Equal([own[0].Id, hub[0].Id, own[1].Id], found.Select(s => s.Id));
        Assert.All(found, s => Assert.Equal("free", s.Status));
        Assert.Equal(own[0].Id, Assert.Single(await search.FindAsync(new SlotQuery(Now, Now.AddDays(1)) { PracticeCode = practice, Role = MdtRoles.Gp, Limit = 1 })).Id);
    }

    [Fact]
    public async Task Find_HeldAndBookedSlots_AreNotFree()
    {
        var (db, search) = await ArrangeAsync(Now);
        await using var _ = db;
        var site = await BookingTestData.AddSiteAsync(db);
        var (clinic, slots) = await ClinicAsync(db, site, await BookingTestData.AddTypeAsync(db), Now.AddHours(3), 4);
        await db.BookingSlots.Where(s => s.Id == slots[0].Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, "busy"));
        await db.BookingSlots.Where(s => s.Id == slots[1].Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.HoldId, Guid.NewGuid()));

        var free = await search.FindAsync(new SlotQuery(Now, Now.AddDays(1)) { SiteId = site.Id });
        var all = await search.FindAsync(new SlotQuery(Now, Now.AddDays(1)) { ScheduleId = clinic.ScheduleId, FreeOnly = false, BookableNow = false });

        Assert.Equal([slots[2].Id, slots[3].Id], free.Select(s => s.Id));
        Assert.Equal(["busy", "busy-tentative", "free", "free"], all.Select(s => s.Status));
    }

    [Fact]
    public async Task Find_TypeRules_NoticeWindowAndSameDay()
    {
        var (db, search) = await ArrangeAsync(Now);
        await using var _ = db;
        var site = await BookingTestData.AddSiteAsync(db);
        var notice = await BookingTestData.AddTypeAsync(db, noticeMinutes: 60);
        var window = await BookingTestData.AddTypeAsync(db, windowDays: 1);
        var sameDay = await BookingTestData.AddTypeAsync(db, sameDay: true);
        var (_, soon) = await ClinicAsync(db, site, notice, Now.AddMinutes(30), 2, 60);
        var (_, ahead) = await ClinicAsync(db, site, window, Now.AddDays(1).AddHours(2), 2, 24 * 60);
        var (_, today) = await ClinicAsync(db, site, sameDay, Now.AddHours(12), 2, 24 * 60);

        Assert.Equal(soon[1].Id, Assert.Single(await search.FindAsync(new SlotQuery(Now, Now.AddDays(14)) { SiteId = site.Id, TypeCode = notice.Code })).Id);
        Assert.Equal(ahead[0].Id, Assert.Single(await search.FindAsync(new SlotQuery(Now, Now.AddDays(14)) { SiteId = site.Id, TypeCode = window.Code })).Id);
        Assert.Equal(today[0].Id, Assert.Single(await search.FindAsync(new SlotQuery(Now, Now.AddDays(14)) { SiteId = site.Id, TypeCode = sameDay.Code })).Id);
        Assert.Equal(2, (await search.FindAsync(new SlotQuery(Now, Now.AddDays(14)) { SiteId = site.Id, TypeCode = sameDay.Code, BookableNow = false })).Count);
    }

    [Theory]
    [InlineData("2026-03-29T10:00:00Z")]
    [InlineData("2026-10-25T10:00:00Z")]
    public async Task Find_SameDayOnAClockChangeSunday_UntilUkMidnightExactly(string now)
    {
        var at = DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture);
        var (db, search) = await ArrangeAsync(at);
        await using var _ = db;
        var site = await BookingTestData.AddSiteAsync(db);
        var type = await BookingTestData.AddTypeAsync(db, sameDay: true);
        var lastOfTheDay = UkTime.ToInstant(DateOnly.FromDateTime(at.UtcDateTime), new TimeOnly(23, 30));
        var (_, slots) = await ClinicAsync(db, site, type, lastOfTheDay, 2, 60);

        var found = await search.FindAsync(new SlotQuery(at, at.AddDays(2)) { SiteId = site.Id, TypeCode = type.Code });

        Assert.Equal(slots[0].Id, Assert.Single(found).Id);
    }

    [Fact]
    public async Task Find_ByTypeAlone_EarliestAcrossEverySite()
    {
        var (db, search) = await ArrangeAsync(Now);
        await using var _ = db;
        var type = await BookingTestData.AddTypeAsync(db);
        var (_, later) = await ClinicAsync(db, await BookingTestData.AddSiteAsync(db, "U11111", "Z11111"), type, Now.AddHours(4), 2);
        var (_, earlier) = await ClinicAsync(db, await BookingTestData.AddSiteAsync(db, "U22222", "Z22222"), type, Now.AddHours(3), 2, 90);

        var found = await search.FindAsync(new SlotQuery(Now, Now.AddDays(1)) { TypeCode = type.Code, Limit = 3 });

        Assert.Equal([earlier[0].Id, later[0].Id, later[1].Id], found.Select(s => s.Id));
    }
}
