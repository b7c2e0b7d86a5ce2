using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.TestCommon;
using static Signpost.TestCommon.NavigationTestData;

namespace Signpost.Web.Tests.Pages.Requests;

/// <summary>The online form: red-flag screen first, 999 advice at once, request recorded and flagged (hazards H1, H2, H10).</summary>
public class OnlineRequestTests
{
    private static async Task<SignpostWebFactory> FactoryAsync()
    {
        await (await TestDatabase.GetAsync()).EnsureReferenceDataAsync();
        return await SignpostWebFactory.CreateAsync(clock: new TestClock(London(2026, 11, 24, 10)));
    }

    private static Dictionary<string, string> Fields(string description, string name) => new()
    {
        ["Form.PersonName"] = name, ["Form.DobDay"] = "15", ["Form.DobMonth"] = "3", ["Form.DobYear"] = "1984", ["Form.Sex"] = "female",
        ["Form.Pregnant"] = "no", ["Form.PracticeOdsCode"] = Practice, ["Form.RequestType"] = "medical", ["Form.Description"] = description,
        ["Form.Phone"] = "07700 900123", ["Form.PreferredLanguage"] = "ur", ["Form.PreferredModality"] = "phone",
    };

    [Fact]
    public async Task Start_NothingSelected_AsksToAnswer()
    {
        await using var factory = await FactoryAsync();
        var client = factory.CreateBrowserClient();

        var response = await client.PostFormAsync("/request", new Dictionary<string, string>());

        Assert.Contains("or select &#x27;None of these&#x27;", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ChestPainTicked_999AdviceAtOnce()
    {
        await using var factory = await FactoryAsync();
        var client = factory.CreateBrowserClient();

        var response = await client.PostFormAsync("/request", new Dictionary<string, string> { ["RedFlags"] = "chest-pain" });
        var advice = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);

        Assert.Equal("/request/emergency?flag=chest-pain", response.Headers.Location.OriginalString);
        Assert.Contains("Call 999 now", advice.QuerySelector("#emergency-advice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoneOfThese_GoesToTheForm()
    {
        await using var factory = await FactoryAsync();

        var response = await factory.CreateBrowserClient().PostFormAsync("/request", new Dictionary<string, string> { ["RedFlags"] = "none" });

        Assert.Equal("/request/details?screened=none", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Details_WithoutTheScreen_SentBackToIt()
    {
        await using var factory = await FactoryAsync();

        var response = await factory.CreateBrowserClient().GetAsync(new Uri("/request/details", UriKind.Relative));

        Assert.Equal(("/request", HttpStatusCode.Redirect), (response.Headers.Location!.OriginalString, response.StatusCode));
    }

    [Fact]
    public async Task Details_ValidRequest_SavedWithReferenceAndSuggestion()
    {
        await using var factory = await FactoryAsync();
        var name = "Online " + Guid.NewGuid().ToString("N")[..8];

        var response = await factory.CreateBrowserClient().PostFormAsync("/request/details?screened=none", Fields("Sore throat for three days", name));
        var page = await WebTestHelpers.ParseAsync(response);

        Assert.Contains("Your request has been sent", page.QuerySelector("#request-sent")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Pharmacy First", page.QuerySelector("#request-sent")!.TextContent, StringComparison.Ordinal);
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var saved = await db.NavigationRequests.SingleAsync(r => r.PersonName == name);
        Assert.Equal(("online", "ur", "phone", new DateOnly(1984, 3, 15)), (saved.Channel, saved.PreferredLanguage, saved.PreferredModality, saved.DateOfBirth!.Value));
    }

    [Fact]
    public async Task Details_ChestPainInTheText_999AdviceAtOnceAndRequestFlagged()
    {
        await using var factory = await FactoryAsync();
        var name = "Chest " + Guid.NewGuid().ToString("N")[..8];

        var response = await factory.CreateBrowserClient().PostFormAsync("/request/details?screened=none", Fields("I have had chest pain since this morning", name));
        var page = await WebTestHelpers.ParseAsync(response);

        Assert.Contains("Call 999 now", page.QuerySelector("#emergency-advice")!.TextContent, StringComparison.Ordinal);
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.True((await db.NavigationRequests.SingleAsync(r => r.PersonName == name)).EmergencyFlagged);
    }

    [Fact]
    public async Task Details_MissingAndBadFields_ErrorsAndTypedValuesKept()
    {
        await using var factory = await FactoryAsync();
        var fields = Fields("My knee hurts", "");
        fields["Form.DobDay"] = "31";
        fields["Form.DobMonth"] = "2";

        var response = await factory.CreateBrowserClient().PostFormAsync("/request/details?screened=none", fields);
        var page = await WebTestHelpers.ParseAsync(response);

        var summary = page.QuerySelector(".nhsuk-error-summary")!.TextContent;
        Assert.Contains("Date of birth must be a real date", summary, StringComparison.Ordinal);
        Assert.Contains("Enter the name of the person who needs help", summary, StringComparison.Ordinal);
        Assert.Equal("My knee hurts", page.QuerySelector("#Description")!.TextContent);
    }

    [Fact]
    public async Task Details_RedFlagCarriedFromTheScreen_RecordedWithTheRequest()
    {
        await using var factory = await FactoryAsync();
        var name = "Flagged " + Guid.NewGuid().ToString("N")[..8];

        await factory.CreateBrowserClient().PostFormAsync("/request/details?flag=stroke", Fields("Dad seems odd", name));

        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var saved = await db.NavigationRequests.SingleAsync(r => r.PersonName == name);
        Assert.Equal(["stroke"], saved.RedFlags);
        Assert.True(saved.EmergencyFlagged);
    }
}
