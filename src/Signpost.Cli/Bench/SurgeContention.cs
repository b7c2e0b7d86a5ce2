namespace Signpost.Cli.Bench;

/// <summary>
/// How much CPU the app had during the surge, and how contended the machine was: the app's CPU time, the time its
/// threads waited in the run queue, the machine's busy share and Linux's CPU pressure (share of time some
/// runnable task waited for a CPU), and the CPU of the bench's own simulated people and of PostgreSQL (when it runs
/// here). On a machine shared with other work these explain the figures.
/// </summary>
public sealed record SurgeContention(double? AppCpuSeconds, double? AppRunQueueSeconds, double MachineBusy, double? CpuPressure)
{
    /// <summary>CPU used by the bench process itself (the simulated people's HTTP clients).</summary>
    public double ClientCpuSeconds { get; init; }

    /// <summary>CPU used by the PostgreSQL server (all its processes), when it runs on this machine and can be found.</summary>
    public double? DatabaseCpuSeconds { get; init; }
}
