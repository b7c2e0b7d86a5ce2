using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Booking;
using Signpost.Core.Time;
using Signpost.TestCommon;
using Signpost.Web.Tests.Pages.Booking;
using static Signpost.Web.Tests.Pages.Staff.Booking.Schedules.RotaTestHelpers;

namespace Signpost.Web.Tests.Pages.Staff.Booking.Schedules;

public class SessionTests
{
    [Fact]
    public async Task AddSession_Valid_SlotsForTheNextFourWeeksAndAudited()
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);

        var (response, page) = await rota.AddSessionAsync(s, Session(s, "1", "09:00", "10:00"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Mondays 23 and 30 November, 7, 14 and 21 December (today + 28 days), four 15-minute slots each.
        Assert.Equal("Weekly session added. 20 slots added, 0 taken out, 0 put back.", Banner(page));
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var slots = await db.BookingSlots.Where(x => x.ScheduleId == s.ScheduleId).OrderBy(x => x.StartAt).ToListAsync();
        Assert.Equal(20, slots.Count);
        Assert.All(slots, x => Assert.Equal(("free", DayOfWeek.Monday), (x.Status, x.LocalDate.DayOfWeek)));
        Assert.Equal(["09:00", "09:15", "09:30", "09:45"], slots.Take(4).Select(x => UkTime.Clock(x.StartAt)));
        Assert.Equal(new DateOnly(2026, 12, 21), slots[^1].LocalDate);
        Assert.Equal(["schedule.pattern-added"], await AuditActionsAsync(s.ScheduleId));
        Assert.Contains("Monday", page.QuerySelector("#sessions")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "10:00", "09:00", "2026-11-23", "", "The end time must be after the start time")]
    [InlineData("8", "09:00", "10:00", "2026-11-23", "", "Select the day of the week")]
    [InlineData("1", "9am", "10:00", "2026-11-23", "", "Enter the start time as hours and minutes, like 09:00")]
    [InlineData("1", "09:00", "09:50", "2026-11-23", "", "A session of 15-minute appointments must hold whole appointments: 09:00 to 09:50 leaves 5 minutes over, so end it at 09:45 or 10:00")]
    [InlineData("1", "09:00", "10:00", "2026-12-01", "2026-11-30", "The last date cannot be before the first date")]
    [InlineData("1", "09:00", "10:00", "", "", "Enter the first date the session runs, like 2026-12-01")]
    public async Task AddSession_BadInput_ErrorAndNothingChanged(string weekday, string start, string end, string from, string until, string error)
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);

        var (response, page) = await rota.AddSessionAsync(s, Session(s, weekday, start, end, from, until));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([error], Errors(page));
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.False(await db.Set<AvailabilityPattern>().AnyAsync(p => p.ScheduleId == s.ScheduleId));
        Assert.Empty(await SlotStatusesAsync(s.ScheduleId));
        Assert.Equal([], await AuditActionsAsync(s.ScheduleId));
    }

    [Fact]
    public async Task AddSession_UnknownTypeOrOverlapping_RefusedAndOnlyTheFirstSaved()
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);
        await rota.AddSessionAsync(s, Session(s, "1", "09:00", "12:00"));
        var unknownType = Session(s, "2", "09:00", "10:00");
        unknownType["TypeId"] = Guid.NewGuid().ToString();

        var (_, overlap) = await rota.AddSessionAsync(s, Session(s, "1", "11:00", "13:00", validFrom: "2026-12-07"));
        var (_, unknown) = await rota.AddSessionAsync(s, unknownType);

        Assert.Equal(["This overlaps the Monday session from 09:00 to 12:00: change the times or dates, or remove that session first"], Errors(overlap));
        Assert.Equal(["Select the type of appointment the session offers"], Errors(unknown));
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.Equal(1, await db.Set<AvailabilityPattern>().CountAsync(p => p.ScheduleId == s.ScheduleId));
        Assert.Equal(["schedule.pattern-added"], await AuditActionsAsync(s.ScheduleId));
    }

    [Fact]
    public async Task AddSessionAndLeave_AcrossOctoberClockChange_SlotsAtUkWallClockTimesAndLeaveTakesTheWholeDayOut()
    {
        var s = await ScheduleAsync(minutes: 30);
        // Tuesday 20 October 2026; the clocks go back at 02:00 BST on Sunday 25 October.
        await using var rota = await SignInAsync(new DateTimeOffset(2026, 10, 20, 8, 0, 0, TimeSpan.Zero));

        var (_, added) = await rota.AddSessionAsync(s, Session(s, "7", "00:00", "04:00", validFrom: "2026-10-20"));
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var change = await db.BookingSlots.Where(x => x.ScheduleId == s.ScheduleId && x.LocalDate == new DateOnly(2026, 10, 25)).OrderBy(x => x.StartAt).ToListAsync();
        var after = await db.BookingSlots.CountAsync(x => x.ScheduleId == s.ScheduleId && x.LocalDate == new DateOnly(2026, 11, 1));
        var (_, leave) = await rota.PostAsync($"/staff/booking/schedules/{s.ScheduleId}/leave/new",
            new Dictionary<string, string> { ["FirstDay"] = "2026-10-24", ["LastDay"] = "2026-10-25", ["Reason"] = "" });

        // Five real hours on the change day (the repeated hour offered once per real hour), four on an ordinary Sunday.
        Assert.Equal("Weekly session added. 34 slots added, 0 taken out, 0 put back.", Banner(added));
        Assert.Equal(10, change.Count);
        Assert.Equal(new DateTimeOffset(2026, 10, 24, 23, 0, 0, TimeSpan.Zero), change[0].StartAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 3, 30, 0, TimeSpan.Zero), change[^1].StartAt);
        Assert.Equal(10, change.Select(x => x.StartAt).Distinct().Count());
        Assert.Equal(8, after);
        Assert.Equal("Leave added. 0 slots added, 10 taken out, 0 put back.", Banner(leave));
        Assert.Equal(new Dictionary<string, int> { ["free"] = 24, ["busy-unavailable"] = 10 }, await SlotStatusesAsync(s.ScheduleId));
    }

    [Fact]
    public async Task RemoveSession_FreeSlotsTakenOut()
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);
        var (_, page) = await rota.AddSessionAsync(s, Session(s, "2", "09:00", "10:00"));
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var patternId = await db.Set<AvailabilityPattern>().Where(p => p.ScheduleId == s.ScheduleId).Select(p => p.Id).SingleAsync();

        var response = await rota.Client.SubmitAsync(page, $"/staff/booking/schedules/{s.ScheduleId}?handler=removesession&itemId={patternId}", new Dictionary<string, string>());
        var after = await rota.Client.GetDocumentAsync(response.Headers.Location!.OriginalString);

        Assert.Equal("Weekly session removed. 0 slots added, 16 taken out, 0 put back.", Banner(after));
        Assert.Equal(new Dictionary<string, int> { ["busy-unavailable"] = 16 }, await SlotStatusesAsync(s.ScheduleId));
        Assert.Equal(["schedule.pattern-added", "schedule.pattern-removed"], await AuditActionsAsync(s.ScheduleId));
    }
}
