using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.TestCommon;
using Signpost.Web.Tests.Pages.Booking;
using static Signpost.Web.Tests.Pages.Staff.Booking.Schedules.RotaTestHelpers;

namespace Signpost.Web.Tests.Pages.Staff.Booking.Schedules;

public class LeaveTests
{
    [Fact]
    public async Task AddLeave_OverABookedDay_FreeSlotsTakenOutBookedListedForRebooking_RemovingPutsThemBack()
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);
        await rota.AddSessionAsync(s, Session(s, "2", "09:00", "10:00"));
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var tuesday = await db.BookingSlots.Where(x => x.ScheduleId == s.ScheduleId && x.LocalDate == new DateOnly(2026, 11, 24)).OrderBy(x => x.StartAt).ToListAsync();
        var booked = await rota.Factory.Services.GetRequiredService<SlotBooker>().BookSlotAsync(
            new BookSlotOptions(tuesday[1].Id, BookingTestData.Patient(), BookingChannels.Navigator, AuditActor.System));

        var (_, page) = await rota.PostAsync($"/staff/booking/schedules/{s.ScheduleId}/leave/new",
            new Dictionary<string, string> { ["FirstDay"] = "2026-11-24", ["LastDay"] = "2026-11-24", ["Reason"] = "Annual leave" });

        Assert.Equal("Leave added. 0 slots added, 3 taken out, 0 put back. 1 booked appointment falls outside the rota: rebook it (listed below).", Banner(page));
        Assert.Equal([$"/staff/booking/appointments/{booked.Appointment!.Id}"], page.QuerySelectorAll("#to-rebook a").Select(a => a.GetAttribute("href")));
        Assert.Equal(new Dictionary<string, int> { ["free"] = 12, ["busy-unavailable"] = 3, ["busy"] = 1 }, await SlotStatusesAsync(s.ScheduleId));
        var leaveId = await db.Set<PractitionerLeave>().Where(l => l.PractitionerId == s.PractitionerId).Select(l => l.Id).SingleAsync();

        var removed = await rota.Client.SubmitAsync(page, $"/staff/booking/schedules/{s.ScheduleId}?handler=removeleave&itemId={leaveId}", new Dictionary<string, string>());
        var after = await rota.Client.GetDocumentAsync(removed.Headers.Location!.OriginalString);

        Assert.Equal("Leave removed. 0 slots added, 0 taken out, 3 put back.", Banner(after));
        Assert.Null(after.QuerySelector("#to-rebook"));
        Assert.Equal(new Dictionary<string, int> { ["free"] = 15, ["busy"] = 1 }, await SlotStatusesAsync(s.ScheduleId));
        Assert.Equal(["schedule.pattern-added", "schedule.leave-added", "schedule.leave-removed"], await AuditActionsAsync(s.ScheduleId));
        var details = await db.AuditLog.Where(a => a.EntityId == s.ScheduleId.ToString() && a.Action == "schedule.leave-added").Select(a => a.Details).SingleAsync();
        Assert.DoesNotContain("Annual", details, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-30", "2026-11-27", "The last day of leave cannot be before the first day")]
    [InlineData("2026-11-20", "2026-11-27", "The first day of leave must be today or later")]
    [InlineData("30 Nov", "2026-12-01", "Enter the first day of leave, like 2026-12-21")]
    [InlineData("2026-11-30", "", "Enter the last day of leave, like 2026-12-24")]
    public async Task AddLeave_BadDates_ErrorAndNothingChanged(string first, string last, string error)
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);
        await rota.AddSessionAsync(s, Session(s, "1", "09:00", "10:00"));

        var (response, page) = await rota.PostAsync($"/staff/booking/schedules/{s.ScheduleId}/leave/new",
            new Dictionary<string, string> { ["FirstDay"] = first, ["LastDay"] = last, ["Reason"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([error], Errors(page));
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.False(await db.Set<PractitionerLeave>().AnyAsync(l => l.PractitionerId == s.PractitionerId));
        Assert.Equal(new Dictionary<string, int> { ["free"] = 20 }, await SlotStatusesAsync(s.ScheduleId));
        Assert.Equal(["schedule.pattern-added"], await AuditActionsAsync(s.ScheduleId));
    }
}
