using System.Net;
using System.Text.Json.Nodes;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Endpoints.Fhir;

/// <summary>Signpost's resources against the BaRS (FHIR R4, UK Core) examples in Examples/ (see its SOURCE.md).</summary>
public class FhirShapeTests
{
    // R4 elements Signpost fills that the BaRS examples happen not to show.
    private static readonly string[] R4SlotExtras = ["serviceType", "specialty"];
    private static readonly string[] R4AppointmentExtras = ["extension", "cancelationReason", "serviceCategory", "serviceType", "specialty"];

    private static JsonNode Example(string file) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Endpoints", "Fhir", "Examples", file)))!;

    private static IEnumerable<JsonNode> Resources(JsonNode bundle, string type) =>
        bundle["entry"]!.AsArray().Select(e => e!["resource"]!).Where(r => (string)r["resourceType"]! == type);

    private static HashSet<string> Keys(JsonNode node) => node.AsObject().Select(p => p.Key).ToHashSet();

    private static async Task<(SignpostWebFactory Factory, HttpClient Client, List<Signpost.Core.Booking.BookingSlot> Slots)> ArrangeAsync()
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var (_, slots) = await BookingTestData.AddClinicWithSlotsAsync(db, DateTimeOffset.UtcNow.AddDays(2), 2);
        var factory = await SignpostWebFactory.CreateAsync();
        return (factory, (await FhirTestClient.CreateAsync(factory)).Client, slots);
    }

    [Fact]
    public async Task SlotSearch_SameShapeAsBarsExample()
    {
        var (factory, client, slots) = await ArrangeAsync();
        await using var _ = factory;
        var example = Example("slot-search-GET-Slot-response-searchset.json");

        var ours = await (await client.GetAsync(new Uri($"/api/fhir/Slot?status=free&schedule=Schedule/{slots[0].ScheduleId}", UriKind.Relative))).JsonAsync();

        Assert.Subset(Keys(example), Keys(ours));
        var allowed = Keys(Resources(example, "Slot").First()).Concat(R4SlotExtras).ToHashSet();
        Assert.All(Resources(ours, "Slot"), slot => Assert.Subset(allowed, Keys(slot)));
        Assert.All(Resources(ours, "Slot"), slot => Assert.Equal(Keys(Resources(example, "Slot").First()["schedule"]!), Keys(slot["schedule"]!)));
    }

    [Fact]
    public async Task Appointment_SameShapeAsBarsExample()
    {
        var (factory, client, slots) = await ArrangeAsync();
        await using var _ = factory;
        var example = Example("appointment-search-GET-Appointment-by-patient-response.json");

        var ours = await (await client.BookAsync(slots[0].Id)).JsonAsync();

        var exampleAppointment = Resources(example, "Appointment").First();
        Assert.Subset(Keys(exampleAppointment).Concat(R4AppointmentExtras).ToHashSet(), Keys(ours));
        Assert.Subset(Keys(exampleAppointment["participant"]![0]!), Keys(ours["participant"]![0]!));
        Assert.Equal("ATND", (string)ours["participant"]![0]!["type"]![0]!["coding"]![0]!["code"]!);
    }

    [Fact]
    public async Task Conflict_SameOutcomeAsBarsExample()
    {
        var (factory, client, slots) = await ArrangeAsync();
        await using var _ = factory;
        var example = Example("operationoutcome-409-REC_CONFLICT.json")["issue"]![0]!;
        await client.BookAsync(slots[0].Id);

        var response = await client.BookAsync(slots[0].Id);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var issue = (await response.JsonAsync())["issue"]![0]!;
        Assert.Equal(((string)example["severity"]!, (string)example["code"]!), ((string)issue["severity"]!, (string)issue["code"]!));
        Assert.Equal(example["details"]!["coding"]![0]!.ToJsonString(), issue["details"]!["coding"]![0]!.ToJsonString());
    }
}
