using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.TestCommon;
using static Signpost.TestCommon.NavigationTestData;

namespace Signpost.Web.Tests.Pages.Staff;

/// <summary>One queue by urgency and waiting time, at-risk highlighting, audited views (hazards H5, H9).</summary>
public class QueueTests
{
    private static async Task<HttpClient> SignedInAsync(SignpostWebFactory factory, string role)
    {
        var user = await TestData.AddStaffUserAsync(await TestDatabase.GetAsync(), role);
        return await factory.SignedInClientAsync(user.Email);
    }

    [Fact]
    public async Task Queue_EmergencyBeforeOlderRoutine_AndOlderBeforeNewerAtTheSameUrgency()
    {
        var older = await NavigationStaffHelpers.SaveRequestAsync(new TestClock(London(2026, 11, 24, 9)), "Back pain after lifting");
        var newer = await NavigationStaffHelpers.SaveRequestAsync(new TestClock(London(2026, 11, 24, 10)), "Back pain when gardening");
        var emergency = await NavigationStaffHelpers.SaveRequestAsync(new TestClock(London(2026, 11, 24, 11)), "Crushing chest pain");
        await using var factory = await SignpostWebFactory.CreateAsync(clock: new TestClock(London(2026, 11, 24, 12)));
        var client = await SignedInAsync(factory, StaffRoles.Navigator);

        var page = await client.GetDocumentAsync("/staff/requests");

        var order = page.QuerySelectorAll("#queue tbody a").Select(a => a.TextContent).ToList();
        Assert.True(order.IndexOf(emergency.Reference) < order.IndexOf(older.Reference));
        Assert.True(order.IndexOf(older.Reference) < order.IndexOf(newer.Reference));
    }

    [Fact]
    public async Task Queue_OneHourBeforeTheDeadline_RowMarkedAtRisk()
    {
        var request = await NavigationStaffHelpers.SaveRequestAsync(new TestClock(London(2030, 1, 8, 10)), "Back pain");
        await using var factory = await SignpostWebFactory.CreateAsync(clock: new TestClock(London(2030, 1, 9, 9)));
        var client = await SignedInAsync(factory, StaffRoles.Navigator);

        var page = await client.GetDocumentAsync("/staff/requests");

        var row = page.QuerySelectorAll("#queue tbody tr").Single(tr => tr.TextContent.Contains(request.Reference, StringComparison.Ordinal));
        Assert.Contains("signpost-at-risk", row.ClassName, StringComparison.Ordinal);
        Assert.Contains("At risk", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestPage_EachView_Audited()
    {
        var request = await NavigationStaffHelpers.SaveRequestAsync(NavigationStaffHelpers.Weekday, "Back pain");
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await SignedInAsync(factory, StaffRoles.Navigator);

        await client.GetDocumentAsync($"/staff/requests/{request.Id}");
        await client.GetDocumentAsync($"/staff/requests/{request.Id}");

        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.Equal(2, await db.AuditLog.CountAsync(a => a.EntityId == request.Id.ToString() && a.Action == "navigation-request.viewed"));
    }

    [Fact]
    public async Task Take_Navigator_ShownAsHandling()
    {
        var request = await NavigationStaffHelpers.SaveRequestAsync(NavigationStaffHelpers.Weekday, "Back pain");
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await SignedInAsync(factory, StaffRoles.Navigator);

        await client.PostFormAsync($"/staff/requests/{request.Id}", new Dictionary<string, string>(), "form[action*=Take]");

        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.StartsWith("navigator-", (await db.NavigationRequests.SingleAsync(r => r.Id == request.Id)).HandledBy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assign_ToARole_Saved()
    {
        var request = await NavigationStaffHelpers.SaveRequestAsync(NavigationStaffHelpers.Weekday, "Back pain");
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await SignedInAsync(factory, StaffRoles.Navigator);

        await client.PostFormAsync($"/staff/requests/{request.Id}", new Dictionary<string, string> { ["AssignRole"] = "physiotherapist" }, "form[action*=Assign]");

        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.Equal("physiotherapist", (await db.NavigationRequests.SingleAsync(r => r.Id == request.Id)).AssignedRole);
    }
}
