using System.Diagnostics;

namespace Signpost.Cli.Bench;

/// <summary>Runs an operation from several concurrent workers for a fixed time and records each one's latency.</summary>
public static class LoadRunner
{
    /// <param name="operation">One search: returns how many results it found, or throws on failure.</param>
    public static async Task<LatencyStats> RunAsync(int workers, TimeSpan duration, Func<int, Task<int>> operation)
    {
        var latencies = new List<double>[workers];
        var failures = new int[workers];
        var results = new long[workers];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            latencies[worker] = new List<double>(4096);
            var n = worker;
            while (clock.Elapsed < duration)
            {
                var started = clock.Elapsed;
                try
                {
                    results[worker] += await operation(n);
                    latencies[worker].Add((clock.Elapsed - started).TotalMilliseconds);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Npgsql.NpgsqlException or InvalidOperationException)
                {
                    failures[worker]++;
                }
                n += workers;
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).ToList();
        return LatencyStats.From(all, failures.Sum(), seconds, all.Count == 0 ? 0 : results.Sum() / (double)all.Count);
    }
}
