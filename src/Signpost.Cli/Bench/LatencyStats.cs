namespace Signpost.Cli.Bench;

/// <summary>What a timed run measured: latency percentiles (ms), throughput and failures.</summary>
public sealed record LatencyStats(int Completed, int Failed, double Seconds, double P50, double P90, double P99, double Max, double MeanResults)
{
    public double PerSecond => Completed / Seconds;

    public static LatencyStats From(List<double> milliseconds, int failed, double seconds, double meanResults)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return new LatencyStats(sorted.Length, failed, seconds, At(0.50), At(0.90), At(0.99), sorted.Length == 0 ? double.NaN : sorted[^1], meanResults);
    }
}
