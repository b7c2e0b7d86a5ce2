using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.ServiceDirectory;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.Staff.ServiceDirectory;

public class EditServiceTests
{
    private static async Task<(HttpClient Client, DirectoryService Service, string Email)> EditorWithServiceAsync(string role = StaffRoles.DirectoryEditor)
    {
        var database = await TestDatabase.GetAsync();
        var service = await DirectoryTestData.AddServiceAsync(database, s =>
        {
            s.Taxonomy = [new ServiceTaxonomy { ServiceId = s.Id, TermId = StableId.For("term:phlebotomy") }];
            s.OpeningBands = [new OpeningBand { Day = 1, OpensMinute = 540, ClosesMinute = 1020 }];
        }, 51.88, -0.42);
        var user = await TestData.AddStaffUserAsync(database, role);
        var factory = await SignpostWebFactory.CreateAsync();
        return (await factory.SignedInClientAsync(user.Email), service, user.Email);
    }

    private static async Task<HttpResponseMessage> PostEditAsync(HttpClient client, Guid id, Func<List<KeyValuePair<string, string>>, List<KeyValuePair<string, string>>> change)
    {
        var page = await client.GetDocumentAsync($"/staff/directory/services/{id}/edit");
        var values = change(FormValues.Read(page.QuerySelector("main form[method=post]")!));
        return await client.PostAsync(new Uri($"/staff/directory/services/{id}/edit", UriKind.Relative), new FormUrlEncodedContent(values));
    }

    [Fact]
    public async Task Edit_EditorCorrectsNameAndHours_SavedSearchableAndAuditedWithBeforeAndAfter()
    {
        var (client, service, email) = await EditorWithServiceAsync();
        var newName = "Corrected " + DirectoryTestData.UniqueWord();

        var response = await PostEditAsync(client, service.Id, v => v.With("Form.Name", newName).With("Form.Hours[2]", "08:00-12:00, 13:00-17:30"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var publicPage = await client.GetDocumentAsync($"/services/{service.Id}");
        Assert.Equal(newName, publicPage.QuerySelector("h1")!.TextContent);
        Assert.Contains("8am to midday and 1pm to 5:30pm", publicPage.QuerySelectorAll(".signpost-hours tr").Single(r => r.TextContent.Contains("Tuesday", StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        var found = await client.GetDocumentAsync($"/services?Need={Uri.EscapeDataString(newName.Split(' ')[1])}");
        Assert.Single(found.QuerySelectorAll(".signpost-results > li"));
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var entry = await db.AuditLog.SingleAsync(e => e.EntityId == service.Id.ToString() && e.Action == "directory-service.updated");
        Assert.Equal(email, entry.Actor);
        using var details = JsonDocument.Parse(entry.Details!);
        Assert.Equal(service.Name, details.RootElement.GetProperty("before").GetProperty("Name").GetString());
        Assert.Equal(newName, details.RootElement.GetProperty("after").GetProperty("Name").GetString());
    }

    [Theory]
    [InlineData("Form.Hours[1]", "9 till 5", "Enter Monday opening times like 08:00-12:30, 13:30-18:30")]
    [InlineData("Form.Hours[0]", "10:00-12:00, 11:00-13:00", "Enter Bank holidays opening times")]
    [InlineData("Form.MinimumAge", "-4", "Enter an age in years from 0 to 130")]
    [InlineData("Form.Exceptions", "25/12/2026 closed", "Line 1 of the changes to usual hours is not right")]
    [InlineData("Form.Languages", "Urdu", "Enter language codes separated by commas")]
    [InlineData("Form.PublicPhone", "call us", "Enter a phone number")]
    [InlineData("Form.Url", "www.example.com", "Enter a web address that starts with https://")]
    [InlineData("Form.Name", "", "Enter the name of the service")]
    public async Task Edit_BadValue_SaysWhatToDoAndChangesNothing(string field, string value, string message)
    {
        var (client, service, _) = await EditorWithServiceAsync();

        var response = await PostEditAsync(client, service.Id, v => v.With(field, value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebTestHelpers.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var saved = await db.DirectoryServices.AsNoTracking().SingleAsync(s => s.Id == service.Id);
        Assert.Equal((service.Name, 1), (saved.Name, saved.Version));
    }

    [Fact]
    public async Task Edit_NoTypeOfServiceTicked_AsksForOne()
    {
        var (client, service, _) = await EditorWithServiceAsync();

        var response = await PostEditAsync(client, service.Id, v => v.With("Form.Terms"));

        Assert.Contains("Select at least one type of service", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_SomeoneElseSavedFirst_RefusedWithAMessage()
    {
        var (client, service, _) = await EditorWithServiceAsync();
        var page = await client.GetDocumentAsync($"/staff/directory/services/{service.Id}/edit");
        var stale = FormValues.Read(page.QuerySelector("main form[method=post]")!);
        await PostEditAsync(client, service.Id, v => v.With("Form.Name", "First " + DirectoryTestData.UniqueWord()));

        var response = await client.PostAsync(new Uri($"/staff/directory/services/{service.Id}/edit", UriKind.Relative),
            new FormUrlEncodedContent(stale.With("Form.Name", "Second")));

        Assert.Contains("Someone else changed this service", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.StartsWith("First ", (await db.DirectoryServices.AsNoTracking().SingleAsync(s => s.Id == service.Id)).Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_NavigatorWithoutEditorRole_AccessDenied()
    {
        var (client, service, _) = await EditorWithServiceAsync(StaffRoles.Navigator);

        var response = await client.GetAsync(new Uri($"/staff/directory/services/{service.Id}/edit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_Editor_MarksCheckedTodayAndAudits()
    {
        var (client, service, email) = await EditorWithServiceAsync();
        var view = await client.GetDocumentAsync($"/staff/directory/services/{service.Id}");
        Assert.NotNull(view.QuerySelector(".signpost-stale"));

        var form = view.QuerySelectorAll("main form[method=post]").Cast<IHtmlFormElement>().Single(f => f.TextContent.Contains("Mark as checked", StringComparison.Ordinal));
        var response = await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), new FormUrlEncodedContent(FormValues.Read(form)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetDocumentAsync($"/staff/directory/services/{service.Id}");
        Assert.Null(after.QuerySelector(".signpost-stale"));
        Assert.Contains($"by {email}", after.QuerySelector(".signpost-verification")!.TextContent, StringComparison.Ordinal);
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.True(await db.AuditLog.AnyAsync(e => e.EntityId == service.Id.ToString() && e.Action == "directory-service.verified" && e.Actor == email));
    }

    [Fact]
    public async Task ProfessionalView_Navigator_SeesProfessionalNumbersButNoEditButtons()
    {
        var database = await TestDatabase.GetAsync();
        await DirectoryTestData.EnsureSeededAsync();
        var user = await TestData.AddStaffUserAsync(database, StaffRoles.Navigator);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(user.Email);

        var page = await client.GetDocumentAsync($"/staff/directory/services/{StableId.For("demo:lbhc-phlebotomy")}");

        Assert.Contains("01632 960103", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"a[href$='/edit']"));
    }
}
