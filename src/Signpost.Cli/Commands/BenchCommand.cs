using System.CommandLine;

namespace Signpost.Cli.Commands;

/// <summary><c>./signpost bench NAME</c>: bounded benchmarks whose figures go into docs/benchmarks.md.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Run a bounded benchmark and print its figures (see docs/benchmarks.md).");
        bench.Subcommands.Add(BookingSurgeBench.Create());
        return bench;
    }
}
