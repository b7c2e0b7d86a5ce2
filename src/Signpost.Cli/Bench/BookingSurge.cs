using Microsoft.EntityFrameworkCore;
using Npgsql;
using Signpost.Core.ApiKeys;
using Signpost.Core.Audit;
using Signpost.Core.Data;

namespace Signpost.Cli.Bench;

/// <summary>
/// The 8 a.m. rush: generate today's slots, let the clients search and book over HTTP until nothing that fits is
/// left, count in the database, then measure pgbench's simple-update TPS on the same database as the ceiling.
/// </summary>
public static class BookingSurge
{
    public const int PgbenchClients = 32;

    public static async Task<BookingSurgeResult> RunAsync(BookingSurgeOptions options, string connectionString, Action<string> say, CancellationToken cancellationToken)
    {
        if (options.Url is not null)
        {
            await EnsureReadyAsync(options.Url, cancellationToken);
            return await RunAgainstAsync(options, connectionString, options.Url, options.AppPid, say, cancellationToken);
        }
        var name = $"signpost_bench_{Guid.NewGuid():N}"[..30];
        var database = await BenchDatabase.CreateAsync(connectionString, name, cancellationToken);
        try
        {
            say($"Own database {name}; starting the app…");
            await using var app = await BenchApp.StartAsync(database, cancellationToken);
            say($"App on {app.Url} (process {app.ProcessId}; its log: {app.LogPath}).");
            return await RunAgainstAsync(options, database, app.Url, app.ProcessId, say, cancellationToken);
        }
        finally
        {
            await BenchDatabase.DropAsync(connectionString, name);
        }
    }

    private static async Task<BookingSurgeResult> RunAgainstAsync(BookingSurgeOptions options, string connectionString, Uri url, int? pid, Action<string> say, CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var db = new SignpostDb(new DbContextOptionsBuilder<SignpostDb>().UseNpgsql(dataSource).Options);
        var data = new SurgeData(SurgeData.NewTag());
        var (key, plain) = await new ApiKeyStore(db, new AuditLog(db, TimeProvider.System), TimeProvider.System).CreateAsync($"bench-{data.Tag}", [ApiKeyScopes.Booking], AuditActor.CommandLine, cancellationToken);
        try
        {
            await WarmUpAsync(db, url, plain, say, cancellationToken);
            var (needs, slots, lastStart) = await data.CreateAsync(db, options.Slots, options.Clients, DateTimeOffset.UtcNow, cancellationToken);
            say($"{slots} same-day slots in {needs.Count} diaries; {options.Clients} clients rushing…");
            var server = await DatabaseServerCpu.FindAsync(dataSource, cancellationToken);
            var (db0, client0) = (server?.Seconds(), Environment.CpuUsage.TotalTime.TotalSeconds);
            var (cpu0, machine0) = (pid is { } p0 ? BenchApp.CpuSeconds(p0) : null, BenchApp.MachineCpu());
            var (wait0, pressure0) = (pid is { } w0 ? BenchApp.RunQueueWaitSeconds(w0) : null, BenchApp.CpuPressureMicroseconds());
            var (stats, elapsed) = await new SurgeClients(url, plain, needs, lastStart).RunAsync(options.Clients, TimeSpan.FromSeconds(options.MaxSeconds), cancellationToken);
            var (cpu1, machine1) = (pid is { } p1 ? BenchApp.CpuSeconds(p1) : null, BenchApp.MachineCpu());
            var (wait1, pressure1) = (pid is { } w1 ? BenchApp.RunQueueWaitSeconds(w1) : null, BenchApp.CpuPressureMicroseconds());
            var (db1, client1) = (server?.Seconds(), Environment.CpuUsage.TotalTime.TotalSeconds);
            var contention = new SurgeContention(cpu1 - cpu0, wait1 - wait0, (double)(machine1.Busy - machine0.Busy) / (machine1.Total - machine0.Total),
                (pressure1 - pressure0) / (elapsed.TotalMilliseconds * 1000)) { ClientCpuSeconds = client1 - client0, DatabaseCpuSeconds = db1 - db0 };
            var (confirmed, doubles, left) = await CountAsync(dataSource, data.Tag, cancellationToken);
            var rss = pid is { } p ? BenchApp.PeakRssMib(p) : null;
            say($"Surge done in {elapsed.TotalSeconds:F1} s; pgbench simple-update for {options.PgbenchSeconds} s on the same database…");
            var tps = await BenchDatabase.PgbenchSimpleUpdateTpsAsync(connectionString, PgbenchClients, options.PgbenchSeconds, cancellationToken);
            if (options.Url is not null) await data.RemoveAsync(db, CancellationToken.None);
            return new BookingSurgeResult(options.Clients, slots, elapsed, stats, confirmed, doubles, left, rss, tps, PgbenchClients, contention);
        }
        finally
        {
            await new ApiKeyStore(db, new AuditLog(db, TimeProvider.System), TimeProvider.System).RevokeAsync(key.Name, AuditActor.CommandLine, CancellationToken.None);
        }
    }

    private static async Task EnsureReadyAsync(Uri url, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken);
            if (response.IsSuccessStatusCode) return;
            throw new BenchException($"{url} answered /health/ready with {(int)response.StatusCode}: is it a Signpost instance on the database SIGNPOST_DB names?");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            throw new BenchException($"Nothing answers at {url}: start the instance first (./run --port N) or leave out --url.");
        }
    }

    /// <summary>
    /// An app that has been running since the night before has compiled its hot code; a freshly started one has
    /// not. A short unmeasured rush on diaries of their own warms it up (and they are removed afterwards).
    /// </summary>
    private static async Task WarmUpAsync(SignpostDb db, Uri url, string apiKey, Action<string> say, CancellationToken cancellationToken)
    {
        var warm = new SurgeData(SurgeData.NewTag());
        try
        {
            var (needs, _, lastStart) = await warm.CreateAsync(db, WarmUpSlots, WarmUpClients, DateTimeOffset.UtcNow, cancellationToken);
            var (stats, elapsed) = await new SurgeClients(url, apiKey, needs, lastStart).RunAsync(WarmUpClients, TimeSpan.FromSeconds(20), cancellationToken);
            say($"Warm-up (not measured): {stats.Booked} bookings in {elapsed.TotalSeconds:F1} s.");
        }
        finally
        {
            await warm.RemoveAsync(db, CancellationToken.None);
        }
    }

    private const int WarmUpSlots = 600;
    private const int WarmUpClients = 40;

    /// <summary>Counted in the database: live bookings, slots with more than one live booking (must be 0), free slots left.</summary>
    private static async Task<(int Confirmed, int Doubles, int Left)> CountAsync(NpgsqlDataSource dataSource, string tag, CancellationToken cancellationToken)
    {
        const string Bench = "from booking_slots s join booking_appointment_types t on t.id = s.appointment_type_id where t.code like @tag";
        await using var command = dataSource.CreateCommand($"""
            select
                (select count(*) from booking_appointments a where a.status = 'booked' and a.slot_id in (select s.id {Bench})),
                (select count(*) from (select a.slot_id from booking_appointments a
                    where a.status in ('pending', 'booked', 'arrived', 'checked-in', 'fulfilled', 'noshow') and a.slot_id in (select s.id {Bench})
                    group by a.slot_id having count(*) > 1) d),
                (select count(*) {Bench} and s.status = 'free')
            """);
        command.Parameters.Add(new NpgsqlParameter<string>("tag", tag.ToLowerInvariant() + "-%"));
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        await r.ReadAsync(cancellationToken);
        return ((int)r.GetInt64(0), (int)r.GetInt64(1), (int)r.GetInt64(2));
    }
}
