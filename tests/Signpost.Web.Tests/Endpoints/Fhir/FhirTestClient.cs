using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Signpost.Core.ApiKeys;
using Signpost.Core.Audit;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Endpoints.Fhir;

/// <summary>An HTTP client with a fresh booking API key, and the JSON bodies the tests send.</summary>
public static class FhirTestClient
{
    public static async Task<(HttpClient Client, string KeyName)> CreateAsync(SignpostWebFactory factory)
    {
        var database = await TestDatabase.GetAsync();
        await using var db = TestData.CreateDb(database);
        var name = $"test-{Guid.NewGuid():N}"[..30];
        var (_, key) = await new ApiKeyStore(db, new AuditLog(db, TimeProvider.System), TimeProvider.System).CreateAsync(name, [ApiKeyScopes.Booking], AuditActor.System);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return (client, name);
    }

    public static string Appointment(Guid slot, string nhsNumber = "9434765919", string name = "Ada Lovelace") => $$"""
        {
          "resourceType": "Appointment",
          "status": "booked",
          "slot": [{ "reference": "Slot/{{slot}}" }],
          "participant": [{
            "actor": { "identifier": { "system": "https://fhir.nhs.uk/Id/nhs-number", "value": "{{nhsNumber}}" }, "display": "{{name}}" },
            "status": "accepted"
          }]
        }
        """;

    public static Task<HttpResponseMessage> BookAsync(this HttpClient client, Guid slot, string? idempotencyKey = null, string nhsNumber = "9434765919")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/fhir/Appointment") { Content = new StringContent(Appointment(slot, nhsNumber), Encoding.UTF8, "application/fhir+json") };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new JsonException("Empty body");
}
