using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Endpoints.Fhir;

/// <summary>The 8 a.m. rush in miniature: many clients, few slots, over HTTP, against one or two app instances.</summary>
public class FhirBookingRaceTests
{
    private const int Clients = 200;
    private const int Slots = 20;

    // Each instance with the production pool (ConnectionPoolDefaults: a few connections, the rest of the 200 callers
    // queue): the race is about the database's guarantee, and no caller may get anything but 201 or 409.
    private static async Task<SignpostWebFactory> InstanceAsync()
    {
        var connection = new Npgsql.NpgsqlConnectionStringBuilder((await TestDatabase.GetAsync()).ConnectionString);
        connection.Remove("Maximum Pool Size");
        return await SignpostWebFactory.CreateAsync(new Dictionary<string, string?> { ["SIGNPOST_DB"] = connection.ConnectionString });
    }

    private static async Task<List<Guid>> SlotsAsync()
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var (_, slots) = await BookingTestData.AddClinicWithSlotsAsync(db, DateTimeOffset.UtcNow.AddDays(1), Slots);
        return slots.Select(s => s.Id).ToList();
    }

    // Each client tries the slots in its own order until one books (201) or all are taken (409).
    private static async Task<List<HttpStatusCode>> RaceAsync(IReadOnlyList<HttpClient> clients, List<Guid> slots)
    {
        using var start = new SemaphoreSlim(0);
        var racers = Enumerable.Range(0, Clients).Select(async i =>
        {
            var client = clients[i % clients.Count];
            await start.WaitAsync();
            var codes = new List<HttpStatusCode>();
            foreach (var slot in slots.Skip(i % Slots).Concat(slots.Take(i % Slots)))
            {
                var response = await client.BookAsync(slot, nhsNumber: "9000000009");
                codes.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.Created) break;
            }
            return codes;
        }).ToList();
        start.Release(Clients);
        return (await Task.WhenAll(racers)).SelectMany(c => c).ToList();
    }

    private static async Task AssertExactlyOneBookingPerSlotAsync(List<Guid> slots, List<HttpStatusCode> codes)
    {
        Assert.Equal(Slots, codes.Count(c => c == HttpStatusCode.Created));
        Assert.All(codes, c => Assert.True(c is HttpStatusCode.Created or HttpStatusCode.Conflict, $"Unexpected {c}"));
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var booked = await db.Appointments.Where(a => slots.Contains(a.SlotId)).Select(a => a.SlotId).ToListAsync();
        Assert.Equal(Slots, booked.Count);
        Assert.Equal(Slots, booked.Distinct().Count());
    }

    [Fact]
    public async Task Race_200ClientsFor20Slots_Exactly20BookingsNoneTwice()
    {
        var slots = await SlotsAsync();
        await using var factory = await InstanceAsync();
        var (client, _) = await FhirTestClient.CreateAsync(factory);

        var codes = await RaceAsync([client], slots);

        await AssertExactlyOneBookingPerSlotAsync(slots, codes);
    }

    [Fact]
    public async Task Race_TwoAppInstancesOneDatabase_Exactly20BookingsNoneTwice()
    {
        var slots = await SlotsAsync();
        await using var first = await InstanceAsync();
        await using var second = await InstanceAsync();
        var (one, _) = await FhirTestClient.CreateAsync(first);
        var (two, _) = await FhirTestClient.CreateAsync(second);

        var codes = await RaceAsync([one, two], slots);

        await AssertExactlyOneBookingPerSlotAsync(slots, codes);
    }
}
