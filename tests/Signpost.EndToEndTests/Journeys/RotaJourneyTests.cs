using Microsoft.Playwright;
using Signpost.Core.Accounts;
using Signpost.Core.Booking;
using Signpost.TestCommon;

namespace Signpost.EndToEndTests.Journeys;

[Collection(BrowserTests.Name)]
public class RotaJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Manager_CreatesAScheduleAndAddsASession_SlotsReportedAndNoAxeViolations()
    {
        await using var db = TestData.CreateDb(browser.Database);
        var (pcn, practice) = await BookingTestData.AddPcnAsync(db);
        var site = await BookingTestData.AddSiteAsync(db, pcn, practice);
        await BookingTestData.AddTypeAsync(db, MdtRoles.ClinicalPharmacist, minutes: 20);
        var manager = await TestData.AddStaffUserAsync(browser.Database, StaffRoles.Manager);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(manager.Email);
        await page.GetByLabel("Password").FillAsync(TestData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Staff home", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Booking schedules (rota)" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Create a schedule" }).ClickAsync();
        await page.GetByLabel("Site").SelectOptionAsync(site.Id.ToString());
        await page.GetByLabel("Member of the team").SelectOptionAsync("new");
        await page.GetByLabel("Name as patients see it").FillAsync("Pat Pharmacist");
        await page.GetByLabel("Role in the team").SelectOptionAsync(MdtRoles.ClinicalPharmacist);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the schedule" }).ClickAsync();
        await Assertions.Expect(page.Locator("#rota-done")).ToContainTextAsync("Schedule created");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Add a weekly session" }).ClickAsync();
        await page.GetByLabel("Day of the week").SelectOptionAsync("3");
        await page.GetByLabel("Start time").FillAsync("09:00");
        await page.GetByLabel("End time").FillAsync("10:10");
        await page.GetByLabel("Appointments").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the session" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("end it at 10:00 or 10:20");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("End time").FillAsync("10:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the session" }).ClickAsync();

        await Assertions.Expect(page.Locator("#rota-done")).ToContainTextAsync("Weekly session added.");
        await Assertions.Expect(page.Locator("#sessions")).ToContainTextAsync("Wednesday");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
