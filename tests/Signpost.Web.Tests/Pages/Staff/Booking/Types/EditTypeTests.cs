using System.Net;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Catalogue;
using Signpost.TestCommon;
using static Signpost.Web.Tests.Pages.Staff.Booking.Schedules.RotaTestHelpers;
using static Signpost.Web.Tests.Pages.Staff.Booking.Types.TypeTestHelpers;

namespace Signpost.Web.Tests.Pages.Staff.Booking.Types;

public class EditTypeTests
{
    [Fact]
    public async Task Edit_UnusedType_EverythingButTheCodeChangesAndIsAudited()
    {
        var s = await ScheduleAsync(minutes: 15);
        await using var rota = await SignInAsync(Monday, Signpost.Core.Accounts.StaffRoles.Admin);
        var url = $"/staff/booking/types/{s.Type.Id}";
        var before = await rota.Client.GetDocumentAsync(url);
        Assert.Equal("15", before.QuerySelector("#Form_Duration")?.GetAttribute("value"));
        Assert.Null(before.QuerySelector("#length-locked"));
        Assert.NotNull(before.QuerySelector("#applies-at-once"));
        var form = FormOf(s.Type);
        (form["Form.Code"], form["Form.Name"], form["Form.Duration"], form["Form.NoticeMinutes"], form["Form.Booking"], form["Form.WindowDays"]) =
            ("hacked-code", "Nurse review", "30", "240", "same-day", "0");

        var (response, page) = await rota.PostAsync(url, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Appointment type Nurse review saved. Its booking rules apply to bookings from now on.", Banner(page));
        var after = await TypeAsync(s.Type.Id);
        Assert.Equal((s.Type.Code, "Nurse review", 30, 240, true, 0), (after.Code, after.Name, after.DurationMinutes, after.MinimumNoticeMinutes, after.SameDay, after.BookingWindowDays));
        var audit = Assert.Single(await AuditAsync("appointment-type", s.Type.Id));
        Assert.Equal("appointment-type.updated", audit.Action);
        using var details = System.Text.Json.JsonDocument.Parse(audit.Details!);
        Assert.Equal((15, 30), (details.RootElement.GetProperty("Before").GetProperty("DurationMinutes").GetInt32(), details.RootElement.GetProperty("After").GetProperty("DurationMinutes").GetInt32()));
    }

    [Fact]
    public async Task Edit_TypeWithSlots_LengthChangeRefusedButNoticeChangeSaved()
    {
        var s = await ScheduleAsync(minutes: 15);
        await using (var db = TestData.CreateDb(await TestDatabase.GetAsync()))
        {
            await BookingTestData.AddSlotsAsync(db, new BookingTestData.Clinic(s.SiteId, s.PractitionerId, s.Type.Id, s.Type.Code, s.ScheduleId), Monday.AddDays(1), 2);
        }
        await using var rota = await SignInAsync(Monday);
        var url = $"/staff/booking/types/{s.Type.Id}";
        Assert.NotNull((await rota.Client.GetDocumentAsync(url)).QuerySelector("#length-locked"));
        var longer = FormOf(s.Type);
        longer["Form.Duration"] = "20";
        longer["Form.NoticeMinutes"] = "60";

        var (refused, page) = await rota.PostAsync(url, longer);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal([AppointmentTypeEditor.LengthLocked], Errors(page));
        var unchanged = await TypeAsync(s.Type.Id);
        Assert.Equal((15, 0), (unchanged.DurationMinutes, unchanged.MinimumNoticeMinutes));
        Assert.Empty(await AuditAsync("appointment-type", s.Type.Id));

        longer["Form.Duration"] = "15";
        var (saved, _) = await rota.PostAsync(url, longer);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var changed = await TypeAsync(s.Type.Id);
        Assert.Equal((15, 60), (changed.DurationMinutes, changed.MinimumNoticeMinutes));
        Assert.Equal(["appointment-type.updated"], (await AuditAsync("appointment-type", s.Type.Id)).Select(a => a.Action));
    }

    [Fact]
    public async Task Edit_TypeUsedByAWeeklySession_LengthChangeRefused()
    {
        var s = await ScheduleAsync(minutes: 15);
        await using var rota = await SignInAsync(Monday);
        // A session starting after the slot horizon: no slots yet, but the session was checked to hold whole 15-minute appointments.
        await rota.AddSessionAsync(s, Session(s, "1", "09:00", "10:00", validFrom: "2027-06-07"));
        var form = FormOf(s.Type);
        form["Form.Duration"] = "40";

        var (_, page) = await rota.PostAsync($"/staff/booking/types/{s.Type.Id}", form);

        Assert.Equal([AppointmentTypeEditor.LengthLocked], Errors(page));
        Assert.Equal(15, (await TypeAsync(s.Type.Id)).DurationMinutes);
    }

    [Fact]
    public async Task Edit_BadInput_ErrorsAndNothingChanged()
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);
        var form = FormOf(s.Type);
        (form["Form.Name"], form["Form.WindowDays"]) = ("", "120");

        var (response, page) = await rota.PostAsync($"/staff/booking/types/{s.Type.Id}", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Enter the name patients and staff see, like Physiotherapy first contact", "Enter how many days ahead it can be booked, from 0 to 90"], Errors(page));
        Assert.Equal(("Test appointment", 28), ((await TypeAsync(s.Type.Id)).Name, (await TypeAsync(s.Type.Id)).BookingWindowDays));
        Assert.Empty(await AuditAsync("appointment-type", s.Type.Id));
    }
}
