using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Notifications;
using Signpost.TestCommon;

namespace Signpost.EndToEndTests.Journeys;

[Collection(BrowserTests.Name)]
public class BookingJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Navigator_BooksHubPhysio_PersonCancelsThroughTheirLink()
    {
        var practice = await PhysioAtHubAsync();
        var request = await TriagedToHubPhysioAsync(practice, "07700 900982");
        var navigator = await TestData.AddStaffUserAsync(browser.Database, StaffRoles.Navigator);
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"/staff/requests/{request}");
        await page.GetByLabel("Email address").FillAsync(navigator.Email);
        await page.GetByLabel("Password").FillAsync(TestData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // The triaged request opens the booking form filled from its outcome: physiotherapist, face to face, within 2 days.
        await page.GetByRole(AriaRole.Link, new() { Name = "Book an appointment" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Who to see")).ToHaveValueAsync(MdtRoles.Physiotherapist);
        await Assertions.Expect(page.GetByLabel("How soon")).ToHaveValueAsync(UrgencyTimeFrames.WithinTwoDays);
        await Assertions.Expect(page.GetByLabel("GP practice")).ToHaveValueAsync(practice);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find times" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Locator("input[name=SlotId]").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Book this time" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Appointment booked" })).ToBeVisibleAsync();

        var person = await browser.NewPageAsync();
        await person.GotoAsync(await ManagePathAsync("07700 900982"));
        await Accessibility.AssertNoViolationsAsync(person);
        await person.GetByRole(AriaRole.Button, new() { Name = "Cancel this appointment" }).ClickAsync();
        await Assertions.Expect(person.Locator("#cancelled")).ToContainTextAsync("Your appointment has been cancelled");
    }

    private async Task<string> PhysioAtHubAsync()
    {
        await using var db = TestData.CreateDb(browser.Database);
        var (pcn, practice) = await BookingTestData.AddPcnAsync(db);
        await BookingTestData.AddSiteAsync(db, pcn, practice);
        // The day after the app's own (fixture) clock, so the slots are in its future whatever day the tests run.
        var start = new DateTimeOffset(browser.Clock.GetUtcNow().UtcDateTime.Date.AddDays(1).AddHours(10), TimeSpan.Zero);
        await BookingTestData.AddClinicWithSlotsAsync(db, start, 3, MdtRoles.Physiotherapist, Modalities.FaceToFace, pcn, practiceCode: null);
        return practice;
    }

    /// <summary>A request saved through the intake, then given a clinician's outcome: the hub physiotherapist, face to face, soon.</summary>
    private async Task<Guid> TriagedToHubPhysioAsync(string practice, string phone)
    {
        await browser.Database.EnsureReferenceDataAsync();
        await using var db = TestData.CreateDb(browser.Database);
        var saved = await NavigationTestData.Intake(db, browser.Clock).SubmitAsync(NavigationTestData.Request("Pain in my lower back for three weeks"), AuditActor.System);
        var request = await db.NavigationRequests.SingleAsync(r => r.Id == saved.Request!.Id);
        (request.PracticeOdsCode, request.Phone) = (practice, phone);
        (request.FinalDestination, request.FinalRole, request.FinalModality, request.FinalUrgency) = ("general-practice", "physiotherapist", "face-to-face", "soon");
        await db.SaveChangesAsync();
        return request.Id;
    }

    // The confirmation's link is in the message queued for the person; the database keeps only the token's hash.
    private async Task<string> ManagePathAsync(string phone)
    {
        await using var db = TestData.CreateDb(browser.Database);
        var personalisation = await db.Set<BookingNotification>().Where(n => n.Kind == "confirmation" && n.Recipient == phone)
            .OrderByDescending(n => n.CreatedAt).Select(n => n.Personalisation).FirstAsync();
        return JsonDocument.Parse(personalisation).RootElement.GetProperty("manage_path").GetString()!;
    }
}
