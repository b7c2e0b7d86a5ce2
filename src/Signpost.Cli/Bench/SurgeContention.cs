namespace Signpost.Cli.Bench;

/// <summary>
/// How much CPU the app had during the surge, and how contended the machine was: the app's CPU time, the time its
/// threads waited in the run queue, the machine's busy share and Linux's CPU pressure (share of time some
/// runnable task waited for a CPU). On a machine shared with other work these explain the figures.
/// </summary>
public sealed record SurgeContention(double? AppCpuSeconds, double? AppRunQueueSeconds, double MachineBusy, double? CpuPressure);
