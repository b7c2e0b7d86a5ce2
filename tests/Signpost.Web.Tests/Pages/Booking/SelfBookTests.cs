using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Booking;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.Booking;

public class SelfBookTests
{
    private static async Task<string> SendLinkAsync(SignpostWebFactory factory, string practice)
    {
        var navigator = await TestData.AddStaffUserAsync(await TestDatabase.GetAsync(), StaffRoles.Navigator);
        var staff = await factory.SignedInClientAsync(navigator.Email);
        var fields = BookingPageHelpers.Form(practice);
        var found = await WebTestHelpers.ParseAsync(await staff.SubmitAsync(await staff.GetDocumentAsync("/staff/booking"), "/staff/booking?handler=find", fields));
        var sent = await WebTestHelpers.ParseAsync(await staff.SubmitAsync(found, "/staff/booking?handler=link", fields));
        return new Uri(sent.QuerySelector("#link-sent a")!.GetAttribute("href")!).PathAndQuery;
    }

    [Fact]
    public async Task SelfBook_PickConfirm_BookedAndLinkUsedUp()
    {
        var (practice, _, slots) = await BookingPageHelpers.PhysioHubAsync(2);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var link = await SendLinkAsync(factory, practice);
        var person = factory.CreateBrowserClient();

        var choose = await person.GetDocumentAsync(link);
        var held = await person.SubmitAsync(choose, link, new Dictionary<string, string> { ["SlotId"] = slots[1].Id.ToString() });
        var confirm = await person.GetDocumentAsync(held.Headers.Location!.OriginalString);
        var booked = await person.SubmitAsync(confirm, confirm.QuerySelector("form[action$='handler=book']")!.GetAttribute("action")!, new Dictionary<string, string>());
        var manage = await person.GetDocumentAsync(booked.Headers.Location!.OriginalString);
        var again = await person.GetDocumentAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        Assert.NotNull(manage.QuerySelector("#booked"));
        Assert.Equal("This link has already been used", again.QuerySelector("h1")!.TextContent);
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.Equal("self-booking", (await db.Appointments.SingleAsync(a => a.SlotId == slots[1].Id)).Channel);
    }

    [Fact]
    public async Task SelfBook_NoTimeChosen_ErrorMessage()
    {
        var (practice, _, _) = await BookingPageHelpers.PhysioHubAsync(1);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var link = await SendLinkAsync(factory, practice);
        var person = factory.CreateBrowserClient();

        var response = await person.SubmitAsync(await person.GetDocumentAsync(link), link, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Select a time", (await WebTestHelpers.ParseAsync(response)).QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SelfBook_ExpiredLink_SaysSoAndOffersNoTimes()
    {
        var (practice, _, _) = await BookingPageHelpers.PhysioHubAsync(1);
        var token = BookingTokens.New();
        await using (var db = TestData.CreateDb(await TestDatabase.GetAsync()))
        {
            db.Set<BookingLink>().Add(new BookingLink
            {
                Id = Guid.NewGuid(), TokenHash = BookingTokens.Hash(token), Purpose = BookingLinkPurposes.SelfBook, CreatedBy = "test", CreatedAt = DateTimeOffset.UtcNow.AddDays(-8),
                ExpiresAt = DateTimeOffset.UtcNow.AddDays(-1), PatientName = "Test", PracticeCode = practice, Role = MdtRoles.Physiotherapist,
                EarliestAt = DateTimeOffset.UtcNow.AddDays(-8), LatestAt = DateTimeOffset.UtcNow.AddDays(7),
            });
            await db.SaveChangesAsync();
        }
        await using var factory = await SignpostWebFactory.CreateAsync();

        var page = await factory.CreateBrowserClient().GetDocumentAsync($"/book/{token}");

        Assert.Equal("This link has expired", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("input[name=SlotId]"));
    }

    [Fact]
    public async Task SelfBook_UnknownToken_404()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var response = await factory.CreateBrowserClient().GetAsync(new Uri("/book/not-a-token", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
