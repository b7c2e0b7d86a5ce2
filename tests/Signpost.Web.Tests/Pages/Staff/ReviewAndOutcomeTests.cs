using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Navigation.Outbox;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.Staff;

/// <summary>Clinician accept/override with a reason (both kept), outcome through the outbox, single-use feedback link.</summary>
public class ReviewAndOutcomeTests
{
    private static async Task<HttpClient> SignedInAsync(SignpostWebFactory factory, string role)
    {
        var user = await TestData.AddStaffUserAsync(await TestDatabase.GetAsync(), role);
        return await factory.SignedInClientAsync(user.Email);
    }

    private static Dictionary<string, string> Override(string reason) => new()
    {
        ["Review.Decision"] = "override", ["Review.Urgency"] = "urgent", ["Review.Destination"] = "general-practice",
        ["Review.Role"] = "gp", ["Review.Pathway"] = "", ["Review.Modality"] = "face-to-face", ["Review.Reason"] = reason,
    };

    [Fact]
    public async Task Review_OverrideWithReason_FinalChangedAndSuggestionKept()
    {
        var request = await NavigationStaffHelpers.SaveRequestAsync(NavigationStaffHelpers.Weekday);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await SignedInAsync(factory, StaffRoles.Clinician);

        await client.PostFormAsync($"/staff/requests/{request.Id}", Override("Third sore throat this month; examine today"), "form[action*=Review]");

        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var saved = await db.NavigationRequests.SingleAsync(r => r.Id == request.Id);
        Assert.Equal(("community-pharmacy", "acute-sore-throat"), (saved.SuggestedDestination, saved.SuggestedPathway));
        Assert.Equal(("overridden", "urgent", "gp", "Third sore throat this month; examine today"), (saved.ReviewDecision, saved.FinalUrgency, saved.FinalRole, saved.ReviewReason));
        Assert.True(await db.AuditLog.AnyAsync(a => a.EntityId == request.Id.ToString() && a.Action == "navigation-request.overridden"));
    }

    [Fact]
    public async Task Review_OverrideWithoutReason_ErrorAndNothingChanged()
    {
        var request = await NavigationStaffHelpers.SaveRequestAsync(NavigationStaffHelpers.Weekday);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await SignedInAsync(factory, StaffRoles.Clinician);

        var response = await client.PostFormAsync($"/staff/requests/{request.Id}", Override(" "), "form[action*=Review]");

        Assert.Contains("Give the reason for changing the suggested disposition", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.Null((await db.NavigationRequests.SingleAsync(r => r.Id == request.Id)).ReviewDecision);
    }

    [Fact]
    public async Task Review_Accept_FinalIsTheSuggestion()
    {
        var request = await NavigationStaffHelpers.SaveRequestAsync(NavigationStaffHelpers.Weekday);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await SignedInAsync(factory, StaffRoles.Clinician);

        await client.PostFormAsync($"/staff/requests/{request.Id}", new Dictionary<string, string> { ["Review.Decision"] = "accept" }, "form[action*=Review]");

        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var saved = await db.NavigationRequests.SingleAsync(r => r.Id == request.Id);
        Assert.Equal(("accepted", "community-pharmacy", "acute-sore-throat"), (saved.ReviewDecision, saved.FinalDestination, saved.FinalPathway));
    }

    [Fact]
    public async Task Review_ByANavigator_Forbidden()
    {
        var request = await NavigationStaffHelpers.SaveRequestAsync(NavigationStaffHelpers.Weekday);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var clinician = await SignedInAsync(factory, StaffRoles.Clinician);
        var navigator = await SignedInAsync(factory, StaffRoles.Navigator);
        var page = await clinician.GetDocumentAsync($"/staff/requests/{request.Id}");
        Assert.NotNull(page.QuerySelector("form[action*=Review]"));

        var form = await navigator.GetDocumentAsync($"/staff/requests/{request.Id}");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = Override("no");
        fields["__RequestVerificationToken"] = token;
        var response = await navigator.PostAsync(new Uri($"/staff/requests/{request.Id}?handler=Review", UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(form.QuerySelector("form[action*=Review]"));
    }

    [Fact]
    public async Task Outcome_Sent_MessageWithFeedbackLinkDeliveredOnceAndLinkWorksOnce()
    {
        var request = await NavigationStaffHelpers.SaveRequestAsync(NavigationStaffHelpers.Weekday);
        var database = await TestDatabase.GetAsync();
        await using var factory = await SignpostWebFactory.CreateAsync(new Dictionary<string, string?> { ["Signpost:Notifications:DispatchIntervalSeconds"] = "0" });
        var client = await SignedInAsync(factory, StaffRoles.Navigator);

        await client.PostFormAsync($"/staff/requests/{request.Id}", new Dictionary<string, string> { ["OutcomeMessage"] = "Please see the pharmacist at Ampthill today." }, "form[action*=Outcome]");
        while (await new OutboxDispatcher(database.DataSource, new DevelopmentNotificationSender(database.DataSource, TimeProvider.System), TimeProvider.System).DispatchOnceAsync() > 0) { }

        await using var db = TestData.CreateDb(database);
        var message = await db.Outbox.SingleAsync(m => m.RequestId == request.Id);
        var delivered = await db.DevSentNotifications.SingleAsync(d => d.OutboxId == message.Id);
        Assert.Equal(("sent", "sms", "07700900123"), (message.Status, delivered.Channel, delivered.Recipient));
        var link = new Uri(delivered.Body[delivered.Body.IndexOf("http", StringComparison.Ordinal)..].Trim()).PathAndQuery;
        var answers = new Dictionary<string, string> { ["Ease"] = "4", ["Respect"] = "5", ["PreferenceRespected"] = "yes" };
        var first = await WebTestHelpers.ParseAsync(await factory.CreateBrowserClient().PostFormAsync(link, answers));
        var second = await factory.CreateBrowserClient().GetDocumentAsync(link);
        Assert.NotNull(first.QuerySelector("#feedback-thanks"));
        Assert.Contains("already been used", second.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await db.FirstContactFeedback.CountAsync(f => f.RequestId == request.Id && f.Via == "link"));
    }

    [Fact]
    public async Task Feedback_UnknownToken_SaysTheLinkDoesNotWork()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/feedback/not-a-real-token");

        Assert.Equal("This link does not work", page.QuerySelector("h1")!.TextContent);
    }
}
