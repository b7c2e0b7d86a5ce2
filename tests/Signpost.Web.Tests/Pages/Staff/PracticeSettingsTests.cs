using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.Staff;

public class PracticeSettingsTests
{
    [Fact]
    public async Task Save_Manager_HoursAndCapStoredAndAudited()
    {
        var database = await TestDatabase.GetAsync();
        await database.EnsureReferenceDataAsync();
        var manager = await TestData.AddStaffUserAsync(database, StaffRoles.Manager);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(manager.Email);

        await client.PostFormAsync("/staff/practice-settings", new Dictionary<string, string> { ["Practice"] = "E81004", ["Opens"] = "07:30", ["Closes"] = "20:00", ["Cap"] = "45" });

        await using var db = TestData.CreateDb(database);
        var saved = await db.PracticeNavigationSettings.SingleAsync(s => s.PracticeOdsCode == "E81004");
        Assert.Equal((new TimeOnly(7, 30), new TimeOnly(20, 0), 45), (saved.OnlineOpens, saved.OnlineCloses, saved.DailyOnlineMedicalCap!.Value));
        Assert.True(await db.AuditLog.AnyAsync(a => a.EntityId == "E81004" && a.Action == "practice-navigation-settings.changed"));
    }

    [Fact]
    public async Task Save_ClosesBeforeOpens_ErrorNot500()
    {
        var database = await TestDatabase.GetAsync();
        await database.EnsureReferenceDataAsync();
        var manager = await TestData.AddStaffUserAsync(database, StaffRoles.Manager);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(manager.Email);

        var response = await client.PostFormAsync("/staff/practice-settings", new Dictionary<string, string> { ["Practice"] = "E81004", ["Opens"] = "18:00", ["Closes"] = "8am", ["Cap"] = "lots" });

        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("Enter a time like 08:00 or 18:30", text, StringComparison.Ordinal);
        Assert.Contains("Enter the cap as a whole number", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_Navigator_Refused()
    {
        var navigator = await TestData.AddStaffUserAsync(await TestDatabase.GetAsync(), StaffRoles.Navigator);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(navigator.Email);

        var response = await client.GetAsync(new Uri("/staff/practice-settings", UriKind.Relative));

        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
