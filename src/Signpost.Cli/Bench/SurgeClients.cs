using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Signpost.Cli.Bench;

/// <summary>
/// The people at 8 a.m.: each repeatedly asks for the earliest free same-day slot that fits (GET /Slot with
/// _count=1) and tries to book it (POST /Appointment), until no slot that fits is left.
/// </summary>
public sealed class SurgeClients(Uri baseUrl, string apiKey, IReadOnlyList<SurgeNeed> needs, DateTimeOffset lastStart)
{
    public async Task<(SurgeStats Stats, TimeSpan Elapsed)> RunAsync(int clients, TimeSpan limit, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(limit);
        var stats = new SurgeStats();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(() => PersonAsync(http, needs[i % needs.Count], i, stats, stop.Token), CancellationToken.None)));
        return (stats, clock.Elapsed);
    }

    private async Task PersonAsync(HttpClient http, SurgeNeed need, int person, SurgeStats stats, CancellationToken cancellationToken)
    {
        var nhsNumber = NhsNumberFor(person);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var (answered, slot) = await SearchAsync(http, need, stats, cancellationToken);
                if (!answered) continue;
                if (slot is null) return;
                var watch = Stopwatch.StartNew();
                using var content = new StringContent(Body(slot, nhsNumber, person), Encoding.UTF8, "application/fhir+json");
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/fhir/Appointment") { Content = content };
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
                using var response = await http.SendAsync(request, cancellationToken);
                stats.Book(watch.Elapsed.TotalMilliseconds, (int)response.StatusCode);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (HttpRequestException)
            {
                stats.Failure();
            }
        }
    }

    /// <summary>(false, null) when the search failed; (true, null) when nothing that fits is left.</summary>
    private async Task<(bool Answered, string? Slot)> SearchAsync(HttpClient http, SurgeNeed need, SurgeStats stats, CancellationToken cancellationToken)
    {
        var to = Uri.EscapeDataString(lastStart.AddMinutes(1).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
        var watch = Stopwatch.StartNew();
        using var response = await http.GetAsync(new Uri($"/api/fhir/Slot?status=free&service-type={need.TypeCode}&practice={need.PracticeCode}&start=le{to}&_count=1", UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            stats.Search(watch.Elapsed.TotalMilliseconds);
            stats.Failure();
            await Task.Delay(100, cancellationToken);
            return (false, null);
        }
        using var bundle = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        stats.Search(watch.Elapsed.TotalMilliseconds);
        return bundle.RootElement.TryGetProperty("entry", out var entries) && entries.GetArrayLength() > 0
            ? (true, entries[0].GetProperty("resource").GetProperty("id").GetString())
            : (true, null);
    }

    private static string Body(string slot, string nhsNumber, int person) =>
        $$"""{"resourceType":"Appointment","status":"booked","slot":[{"reference":"Slot/{{slot}}"}],"participant":[{"actor":{"identifier":{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"{{nhsNumber}}"},"display":"Bench person {{person}}"},"status":"accepted"}]}""";

    /// <summary>A valid NHS number per person (999 range, as used for test patients).</summary>
    public static string NhsNumberFor(int person)
    {
        for (var n = 999_000_000L + person * 10L; ; n++)
        {
            var digits = n.ToString("D9", CultureInfo.InvariantCulture);
            var sum = digits.Select((c, i) => (c - '0') * (10 - i)).Sum();
            var check = 11 - sum % 11;
            if (check == 11) check = 0;
            if (check != 10) return digits + check.ToString(CultureInfo.InvariantCulture);
        }
    }
}
