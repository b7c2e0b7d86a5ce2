using System.Collections.Concurrent;

namespace Signpost.Cli.Bench;

/// <summary>What the simulated people saw: latencies of search and of booking, and how each booking attempt ended.</summary>
public sealed class SurgeStats
{
    private readonly ConcurrentQueue<double> searchMs = new();
    private readonly ConcurrentQueue<double> bookMs = new();
    private int booked, conflicts, failures;

    public int Booked => booked;
    public int Conflicts => conflicts;
    public int Failures => failures;
    public int Searches => searchMs.Count;
    public int Attempts => bookMs.Count;

    public void Search(double ms) => searchMs.Enqueue(ms);

    public void Book(double ms, int status)
    {
        bookMs.Enqueue(ms);
        if (status == 201) Interlocked.Increment(ref booked);
        else if (status == 409) Interlocked.Increment(ref conflicts);
        else Interlocked.Increment(ref failures);
    }

    public void Failure() => Interlocked.Increment(ref failures);

    public (double P50, double P99) SearchPercentiles() => Percentiles(searchMs);

    public (double P50, double P99) BookPercentiles() => Percentiles(bookMs);

    private static (double, double) Percentiles(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return (double.NaN, double.NaN);
        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return (At(0.50), At(0.99));
    }
}
