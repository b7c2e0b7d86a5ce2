using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Booking;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Endpoints.Fhir;

public class FhirAppointmentEndpointsTests
{
    private static async Task<(SignpostWebFactory Factory, HttpClient Client, string KeyName, List<BookingSlot> Slots)> ArrangeAsync(int slots = 2)
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var (_, list) = await BookingTestData.AddClinicWithSlotsAsync(db, DateTimeOffset.UtcNow.AddDays(2), slots);
        var factory = await SignpostWebFactory.CreateAsync();
        var (client, name) = await FhirTestClient.CreateAsync(factory);
        return (factory, client, name, list);
    }

    [Fact]
    public async Task Book_FreeSlot_201WithAppointmentAndLocation()
    {
        var (factory, client, _, slots) = await ArrangeAsync();
        await using var _ = factory;

        var response = await client.BookAsync(slots[0].Id);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var appointment = await response.JsonAsync();
        Assert.Equal(("Appointment", "booked"), ((string)appointment["resourceType"]!, (string)appointment["status"]!));
        Assert.Equal($"Slot/{slots[0].Id}", (string)appointment["slot"]![0]!["reference"]!);
        var patient = appointment["participant"]![0]!["actor"]!;
        Assert.Equal(("https://fhir.nhs.uk/Id/nhs-number", "9434765919", "Ada Lovelace"), ((string)patient["identifier"]!["system"]!, (string)patient["identifier"]!["value"]!, (string)patient["display"]!));
        Assert.EndsWith($"/api/fhir/Appointment/{appointment["id"]}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Book_SlotAlreadyTaken_409Conflict()
    {
        var (factory, client, _, slots) = await ArrangeAsync();
        await using var _ = factory;
        await client.BookAsync(slots[0].Id);

        var response = await client.BookAsync(slots[0].Id, nhsNumber: "9000000009");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var outcome = await response.JsonAsync();
        Assert.Equal(("OperationOutcome", "REC_CONFLICT"), ((string)outcome["resourceType"]!, (string)outcome["issue"]![0]!["details"]!["coding"]![0]!["code"]!));
    }

    [Theory]
    [InlineData("9434765918")]
    [InlineData("12345")]
    public async Task Book_BadNhsNumber_400AndNothingBooked(string nhsNumber)
    {
        var (factory, client, _, slots) = await ArrangeAsync();
        await using var _ = factory;

        var response = await client.BookAsync(slots[0].Id, nhsNumber: nhsNumber);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not a valid NHS number", (string)(await response.JsonAsync())["issue"]![0]!["diagnostics"]!, StringComparison.Ordinal);
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.False(await db.Appointments.AnyAsync(a => a.SlotId == slots[0].Id));
    }

    [Fact]
    public async Task Book_NotJson_400()
    {
        var (factory, client, _, _) = await ArrangeAsync();
        await using var _ = factory;

        var response = await client.PostAsync(new Uri("/api/fhir/Appointment", UriKind.Relative), new StringContent("{not json", Encoding.UTF8, "application/fhir+json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Book_RetryWithSameIdempotencyKey_SameAppointment()
    {
        var (factory, client, _, slots) = await ArrangeAsync();
        await using var _ = factory;
        var key = Guid.NewGuid().ToString();

        var first = await (await client.BookAsync(slots[0].Id, key)).JsonAsync();
        var retry = await client.BookAsync(slots[0].Id, key);

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal((string)first["id"]!, (string)(await retry.JsonAsync())["id"]!);
    }

    [Fact]
    public async Task ReadAndSearch_ByIdPatientAndSlot_FindTheBooking()
    {
        var (factory, client, _, slots) = await ArrangeAsync();
        await using var _ = factory;
        var nhsNumber = "4010232137";
        var id = (string)(await (await client.BookAsync(slots[0].Id, nhsNumber: nhsNumber)).JsonAsync())["id"]!;

        var read = await (await client.GetAsync(new Uri($"/api/fhir/Appointment/{id}", UriKind.Relative))).JsonAsync();
        var byPatient = await (await client.GetAsync(new Uri($"/api/fhir/Appointment?patient:identifier=https://fhir.nhs.uk/Id/nhs-number|{nhsNumber}", UriKind.Relative))).JsonAsync();
        var bySlot = await (await client.GetAsync(new Uri($"/api/fhir/Appointment?slot=Slot/{slots[0].Id}", UriKind.Relative))).JsonAsync();

        Assert.Equal(id, (string)read["id"]!);
        Assert.Contains(id, byPatient["entry"]!.AsArray().Select(e => (string)e!["resource"]!["id"]!));
        Assert.Equal(id, (string)bySlot["entry"]![0]!["resource"]!["id"]!);
    }

    [Fact]
    public async Task Read_UnknownId_404OperationOutcome()
    {
        var (factory, client, _, _) = await ArrangeAsync();
        await using var _ = factory;

        var response = await client.GetAsync(new Uri($"/api/fhir/Appointment/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("OperationOutcome", (string)(await response.JsonAsync())["resourceType"]!);
    }

    [Fact]
    public async Task Cancel_StatusUpdateWithReason_CancelledAndSlotFreeAgain()
    {
        var (factory, client, _, slots) = await ArrangeAsync();
        await using var _ = factory;
        var booked = await (await client.BookAsync(slots[0].Id)).JsonAsync();
        var body = $$$"""{"resourceType":"Appointment","id":"{{{booked["id"]}}}","meta":{"versionId":"1"},"status":"cancelled","cancelationReason":{"coding":[{"system":"urn:signpost:cancellation-reason","code":"patient-request"}]}}""";

        var response = await client.PutAsync(new Uri($"/api/fhir/Appointment/{booked["id"]}", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/fhir+json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cancelled = await response.JsonAsync();
        Assert.Equal(("cancelled", "patient-request"), ((string)cancelled["status"]!, (string)cancelled["cancelationReason"]!["coding"]![0]!["code"]!));
        Assert.Equal(HttpStatusCode.Created, (await client.BookAsync(slots[0].Id, nhsNumber: "9000000009")).StatusCode);
    }

    [Fact]
    public async Task Cancel_WithoutReason_400AndStillBooked()
    {
        var (factory, client, _, slots) = await ArrangeAsync();
        await using var _ = factory;
        var id = (string)(await (await client.BookAsync(slots[0].Id)).JsonAsync())["id"]!;

        var response = await client.PutAsync(new Uri($"/api/fhir/Appointment/{id}", UriKind.Relative), new StringContent("""{"resourceType":"Appointment","status":"cancelled"}""", Encoding.UTF8, "application/fhir+json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("booked", (string)(await (await client.GetAsync(new Uri($"/api/fhir/Appointment/{id}", UriKind.Relative))).JsonAsync())["status"]!);
    }

    [Fact]
    public async Task EveryCall_AuditedWithTheKeyName()
    {
        var (factory, client, keyName, slots) = await ArrangeAsync();
        await using var _ = factory;

        await client.GetAsync(new Uri("/api/fhir/Slot?status=free", UriKind.Relative));
        await client.BookAsync(slots[0].Id);
        await client.BookAsync(slots[0].Id);

        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var actions = await db.AuditLog.Where(e => e.Actor == keyName && e.ActorType == "api-key").Select(e => e.Action).ToListAsync();
        Assert.Equal(["appointment.booked", "fhir.get", "fhir.post", "fhir.post"], actions.Order().ToList());
    }
}
