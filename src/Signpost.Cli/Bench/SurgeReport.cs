using System.Globalization;

namespace Signpost.Cli.Bench;

/// <summary>The bench's figures, as plain lines and as a Markdown table row for docs/benchmarks.md.</summary>
public static class SurgeReport
{
    public static IEnumerable<string> Lines(BookingSurgeResult r)
    {
        var (s50, s99) = r.Stats.SearchPercentiles();
        var (b50, b99) = r.Stats.BookPercentiles();
        var lost = r.Stats.Attempts == 0 ? 0 : 100.0 * r.Stats.Conflicts / r.Stats.Attempts;
        yield return F($"clients {r.Clients}, slots generated {r.Slots}, surge {r.Elapsed.TotalSeconds:F1} s");
        yield return F($"confirmed bookings: {r.Stats.Booked} (201) / {r.ConfirmedInDatabase} in the database; free slots left: {r.SlotsLeft}");
        yield return F($"confirmed bookings per second: {r.Stats.Booked / r.Elapsed.TotalSeconds:F0}");
        yield return F($"search  p50 {s50:F1} ms, p99 {s99:F1} ms ({r.Stats.Searches} searches)");
        yield return F($"booking p50 {b50:F1} ms, p99 {b99:F1} ms ({r.Stats.Attempts} attempts)");
        yield return F($"attempts that lost a race (409): {r.Stats.Conflicts} ({lost:F1} %)");
        yield return F($"double bookings (database): {r.DoubleBookings}");
        yield return F($"failed requests: {r.Stats.Failures}");
        yield return r.PeakRssMib is { } rss ? F($"app peak resident memory (VmHWM): {rss:F0} MiB") : "app peak resident memory: not measured (give --app-pid with --url)";
        var c = r.Contention;
        if (c.AppCpuSeconds is { } cpu) yield return F($"app CPU during the surge: {cpu:F1} s ({1000 * cpu / Math.Max(1, r.Stats.Searches + r.Stats.Attempts):F2} ms per request), {cpu / r.Elapsed.TotalSeconds:F2} of a core on average");
        yield return F($"bench clients' CPU during the surge: {c.ClientCpuSeconds:F1} s ({1000 * c.ClientCpuSeconds / Math.Max(1, r.Stats.Searches + r.Stats.Attempts):F2} ms per request)");
        if (c.DatabaseCpuSeconds is { } db) yield return F($"PostgreSQL CPU during the surge (all its processes): {db:F1} s ({1000 * db / Math.Max(1, r.Stats.Searches + r.Stats.Attempts):F2} ms per request)");
        if (r.Stats.Booked > 0)
        {
            yield return F($"CPU per confirmed booking: app {Per(c.AppCpuSeconds, r)}, bench clients {Per(c.ClientCpuSeconds, r)}, PostgreSQL {Per(c.DatabaseCpuSeconds, r)} ({(double)(r.Stats.Searches + r.Stats.Attempts) / r.Stats.Booked:F1} requests per booking)");
        }
        if (c.AppRunQueueSeconds is { } wait) yield return F($"app threads waiting for a CPU (run queue): {wait:F1} s in total");
        yield return F($"whole machine CPU busy during the surge (every process, other users' included): {100 * c.MachineBusy:F0} %");
        if (c.CpuPressure is { } pressure) yield return F($"CPU pressure (share of the time some runnable task waited for a CPU): {100 * pressure:F0} %");
        yield return F($"pgbench simple-update (-N, {r.PgbenchClients} clients), same database, same run: {r.PgbenchTps:F0} TPS");
        yield return "";
        yield return "| clients | slots | bookings/s | search p50 / p99 | booking p50 / p99 | lost races (409) | double bookings | failed | peak RSS | pgbench -N TPS |";
        yield return F($"| {r.Clients} | {r.Slots} | {r.Stats.Booked / r.Elapsed.TotalSeconds:F0} | {s50:F0} / {s99:F0} ms | {b50:F0} / {b99:F0} ms | {lost:F1} % | {r.DoubleBookings} | {r.Stats.Failures} | {(r.PeakRssMib is { } m ? m.ToString("F0", CultureInfo.InvariantCulture) + " MiB" : "n/a")} | {r.PgbenchTps:F0} |");
    }

    private static string Per(double? seconds, BookingSurgeResult r) => seconds is { } s ? F($"{1000 * s / r.Stats.Booked:F2} ms") : "n/a";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
