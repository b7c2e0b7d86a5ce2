using System.Net;
using System.Text;
using System.Text.Json;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Endpoints;

public class NavigationEndpointsTests
{
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string json) =>
        await client.PostAsync(new Uri("/api/navigation/assess", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task Assess_ChestPain_EmergencyServicesWithReasonsAndVersion()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var response = await PostAsync(factory.CreateClient(), """{"ageYears": 58, "sex": "male", "description": "crushing chest pain"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal("emergency", body.GetProperty("urgency").GetString());
        Assert.Equal("emergency-services", body.GetProperty("destination").GetProperty("type").GetString());
        Assert.Equal("1.0.0", body.GetProperty("ruleSetVersion").GetString());
        Assert.Contains("heart attack", body.GetProperty("reasons")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_SoreThroat_PharmacyFirstPathwayAndNoRole()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var response = await PostAsync(factory.CreateClient(), """
            {"ageYears": 30, "sex": "female", "pregnant": false, "description": "sore throat for 3 days",
             "answers": {"preferredModality": "video"}, "language": "en"}
            """);

        var destination = (await JsonAsync(response)).GetProperty("destination");
        Assert.Equal(("community-pharmacy", "acute-sore-throat"), (destination.GetProperty("type").GetString(), destination.GetProperty("pathway").GetString()));
        Assert.False(destination.TryGetProperty("role", out _));
    }

    [Fact]
    public async Task Assess_BackPain_GeneralPracticeWithRoleAndModality()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var response = await PostAsync(factory.CreateClient(), """{"ageYears": 45, "sex": "male", "description": "back pain after lifting", "answers": {"preferredModality": "phone"}}""");

        var body = await JsonAsync(response);
        Assert.Equal("physiotherapist", body.GetProperty("destination").GetProperty("role").GetString());
        Assert.Equal("phone", body.GetProperty("modality").GetString());
    }

    [Theory]
    [InlineData("{\"ageYears\": 30, \"sex\": \"female\", \"description\": ", "not valid JSON")]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("{\"ageYears\": 131, \"sex\": \"female\", \"description\": \"x\"}", "'ageYears' must be a number from 0 to 130")]
    [InlineData("{\"ageYears\": \"ten\", \"sex\": \"female\", \"description\": \"x\"}", "'ageYears' must be a number from 0 to 130")]
    [InlineData("{\"ageYears\": 30, \"sex\": \"woman\", \"description\": \"x\"}", "'sex' must be one of female, male, other")]
    [InlineData("{\"ageYears\": 30, \"sex\": \"female\"}", "'description' is required")]
    [InlineData("{\"ageYears\": 30, \"sex\": \"female\", \"description\": \"x\", \"pregnant\": \"yes\"}", "'pregnant' must be true or false")]
    [InlineData("{\"ageYears\": 30, \"sex\": \"female\", \"description\": \"x\", \"answers\": {\"redFlags\": [\"chestpain\"]}}", "'answers.redFlags' has 'chestpain', which is not a red flag")]
    [InlineData("{\"ageYears\": 30, \"sex\": \"female\", \"description\": \"x\", \"answers\": {\"redflags\": []}}", "'answers.redflags' is not a known answer")]
    [InlineData("{\"ageYears\": 30, \"sex\": \"female\", \"description\": \"x\", \"answers\": {\"preferredModality\": \"pigeon\"}}", "'answers.preferredModality' must be one of")]
    [InlineData("{\"ageYears\": 30, \"sex\": \"female\", \"description\": \"x\", \"language\": \"Urdu language\"}", "'language' must be a language code")]
    [InlineData("{\"age\": 30, \"sex\": \"female\", \"description\": \"x\"}", "'age' is not a known field")]
    public async Task Assess_BadInput_400WithClearMessage(string json, string message)
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var response = await PostAsync(factory.CreateClient(), json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_NotJsonContentType_400()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var response = await factory.CreateClient().PostAsync(new Uri("/api/navigation/assess", UriKind.Relative), new StringContent("age=3", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Content-Type: application/json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_StoresNothing_AuditLogUnchanged()
    {
        var database = await TestDatabase.GetAsync();
        await using var factory = await SignpostWebFactory.CreateAsync();
        var marker = "stateless-" + Guid.NewGuid().ToString("N");

        await PostAsync(factory.CreateClient(), $$"""{"ageYears": 30, "sex": "female", "description": "{{marker}} sore throat"}""");

        await using var command = database.DataSource.CreateCommand("select count(*) from audit_log where details::text like $1");
        command.Parameters.AddWithValue("%" + marker + "%");
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Startup_InvalidRuleSet_StopsWithTheProblem()
    {
        var file = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, File.ReadAllText(ShippedRules.Path).Replace("\"version\": \"1.0.0\"", "\"version\": \"one\"", StringComparison.Ordinal));
        await using var factory = await SignpostWebFactory.CreateAsync(new Dictionary<string, string?> { ["Signpost:Navigation:RuleSetPath"] = file });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("version 'one' must look like 1.0.0", error.ToString(), StringComparison.Ordinal);
    }
}
