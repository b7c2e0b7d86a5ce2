using Microsoft.Playwright;
using Signpost.Core.Accounts;
using Signpost.TestCommon;

namespace Signpost.EndToEndTests.Journeys;

[Collection(BrowserTests.Name)]
public class AnalyticsJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Manager_ImportsTheBlmkGpadFileAndSeesChartsAndTables()
    {
        await browser.Database.EnsureReferenceDataAsync();
        var manager = await TestData.AddStaffUserAsync(browser.Database, StaffRoles.Manager);
        var page = await SignInAsync(manager.Email);

        await page.GotoAsync("/staff/analytics/imports");
        await page.GetByLabel("GPAD regional CSV", new() { Exact = false }).CheckAsync();
        await page.GetByLabel("CSV file").SetInputFilesAsync(AnalyticsTestData.RealFile("gpad", "blmk_regional_csv_*.csv"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("blmk_regional_csv_ccg_M1J4Y_2019-03_to_2021-08.csv");
        await page.GotoAsync("/staff/analytics/appointments?From=2019-03&To=2021-08&Area=M1J4Y");

        await Assertions.Expect(page.Locator(".signpost-chart--drawn")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Financial year 2020/21" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Manager_EquityAndPracticeDataPages_NoAxeViolations()
    {
        await browser.Database.EnsureReferenceDataAsync();
        var manager = await TestData.AddStaffUserAsync(browser.Database, StaffRoles.Manager);
        var page = await SignInAsync(manager.Email);
        // A day-by-day month, so that the daily page is checked with its chart and table.
        await AnalyticsTestData.ImportsFor(browser.Database.DataSource).ImportAsync("gpad-regional", AnalyticsTestData.WriteCsv("daily.csv",
            "SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_ONS_CODE,SUB_ICB_LOCATION_NAME,ICB_ONS_CODE,ICB_NAME,REGION_ONS_CODE,REGION_NAME,Appointment_Date,APPT_STATUS,HCP_TYPE,APPT_MODE,TIME_BETWEEN_BOOK_AND_APPT,COUNT_OF_APPOINTMENTS",
            "X7D7Y,E38000997,NHS Test ICB - X7D7Y,E54000999,NHS Test ICB,E40000007,East of England,01JUN2022,Attended,GP,Face-to-Face,Same Day,1200",
            "X7D7Y,E38000997,NHS Test ICB - X7D7Y,E54000999,NHS Test ICB,E40000007,East of England,02JUN2022,Attended,GP,Telephone,Same Day,987"));

        foreach (var path in new[] { "/staff/analytics", "/staff/analytics/equity", "/staff/analytics/daily", "/staff/analytics/online-consultations-and-telephony", "/staff/analytics/imports" })
        {
            await page.GotoAsync(path);
            await Accessibility.AssertNoViolationsAsync(page);
        }
    }

    private async Task<IPage> SignInAsync(string email)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(TestData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Staff home", Level = 1 })).ToBeVisibleAsync();
        return page;
    }
}
