using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Booking.Appointments;
using Signpost.Core.Booking.Notifications;
using Signpost.TestCommon;
using Signpost.Web.Tests.Pages.Booking;

namespace Signpost.Web.Tests.Pages.Staff.Booking;

// The tests that run the booking dispatcher are in this one class, so they run one at a time (each sends every due message).
public class OutboxTests
{
    [Fact]
    public async Task Outbox_AfterBookingAndDispatch_ShowsTheConfirmationInUkTime()
    {
        var (_, _, slots) = await BookingPageHelpers.PhysioHubAsync(1);
        var navigator = await TestData.AddStaffUserAsync(await TestDatabase.GetAsync(), StaffRoles.Navigator);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var phone = $"07700 9{Random.Shared.Next(10000, 99999)}";
        await factory.Services.GetRequiredService<SlotBooker>().BookSlotAsync(
            new BookSlotOptions(slots[0].Id, BookingTestData.Patient(phone), BookingChannels.Navigator, AuditActor.System));
        await factory.Services.GetRequiredService<NotificationDispatcher>().DispatchDueAsync();
        var client = await factory.SignedInClientAsync(navigator.Email);

        var page = await client.GetDocumentAsync("/staff/booking/outbox");

        var message = page.QuerySelectorAll("#dev-messages li").Select(li => li.TextContent).First(t => t.Contains(phone, StringComparison.Ordinal));
        Assert.Contains("NHS appointment booked: face to face with a physiotherapist", message, StringComparison.Ordinal);
        Assert.Contains("(UK time)", message, StringComparison.Ordinal);
        Assert.Contains("development", page.QuerySelector("#configured-sender")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_NotifyConfigured_BookingConfirmationGoesToNotifyAndPageShowsSender()
    {
        await using var notify = new FakeHttpServer(r => NotifyTestSettings.Accepted("notify-" + Reference(r)));
        var (_, _, slots) = await BookingPageHelpers.PhysioHubAsync(1);
        var navigator = await TestData.AddStaffUserAsync(await TestDatabase.GetAsync(), StaffRoles.Navigator);
        await using var factory = await SignpostWebFactory.CreateAsync(NotifyTestSettings.For(notify.Url));
        var phone = $"07700 9{Random.Shared.Next(10000, 99999)}";
        var booked = await factory.Services.GetRequiredService<SlotBooker>().BookSlotAsync(
            new BookSlotOptions(slots[0].Id, BookingTestData.Patient(phone), BookingChannels.Navigator, AuditActor.System));
        await factory.Services.GetRequiredService<NotificationDispatcher>().DispatchDueAsync();
        var client = await factory.SignedInClientAsync(navigator.Email);

        var page = await client.GetDocumentAsync("/staff/booking/outbox");

        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var confirmation = await db.Set<BookingNotification>().SingleAsync(n => n.AppointmentId == booked.Appointment!.Id && n.Kind == "confirmation");
        var request = Assert.Single(notify.Requests, r => Reference(r) == confirmation.Id.ToString());
        Assert.Equal(phone, JsonDocument.Parse(request.Body).RootElement.GetProperty("phone_number").GetString());
        Assert.Equal(("sent", "govuk-notify", "notify-" + confirmation.Id), (confirmation.Status, confirmation.Sender, confirmation.ProviderReference));
        var row = page.QuerySelector($"#notification-{confirmation.Id}")!.TextContent;
        Assert.Contains("GOV.UK Notify", row, StringComparison.Ordinal);
        Assert.Contains("GOV.UK Notify", page.QuerySelector("#configured-sender")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("#dev-messages li"), li => li.TextContent.Contains(phone, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Outbox_FailedMessage_ShowsStatusAttemptsReasonAndSenderAndTheViewIsAudited()
    {
        var navigator = await TestData.AddStaffUserAsync(await TestDatabase.GetAsync(), StaffRoles.Navigator);
        var id = Guid.NewGuid();
        await using (var db = TestData.CreateDb(await TestDatabase.GetAsync()))
        {
            var now = DateTimeOffset.UtcNow;
            db.Set<BookingNotification>().Add(new BookingNotification
            {
                Id = id, Kind = "reminder", Channel = "sms", Recipient = "07700 900777", Status = "failed", Attempts = 1, DueAt = now, NextAttemptAt = now, CreatedAt = now,
                LastError = "Notify answered 400 Bad Request: ValidationError phone_number Not a UK mobile number.", Sender = "govuk-notify",
            });
            await db.SaveChangesAsync();
        }
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(navigator.Email);

        var page = await client.GetDocumentAsync("/staff/booking/outbox");

        var cells = page.QuerySelectorAll($"#notification-{id} td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["reminder", "failed", "1", "Notify answered 400 Bad Request: ValidationError phone_number Not a UK mobile number.", "GOV.UK Notify"],
            [cells[1], cells[3], cells[5], cells[6], cells[7]]);
        await using var check = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.True(await check.AuditLog.AnyAsync(e => e.Actor == navigator.Email && e.Action == "booking-outbox.viewed"));
    }

    private static string Reference(RecordedRequest request) => JsonDocument.Parse(request.Body).RootElement.GetProperty("reference").GetString()!;
}
