using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.Core.Booking.Notifications;
using Signpost.Core.Booking.Waitlist;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.Booking;

public class ManageAndOfferTests
{
    [Fact]
    public async Task CancelThroughLink_SlotOfferedToWaitlistWhoAcceptsThroughTheirLink()
    {
        var (practice, _, slots) = await BookingPageHelpers.PhysioHubAsync(1);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var booked = await factory.Services.GetRequiredService<SlotBooker>().BookSlotAsync(
            new BookSlotOptions(slots[0].Id, BookingTestData.Patient(), BookingChannels.Navigator, AuditActor.System));
        var waiting = await AddToWaitlistAsync(factory, practice, "07700 900555");
        var person = factory.CreateBrowserClient();
        var manage = await person.GetDocumentAsync($"/appointment/{booked.ManageToken}");

        var cancelled = await WebTestHelpers.ParseAsync(await person.SubmitAsync(manage, manage.QuerySelector("form[action$='handler=cancel']")!.GetAttribute("action")!, new Dictionary<string, string>()));
        var offerPath = await OfferPathAsync(waiting.Id);
        var other = factory.CreateBrowserClient();
        var offer = await other.GetDocumentAsync(offerPath);
        var accepted = await other.SubmitAsync(offer, offer.QuerySelector("form[action$='handler=accept']")!.GetAttribute("action")!, new Dictionary<string, string>());

        Assert.NotNull(cancelled.QuerySelector("#cancelled"));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var appointments = await db.Appointments.Where(a => a.SlotId == slots[0].Id).OrderBy(a => a.CreatedAt).ToListAsync();
        Assert.Equal([("cancelled", "navigator"), ("booked", "waitlist-offer")], appointments.Select(a => (a.Status, a.Channel)).ToList());
        Assert.Equal("booked", (await db.Set<WaitlistEntry>().SingleAsync(e => e.Id == waiting.Id)).State);
    }

    [Fact]
    public async Task Offer_Declined_PersonStaysWaiting()
    {
        var (practice, _, slots) = await BookingPageHelpers.PhysioHubAsync(1);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var booked = await factory.Services.GetRequiredService<SlotBooker>().BookSlotAsync(
            new BookSlotOptions(slots[0].Id, BookingTestData.Patient(), BookingChannels.Navigator, AuditActor.System));
        var waiting = await AddToWaitlistAsync(factory, practice, "07700 900556");
        await factory.Services.GetRequiredService<AppointmentStatusChanger>().ChangeStatusAsync(
            new ChangeStatusOptions(booked.Appointment!.Id, AppointmentStatuses.Cancelled, AuditActor.System) { Reason = "practice-cancelled" });
        var person = factory.CreateBrowserClient();
        var offer = await person.GetDocumentAsync(await OfferPathAsync(waiting.Id));

        var declined = await WebTestHelpers.ParseAsync(await person.SubmitAsync(offer, offer.QuerySelector("form[action$='handler=decline']")!.GetAttribute("action")!, new Dictionary<string, string>()));

        Assert.Equal("Thank you", declined.QuerySelector("h1")!.TextContent);
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.Equal("waiting", (await db.Set<WaitlistEntry>().SingleAsync(e => e.Id == waiting.Id)).State);
        Assert.Null((await db.BookingSlots.SingleAsync(s => s.Id == slots[0].Id)).HoldId);
    }

    private static async Task<WaitlistEntry> AddToWaitlistAsync(SignpostWebFactory factory, string practice, string phone)
    {
        using var scope = factory.Services.CreateScope();
        var need = new BookingNeed(practice, MdtRoles.Physiotherapist, Modalities.FaceToFace, null, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(14));
        return (await scope.ServiceProvider.GetRequiredService<WaitlistService>().AddAsync(new AddToWaitlistOptions(BookingTestData.Patient(phone), need, AuditActor.System)))!;
    }

    // The offer link is only in the message queued for the person (the database keeps the token's hash).
    private static async Task<string> OfferPathAsync(Guid entry)
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var phone = await db.Set<WaitlistEntry>().Where(e => e.Id == entry).Select(e => e.PatientPhone).SingleAsync();
        var personalisation = await db.Set<BookingNotification>().Where(n => n.Kind == "offer" && n.Recipient == phone).OrderByDescending(n => n.CreatedAt).Select(n => n.Personalisation).FirstAsync();
        return JsonDocument.Parse(personalisation).RootElement.GetProperty("offer_path").GetString()!;
    }
}
