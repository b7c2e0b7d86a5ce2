using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Booking.Appointments;
using Signpost.Core.Booking.Notifications;
using Signpost.TestCommon;
using Signpost.Web.Tests.Pages.Booking;

namespace Signpost.Web.Tests.Pages.Staff.Booking;

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
    }
}
