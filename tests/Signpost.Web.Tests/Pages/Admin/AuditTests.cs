using System.Net;
using Signpost.Core.Accounts;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.Admin;

public class AuditTests
{
    [Fact]
    public async Task AuditPage_Admin_FindsTheSignInOfAUser()
    {
        var database = await TestDatabase.GetAsync();
        var admin = await TestData.AddStaffUserAsync(database, StaffRoles.Admin);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(admin.Email);

        var page = await client.GetDocumentAsync($"/admin/audit?Actor={Uri.EscapeDataString(admin.Email)}");

        var actions = page.QuerySelectorAll("tbody tr td:nth-child(3)").Select(td => td.TextContent).ToList();
        Assert.Contains("staff-user.signed-in", actions);
    }

    [Fact]
    public async Task AuditPage_NotAnAdmin_403()
    {
        var database = await TestDatabase.GetAsync();
        var navigator = await TestData.AddStaffUserAsync(database, StaffRoles.Navigator);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(navigator.Email);

        var response = await client.GetAsync(new Uri("/admin/audit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_BadDate_ErrorMessageNot500()
    {
        var database = await TestDatabase.GetAsync();
        var admin = await TestData.AddStaffUserAsync(database, StaffRoles.Admin);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(admin.Email);

        var response = await client.GetAsync(new Uri("/admin/audit?On=31-02-2026", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter a real date, like 2026-11-21", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
