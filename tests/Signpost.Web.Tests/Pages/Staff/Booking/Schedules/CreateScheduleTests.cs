using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Booking;
using Signpost.TestCommon;
using static Signpost.Web.Tests.Pages.Staff.Booking.Schedules.RotaTestHelpers;

namespace Signpost.Web.Tests.Pages.Staff.Booking.Schedules;

public class CreateScheduleTests
{
    [Fact]
    public async Task Create_NewPractitionerAtSite_SavedAuditedAndShown()
    {
        var existing = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);
        var name = $"Dr Rota {Guid.NewGuid():N}"[..20];

        var (response, page) = await rota.PostAsync("/staff/booking/schedules/new", new Dictionary<string, string>
        {
            ["SiteId"] = existing.SiteId.ToString(), ["PractitionerId"] = "new", ["NewName"] = name, ["NewRole"] = MdtRoles.Paramedic,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var practitioner = await db.Practitioners.SingleAsync(p => p.DisplayName == name);
        var schedule = await db.BookingSchedules.SingleAsync(s => s.PractitionerId == practitioner.Id);
        Assert.Equal((MdtRoles.Paramedic, existing.SiteId, true), (practitioner.Role, schedule.SiteId, schedule.Active));
        Assert.Equal($"/staff/booking/schedules/{schedule.Id}", response.Headers.Location!.OriginalString);
        Assert.Contains(name, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["schedule.created"], await AuditActionsAsync(schedule.Id));
        Assert.True(await db.AuditLog.AnyAsync(a => a.Action == "practitioner.created" && a.EntityId == practitioner.Id.ToString() && a.Actor == rota.Email));
    }

    [Fact]
    public async Task Create_ExistingPractitionerAlreadyAtSite_ErrorAndNothingSaved()
    {
        var existing = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);

        var (response, page) = await rota.PostAsync("/staff/booking/schedules/new", new Dictionary<string, string>
        {
            ["SiteId"] = existing.SiteId.ToString(), ["PractitionerId"] = existing.PractitionerId.ToString(), ["NewName"] = "", ["NewRole"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["This member of the team already has a schedule at this site: add sessions to that one"], Errors(page));
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.Equal(1, await db.BookingSchedules.CountAsync(s => s.PractitionerId == existing.PractitionerId));
    }

    [Fact]
    public async Task Create_NothingChosen_ErrorsInTheUsersWordsAndNothingSaved()
    {
        await using var rota = await SignInAsync(Monday);
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var before = await db.AuditLog.CountAsync(a => a.Actor == rota.Email);

        var (response, page) = await rota.PostAsync("/staff/booking/schedules/new", new Dictionary<string, string>
        {
            ["SiteId"] = Guid.NewGuid().ToString(), ["PractitionerId"] = "new", ["NewName"] = " ", ["NewRole"] = "surgeon",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Enter the new team member's name", "Select the new team member's role", "Select the site"], Errors(page).Order().ToList());
        Assert.Equal(before, await db.AuditLog.CountAsync(a => a.Actor == rota.Email));
    }
}
