using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Booking;
using Signpost.Core.Time;
using Signpost.TestCommon;
using Signpost.Web.Tests.Pages.Booking;
using static Signpost.Web.Tests.Pages.Staff.Booking.Schedules.RotaTestHelpers;

namespace Signpost.Web.Tests.Pages.Staff.Booking.Schedules;

public class ExceptionTests
{
    private static Dictionary<string, string> Change(Empty s, string date, string kind, string start = "", string end = "", bool withType = false) => new()
    {
        ["OnDate"] = date, ["Kind"] = kind, ["Start"] = start, ["End"] = end, ["TypeId"] = withType ? s.Type.Id.ToString() : "", ["RoomId"] = "", ["Reason"] = "",
    };

    [Fact]
    public async Task AddTimeOutForSomeHours_OnlyThoseSlotsTakenOut()
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);
        await rota.AddSessionAsync(s, Session(s, "1", "09:00", "10:00"));

        var (_, page) = await rota.PostAsync($"/staff/booking/schedules/{s.ScheduleId}/exceptions/new", Change(s, "2026-11-30", ScheduleAdjustmentKinds.Unavailable, "09:30", "10:00"));

        Assert.Equal("Time out added. 0 slots added, 2 taken out, 0 put back.", Banner(page));
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var out_ = await db.BookingSlots.Where(x => x.ScheduleId == s.ScheduleId && x.Status == "busy-unavailable").OrderBy(x => x.StartAt).ToListAsync();
        Assert.Equal(["09:30", "09:45"], out_.Select(x => UkTime.Clock(x.StartAt)));
        Assert.All(out_, x => Assert.Equal(new DateOnly(2026, 11, 30), x.LocalDate));
        Assert.Equal(["schedule.pattern-added", "schedule.exception-added"], await AuditActionsAsync(s.ScheduleId));
    }

    [Fact]
    public async Task AddExtraSession_SlotsAddedThatDay_RemoveTakesThemOut()
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);

        var (_, page) = await rota.PostAsync($"/staff/booking/schedules/{s.ScheduleId}/exceptions/new", Change(s, "2026-12-05", ScheduleAdjustmentKinds.ExtraSession, "10:00", "11:00", withType: true));
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var id = await db.Set<ScheduleAdjustment>().Where(e => e.ScheduleId == s.ScheduleId).Select(e => e.Id).SingleAsync();
        var removed = await rota.Client.SubmitAsync(page, $"/staff/booking/schedules/{s.ScheduleId}?handler=removeexception&itemId={id}", new Dictionary<string, string>());

        Assert.Equal("Extra session added. 4 slots added, 0 taken out, 0 put back.", Banner(page));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(new Dictionary<string, int> { ["busy-unavailable"] = 4 }, await SlotStatusesAsync(s.ScheduleId));
        Assert.Equal(["schedule.exception-added", "schedule.exception-removed"], await AuditActionsAsync(s.ScheduleId));
    }

    [Theory]
    [InlineData("2026-11-30", "unavailable", "09:30", "", false, "Enter the end time as hours and minutes, like 12:30, or leave both times empty for the whole day")]
    [InlineData("2026-11-30", "extra-session", "14:00", "15:00", false, "Select the type of appointment the extra session offers")]
    [InlineData("2026-11-30", "extra-session", "09:30", "10:30", true, "This overlaps the session from 09:00 to 10:00 that day: choose other times")]
    [InlineData("2026-11-30", "extra-session", "14:00", "14:20", true, "A session of 15-minute appointments must hold whole appointments: 14:00 to 14:20 leaves 5 minutes over, so end it at 14:15 or 14:30")]
    [InlineData("2026-11-20", "unavailable", "", "", false, "The date must be today or later")]
    [InlineData("2026-11-30", "holiday", "", "", false, "Select time out or an extra session")]
    public async Task AddException_BadInput_ErrorAndNothingChanged(string date, string kind, string start, string end, bool withType, string error)
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);
        await rota.AddSessionAsync(s, Session(s, "1", "09:00", "10:00"));

        var (response, page) = await rota.PostAsync($"/staff/booking/schedules/{s.ScheduleId}/exceptions/new", Change(s, date, kind, start, end, withType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([error], Errors(page));
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.False(await db.Set<ScheduleAdjustment>().AnyAsync(e => e.ScheduleId == s.ScheduleId));
        Assert.Equal(new Dictionary<string, int> { ["free"] = 20 }, await SlotStatusesAsync(s.ScheduleId));
    }

    [Fact]
    public async Task Deactivate_FreeSlotsTakenOut_ReactivatePutsThemBack()
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);
        var (_, page) = await rota.AddSessionAsync(s, Session(s, "1", "09:00", "10:00"));

        var off = await rota.Client.SubmitAsync(page, $"/staff/booking/schedules/{s.ScheduleId}?handler=active", new Dictionary<string, string> { ["active"] = "false" });
        var offPage = await rota.Client.GetDocumentAsync(off.Headers.Location!.OriginalString);
        var statusesOff = await SlotStatusesAsync(s.ScheduleId);
        var on = await rota.Client.SubmitAsync(offPage, $"/staff/booking/schedules/{s.ScheduleId}?handler=active", new Dictionary<string, string> { ["active"] = "true" });
        var onPage = await rota.Client.GetDocumentAsync(on.Headers.Location!.OriginalString);

        // At 08:00 on Monday 23 November all 20 slots are ahead.
        Assert.Equal("Schedule deactivated: its free times can no longer be booked. 0 slots added, 20 taken out, 0 put back.", Banner(offPage));
        Assert.Equal(new Dictionary<string, int> { ["busy-unavailable"] = 20 }, statusesOff);
        Assert.Equal("Schedule reactivated. 0 slots added, 0 taken out, 20 put back.", Banner(onPage));
        Assert.Equal(new Dictionary<string, int> { ["free"] = 20 }, await SlotStatusesAsync(s.ScheduleId));
        Assert.Equal(["schedule.pattern-added", "schedule.deactivated", "schedule.reactivated"], await AuditActionsAsync(s.ScheduleId));
    }
}
