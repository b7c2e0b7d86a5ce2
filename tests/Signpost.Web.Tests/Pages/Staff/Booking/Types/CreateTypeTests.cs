using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Booking;
using Signpost.TestCommon;
using static Signpost.Web.Tests.Pages.Staff.Booking.Schedules.RotaTestHelpers;
using static Signpost.Web.Tests.Pages.Staff.Booking.Types.TypeTestHelpers;

namespace Signpost.Web.Tests.Pages.Staff.Booking.Types;

public class CreateTypeTests
{
    [Fact]
    public async Task Create_PhysioFirstContact_SavedListedAuditedAndOfferedToPhysioSessionsOnly()
    {
        var physio = await ScheduleAsync(role: MdtRoles.Physiotherapist);
        var nurse = await ScheduleAsync(role: MdtRoles.Nurse);
        await using var rota = await SignInAsync(Monday);
        var code = UniqueCode();

        var (response, page) = await rota.PostAsync("/staff/booking/types/new", PhysioForm(code));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff/booking/types", response.Headers.Location!.OriginalString);
        Assert.Equal("Appointment type Physio first contact added. Schedules of the same role can now offer it in their sessions.", Banner(page));
        var type = await FindTypeAsync(code);
        Assert.NotNull(type);
        Assert.Equal(("Physio first contact", MdtRoles.Physiotherapist, Modalities.FaceToFace, GpadCategories.GeneralConsultationRoutine, 20, false, 14, 120),
            (type.Name, type.Role, type.Modality, type.GpadCategory, type.DurationMinutes, type.SameDay, type.BookingWindowDays, type.MinimumNoticeMinutes));
        var row = page.QuerySelector($"#types a[href='/staff/booking/types/{type.Id}']")!.ParentElement!.ParentElement!.TextContent;
        Assert.Contains("Pre-bookable, up to 14 days ahead", row, StringComparison.Ordinal);
        Assert.Contains("2 hours", row, StringComparison.Ordinal);
        var audit = Assert.Single(await AuditAsync("appointment-type", type.Id));
        Assert.Equal(("appointment-type.created", rota.Email), (audit.Action, audit.Actor));
        Assert.Contains(code, audit.Details, StringComparison.Ordinal);

        var physioForm = await rota.Client.GetDocumentAsync($"/staff/booking/schedules/{physio.ScheduleId}/sessions/new");
        var nurseForm = await rota.Client.GetDocumentAsync($"/staff/booking/schedules/{nurse.ScheduleId}/sessions/new");
        Assert.Equal("Physio first contact: 20 minutes, face to face", physioForm.QuerySelector($"#TypeId option[value='{type.Id}']")?.TextContent);
        Assert.Null(nurseForm.QuerySelector($"#TypeId option[value='{type.Id}']"));
    }

    [Fact]
    public async Task Create_SameDayWithEmptyWindow_SavedWithWindowZero()
    {
        await using var rota = await SignInAsync(Monday);
        var code = UniqueCode("gp-today");
        var form = PhysioForm(code);
        (form["Form.Booking"], form["Form.WindowDays"], form["Form.NoticeMinutes"], form["Form.Modality"]) = ("same-day", "", "", Modalities.Telephone);

        var (response, _) = await rota.PostAsync("/staff/booking/types/new", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var type = await FindTypeAsync(code);
        Assert.Equal((true, 0, 0, Modalities.Telephone), (type!.SameDay, type.BookingWindowDays, type.MinimumNoticeMinutes, type.Modality));
    }

    [Theory]
    [InlineData("Form.Code", "", "Enter a code for the appointment type, like physio-first-contact")]
    [InlineData("Form.Code", "Physio First", "The code must be 2 to 63 lower-case letters, digits and hyphens, starting with a letter or digit, like physio-first-contact")]
    [InlineData("Form.Code", "-physio", "The code must be 2 to 63 lower-case letters, digits and hyphens, starting with a letter or digit, like physio-first-contact")]
    [InlineData("Form.Name", " ", "Enter the name patients and staff see, like Physiotherapy first contact")]
    [InlineData("Form.Role", "surgeon", "Select the role in the team who sees the patient")]
    [InlineData("Form.Modality", "", "Select how the appointment is held")]
    [InlineData("Form.GpadCategory", "Coffee", "Select the national (GPAD) category")]
    [InlineData("Form.Duration", "7", "Enter the length in minutes: 5 to 120, in steps of 5")]
    [InlineData("Form.Duration", "125", "Enter the length in minutes: 5 to 120, in steps of 5")]
    [InlineData("Form.Duration", "0", "Enter the length in minutes: 5 to 120, in steps of 5")]
    [InlineData("Form.Duration", "twenty", "Enter the length in minutes: 5 to 120, in steps of 5")]
    [InlineData("Form.Booking", "", "Select whether it is booked on the day only or can be booked ahead")]
    [InlineData("Form.WindowDays", "91", "Enter how many days ahead it can be booked, from 0 to 90")]
    [InlineData("Form.WindowDays", "-1", "Enter how many days ahead it can be booked, from 0 to 90")]
    [InlineData("Form.WindowDays", "0", "A pre-bookable appointment needs a booking window of 1 to 90 days")]
    [InlineData("Form.NoticeMinutes", "10081", "Enter the minimum notice in minutes, from 0 to 10,080 (7 days)")]
    [InlineData("Form.NoticeMinutes", "2h", "Enter the minimum notice in minutes, from 0 to 10,080 (7 days)")]
    public async Task Create_BadInput_OneClearErrorAndNothingSaved(string field, string value, string error)
    {
        await using var rota = await SignInAsync(Monday);
        var code = UniqueCode();
        var form = PhysioForm(code);
        form[field] = value;

        var (response, page) = await rota.PostAsync("/staff/booking/types/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([error], Errors(page));
        Assert.NotNull(page.QuerySelector($"#{field.Replace('.', '_')}-error"));
        Assert.Null(await FindTypeAsync(field == "Form.Code" ? value : code));
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.False(await db.AuditLog.AnyAsync(a => a.Action == "appointment-type.created" && a.Actor == rota.Email));
    }

    [Fact]
    public async Task Create_SameDayWithAWindow_Refused()
    {
        await using var rota = await SignInAsync(Monday);
        var code = UniqueCode();
        var form = PhysioForm(code);
        form["Form.Booking"] = "same-day";

        var (_, page) = await rota.PostAsync("/staff/booking/types/new", form);

        Assert.Equal(["A same-day appointment is booked on the day only: set the booking window to 0 days"], Errors(page));
        Assert.Null(await FindTypeAsync(code));
    }

    [Fact]
    public async Task Create_CodeTaken_SaysSoAndKeepsTheFirst()
    {
        await using var rota = await SignInAsync(Monday);
        var code = UniqueCode();
        await rota.PostAsync("/staff/booking/types/new", PhysioForm(code));
        var second = PhysioForm(code);
        second["Form.Name"] = "Another physio";

        var (response, page) = await rota.PostAsync("/staff/booking/types/new", second);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([$"The code {code} is already taken by another appointment type: choose a different code"], Errors(page));
        var type = await FindTypeAsync(code);
        Assert.Equal("Physio first contact", type!.Name);
        Assert.Single(await AuditAsync("appointment-type", type.Id));
    }
}
