using System.Net;
using System.Text;
using System.Text.Json;
using Signpost.TestCommon;
using static Signpost.TestCommon.NavigationTestData;

namespace Signpost.Web.Tests.Endpoints;

public class RequestsEndpointsTests
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Valid(string description = "Sore throat for 3 days") => $$"""
        {"personName": "Api {{Guid.NewGuid():N}}", "dateOfBirth": "1990-05-01", "sex": "female", "practiceOdsCode": "{{Practice}}",
         "phone": "07700 900123", "preferredLanguage": "pl", "requestType": "medical", "description": "{{description}}"}
        """;

    private static async Task<SignpostWebFactory> FactoryAsync(Dictionary<string, string?>? settings = null)
    {
        await (await TestDatabase.GetAsync()).EnsureReferenceDataAsync();
        return await SignpostWebFactory.CreateAsync(settings, new TestClock(London(2026, 11, 24, 10)));
    }

    [Fact]
    public async Task Post_ValidRequest_201WithReferenceAndAssessment()
    {
        await using var factory = await FactoryAsync();

        var response = await factory.CreateClient().PostAsync(new Uri("/api/requests", UriKind.Relative), Json(Valid()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("SP-", body.GetProperty("reference").GetString(), StringComparison.Ordinal);
        Assert.Equal("acute-sore-throat", body.GetProperty("assessment").GetProperty("destination").GetProperty("pathway").GetString());
    }

    [Theory]
    [InlineData("{\"personName\": 12}", "wrong type or is not known: $.personName")]
    [InlineData("{\"personName\": \"A\", \"nhsNumber\": \"x\"}", "wrong type or is not known")]
    [InlineData("{\"personName\": \"A\", \"dateOfBirth\": \"01/05/1990\", \"sex\": \"female\"}", "dateOfBirth: Date of birth must be a date like 1984-03-15")]
    [InlineData("{\"personName\": \"A\", \"ageYears\": 40}", "sex: Select their sex")]
    [InlineData("not json", "not valid JSON")]
    public async Task Post_BadInput_400WithClearMessage(string json, string message)
    {
        await using var factory = await FactoryAsync();

        var response = await factory.CreateClient().PostAsync(new Uri("/api/requests", UriKind.Relative), Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_OverThePublicLimit_429()
    {
        await using var factory = await FactoryAsync(new Dictionary<string, string?> { ["Signpost:RateLimits:PublicPostsPerMinute"] = "3" });
        var client = factory.CreateClient();
        // The in-process test server has no client address, so every test shares one counter: spend the allowance first.
        HttpResponseMessage? last = null;
        for (var i = 0; i < 8; i++) last = await client.PostAsync(new Uri("/api/requests", UriKind.Relative), Json("{}"));

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
    }
}
