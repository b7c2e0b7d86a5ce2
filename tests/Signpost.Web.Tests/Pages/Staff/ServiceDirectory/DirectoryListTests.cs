using System.Net;
using Signpost.Core.Accounts;
using Signpost.Core.ServiceDirectory;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.Staff.ServiceDirectory;

public class DirectoryListTests
{
    [Fact]
    public async Task List_ServiceCheckedSevenMonthsAgo_FlaggedStale()
    {
        var database = await TestDatabase.GetAsync();
        var old = await DirectoryTestData.AddServiceAsync(database, s => (s.LastVerifiedOn, s.LastVerifiedBy) = (DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(-7)), "someone@test.nhs.uk"));
        var word = old.Name.Split(' ')[^1];
        await DirectoryTestData.AddServiceAsync(database, s => { s.Name = "Fresh " + word; (s.LastVerifiedOn, s.LastVerifiedBy) = (DateOnly.FromDateTime(DateTime.UtcNow.AddMonths(-1)), "someone@test.nhs.uk"); });
        var user = await TestData.AddStaffUserAsync(database, StaffRoles.Navigator);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(user.Email);

        var page = await client.GetDocumentAsync($"/staff/directory?Name={word}");
        var staleOnly = await client.GetDocumentAsync($"/staff/directory?Name={word}&StaleOnly=true");

        var rows = page.QuerySelectorAll("tbody tr").ToDictionary(r => r.QuerySelector("a")!.TextContent, r => r.QuerySelector(".signpost-stale") is not null);
        Assert.True(rows[old.Name]);
        Assert.False(rows["Fresh " + word]);
        Assert.Equal([old.Name], staleOnly.QuerySelectorAll("tbody tr a").Select(a => a.TextContent));
        Assert.NotNull(page.QuerySelector(".signpost-stale-report"));
    }

    [Fact]
    public async Task List_NotSignedIn_SentToSignIn()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var response = await factory.CreateBrowserClient().GetAsync(new Uri("/staff/directory", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_EditorAddsAServiceToAnOrganisation_ItIsListedAndAudited()
    {
        var database = await TestDatabase.GetAsync();
        await DirectoryTestData.EnsureSeededAsync();
        var user = await TestData.AddStaffUserAsync(database, StaffRoles.DirectoryEditor);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(user.Email);
        var page = await client.GetDocumentAsync("/staff/directory/services/new");
        var name = "New clinic " + DirectoryTestData.UniqueWord();
        var values = FormValues.Read(page.QuerySelector("main form[method=post]")!)
            .With("OrganisationId", StableId.For("ods:U15644").ToString()).With("Form.Name", name)
            .With("Form.Terms", StableId.For("term:phlebotomy").ToString()).With("Form.Hours[3]", "09:00-12:00");

        var response = await client.PostAsync(new Uri("/staff/directory/services/new", UriKind.Relative), new FormUrlEncodedContent(values));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var found = await client.GetDocumentAsync($"/services?Need={Uri.EscapeDataString(name.Split(' ')[^1])}&Postcode=LU7+1RS");
        Assert.Equal([name], found.QuerySelectorAll(".signpost-results > li h3").Select(h => h.TextContent.Trim()));
        var audit = await client.GetDocumentAsync("/staff/directory/services/" + response.Headers.Location!.OriginalString.Split('/')[^1]);
        Assert.Contains("directory-service.created", audit.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
