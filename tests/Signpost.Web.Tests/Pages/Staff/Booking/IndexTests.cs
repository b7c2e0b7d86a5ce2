using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Booking.Notifications;
using Signpost.TestCommon;
using Signpost.Web.Tests.Pages.Booking;

namespace Signpost.Web.Tests.Pages.Staff.Booking;

public class IndexTests
{
    private static async Task<(SignpostWebFactory Factory, HttpClient Client)> NavigatorAsync()
    {
        var navigator = await TestData.AddStaffUserAsync(await TestDatabase.GetAsync(), StaffRoles.Navigator);
        var factory = await SignpostWebFactory.CreateAsync();
        return (factory, await factory.SignedInClientAsync(navigator.Email));
    }

    [Fact]
    public async Task FindThenBook_HubPhysioForMemberPractice_BookedWithRequestAndConfirmationQueued()
    {
        var (practice, _, slots) = await BookingPageHelpers.PhysioHubAsync();
        var (factory, client) = await NavigatorAsync();
        await using var _ = factory;
        var request = Guid.NewGuid();
        var fields = BookingPageHelpers.Form(practice);
        fields["Form.RequestId"] = request.ToString();

        var found = await WebTestHelpers.ParseAsync(await client.SubmitAsync(await client.GetDocumentAsync("/staff/booking"), "/staff/booking?handler=find", fields));
        var choices = found.QuerySelectorAll("input[name=SlotId]").Select(i => i.GetAttribute("value")).ToList();
        fields["SlotId"] = choices[0]!;
        fields["IdempotencyKey"] = found.QuerySelector("input[name=IdempotencyKey]")!.GetAttribute("value")!;
        var booked = await client.SubmitAsync(found, "/staff/booking?handler=book", fields);

        Assert.Equal(slots.Select(s => s.Id.ToString()), choices);
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        var page = await client.GetDocumentAsync(booked.Headers.Location!.OriginalString);
        Assert.NotNull(page.QuerySelector("#booked"));
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var appointment = await db.Appointments.SingleAsync(a => a.SlotId == slots[0].Id);
        Assert.Equal((request, "navigator", "booked"), (appointment.RequestId!.Value, appointment.Channel, appointment.Status));
        Assert.True(await db.Set<BookingNotification>().AnyAsync(n => n.AppointmentId == appointment.Id && n.Kind == "confirmation"));
    }

    [Fact]
    public async Task Find_MissingNameBadNhsNumber_ErrorsAndNoSlots()
    {
        var (practice, _, _) = await BookingPageHelpers.PhysioHubAsync(1);
        var (factory, client) = await NavigatorAsync();
        await using var _ = factory;
        var fields = BookingPageHelpers.Form(practice, name: "");
        fields["Form.NhsNumber"] = "123 456 7890";

        var response = await client.SubmitAsync(await client.GetDocumentAsync("/staff/booking"), "/staff/booking?handler=find", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebTestHelpers.ParseAsync(response);
        var errors = page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Enter a real NHS number, like 943 476 5919", "Enter the person's full name"], errors.Order().ToList());
        Assert.Empty(page.QuerySelectorAll("input[name=SlotId]"));
    }

    [Fact]
    public async Task Book_SlotTakenMeanwhile_ErrorAndOtherTimesOffered()
    {
        var (practice, _, slots) = await BookingPageHelpers.PhysioHubAsync(2);
        var (factory, client) = await NavigatorAsync();
        await using var _ = factory;
        var fields = BookingPageHelpers.Form(practice);
        var found = await WebTestHelpers.ParseAsync(await client.SubmitAsync(await client.GetDocumentAsync("/staff/booking"), "/staff/booking?handler=find", fields));
        await using (var db = TestData.CreateDb(await TestDatabase.GetAsync()))
        {
            await db.BookingSlots.Where(s => s.Id == slots[0].Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, "busy"));
        }
        fields["SlotId"] = slots[0].Id.ToString();
        fields["IdempotencyKey"] = Guid.NewGuid().ToString();

        var page = await WebTestHelpers.ParseAsync(await client.SubmitAsync(found, "/staff/booking?handler=book", fields));

        Assert.Contains("That time has just been booked by someone else.", page.QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([slots[1].Id.ToString()], page.QuerySelectorAll("input[name=SlotId]").Select(i => i.GetAttribute("value")).ToList());
    }

    [Fact]
    public async Task BookingPage_TranslatorRole_AccessDenied()
    {
        var translator = await TestData.AddStaffUserAsync(await TestDatabase.GetAsync(), StaffRoles.Translator);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(translator.Email);

        var response = await client.GetAsync(new Uri("/staff/booking", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
