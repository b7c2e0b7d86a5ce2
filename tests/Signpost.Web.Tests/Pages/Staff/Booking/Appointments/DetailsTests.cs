using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.TestCommon;
using Signpost.Web.Tests.Pages.Booking;

namespace Signpost.Web.Tests.Pages.Staff.Booking.Appointments;

public class DetailsTests
{
    private static async Task<(SignpostWebFactory Factory, HttpClient Client, string Email, AppointmentView Appointment)> BookedAsync()
    {
        var (_, _, slots) = await BookingPageHelpers.PhysioHubAsync(1);
        var clinician = await TestData.AddStaffUserAsync(await TestDatabase.GetAsync(), StaffRoles.Clinician);
        var factory = await SignpostWebFactory.CreateAsync();
        var booked = await factory.Services.GetRequiredService<SlotBooker>().BookSlotAsync(
            new BookSlotOptions(slots[0].Id, BookingTestData.Patient(), BookingChannels.Navigator, AuditActor.System));
        return (factory, await factory.SignedInClientAsync(clinician.Email), clinician.Email, booked.Appointment!);
    }

    [Fact]
    public async Task View_Clinician_SeesHistoryAndTheViewIsAudited()
    {
        var (factory, client, email, appointment) = await BookedAsync();
        await using var _ = factory;

        var page = await client.GetDocumentAsync($"/staff/booking/appointments/{appointment.Id}");

        Assert.Contains("booked", page.QuerySelector("table tbody")!.TextContent, StringComparison.Ordinal);
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.True(await db.AuditLog.AnyAsync(e => e.Actor == email && e.Action == "appointment.viewed" && e.EntityId == appointment.Id.ToString()));
    }

    [Fact]
    public async Task MarkDidNotAttend_RecordedAsNoShowWithWho()
    {
        var (factory, client, email, appointment) = await BookedAsync();
        await using var _ = factory;
        var page = await client.GetDocumentAsync($"/staff/booking/appointments/{appointment.Id}");

        var response = await client.SubmitAsync(page, $"/staff/booking/appointments/{appointment.Id}",
            new Dictionary<string, string> { ["NewStatus"] = "noshow", ["Version"] = appointment.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var last = await db.AppointmentEvents.Where(e => e.AppointmentId == appointment.Id).OrderByDescending(e => e.Id).FirstAsync();
        Assert.Equal(("noshow", email), (last.ToStatus, last.Actor));
    }

    [Fact]
    public async Task Cancel_NoReasonChosen_ErrorAndStillBooked()
    {
        var (factory, client, _, appointment) = await BookedAsync();
        await using var _ = factory;
        var page = await client.GetDocumentAsync($"/staff/booking/appointments/{appointment.Id}");

        var response = await client.SubmitAsync(page, $"/staff/booking/appointments/{appointment.Id}",
            new Dictionary<string, string> { ["NewStatus"] = "cancelled", ["Version"] = appointment.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose why the appointment is cancelled.", (await WebTestHelpers.ParseAsync(response)).QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.Equal("booked", (await db.Appointments.SingleAsync(a => a.Id == appointment.Id)).Status);
    }
}
