using System.Net;
using System.Text.Json.Nodes;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Endpoints.Fhir;

public class FhirSlotEndpointsTests
{
    private static async Task<(SignpostWebFactory Factory, HttpClient Client, BookingTestData.Clinic Clinic, DateTimeOffset Start)> ArrangeAsync(int slots = 3)
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var start = DateTimeOffset.UtcNow.Date.AddDays(2).AddHours(9);
        var (clinic, _) = await BookingTestData.AddClinicWithSlotsAsync(db, new DateTimeOffset(start, TimeSpan.Zero), slots);
        var factory = await SignpostWebFactory.CreateAsync();
        var (client, _) = await FhirTestClient.CreateAsync(factory);
        return (factory, client, clinic, new DateTimeOffset(start, TimeSpan.Zero));
    }

    [Fact]
    public async Task SearchFree_BySchedule_BundleOfSlotsWithTheirSchedule()
    {
        var (factory, client, clinic, _) = await ArrangeAsync();
        await using var _ = factory;

        var response = await client.GetAsync(new Uri($"/api/fhir/Slot?status=free&schedule=Schedule/{clinic.ScheduleId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType!.MediaType);
        var bundle = await response.JsonAsync();
        Assert.Equal(("Bundle", "searchset", 3), ((string)bundle["resourceType"]!, (string)bundle["type"]!, (int)bundle["total"]!));
        var resources = bundle["entry"]!.AsArray().Select(e => e!["resource"]!).ToList();
        Assert.All(resources.Where(r => (string)r["resourceType"]! == "Slot"), s =>
        {
            Assert.Equal("free", (string)s["status"]!);
            Assert.Equal($"Schedule/{clinic.ScheduleId}", (string)s["schedule"]!["reference"]!);
            Assert.Equal(clinic.TypeCode, (string)s["serviceType"]![0]!["coding"]![0]!["code"]!);
        });
        Assert.Single(resources, r => (string)r["resourceType"]! == "Schedule");
    }

    [Fact]
    public async Task SearchFree_ByServiceTypeAndStartRange_OnlyThatRange()
    {
        var (factory, client, clinic, start) = await ArrangeAsync(4);
        await using var _ = factory;
        var from = Uri.EscapeDataString(start.AddMinutes(15).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        var to = Uri.EscapeDataString(start.AddMinutes(30).ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));

        var bundle = await (await client.GetAsync(new Uri($"/api/fhir/Slot?status=free&service-type={clinic.TypeCode}&start=ge{from}&start=le{to}", UriKind.Relative))).JsonAsync();

        Assert.Equal(2, (int)bundle["total"]!);
    }

    [Theory]
    [InlineData("start=ge2026-13-01", "start=ge2026-13-01 is not a date")]
    [InlineData("start=ge2026-03-01&start=le2026-04-30", "at most 14 days")]
    [InlineData("status=busy", "Only status=free")]
    [InlineData("_count=0", "_count must be")]
    [InlineData("schedule=nonsense", "schedule must be")]
    public async Task Search_BadParameter_400OperationOutcome(string query, string message)
    {
        var (factory, client, _, _) = await ArrangeAsync(1);
        await using var _ = factory;

        var response = await client.GetAsync(new Uri($"/api/fhir/Slot?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var outcome = await response.JsonAsync();
        Assert.Equal("OperationOutcome", (string)outcome["resourceType"]!);
        Assert.Contains(message, (string)outcome["issue"]![0]!["diagnostics"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NoKey_401OperationOutcome()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var response = await factory.CreateClient().GetAsync(new Uri("/api/fhir/Slot?status=free", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("OperationOutcome", (string)(await response.JsonAsync())["resourceType"]!);
    }

    [Fact]
    public async Task Search_WrongKey_401()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "sp_not-a-real-key");

        var response = await client.GetAsync(new Uri("/api/fhir/Slot?status=free", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Schedule_ReadAndSearch_ShowPractitionerAndSite()
    {
        var (factory, client, clinic, _) = await ArrangeAsync(1);
        await using var _ = factory;

        var schedule = await (await client.GetAsync(new Uri($"/api/fhir/Schedule/{clinic.ScheduleId}", UriKind.Relative))).JsonAsync();
        var bundle = await (await client.GetAsync(new Uri($"/api/fhir/Schedule?actor=Location/{clinic.SiteId}", UriKind.Relative))).JsonAsync();

        Assert.Equal(["Practitioner/" + clinic.PractitionerId, "Location/" + clinic.SiteId], schedule["actor"]!.AsArray().Select(a => (string)a!["reference"]!).ToList());
        Assert.Equal(1, (int)bundle["total"]!);
    }
}
