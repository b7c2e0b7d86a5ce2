using System.CommandLine;
using Signpost.Cli.Bench;

namespace Signpost.Cli.Commands;

/// <summary><c>./signpost bench NAME</c>: bounded benchmarks whose figures go into docs/benchmarks.md.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Run a bounded benchmark and print its figures (see docs/benchmarks.md).");
        bench.Subcommands.Add(NavigationBench.Create());
        bench.Subcommands.Add(DirectorySearchBench.Create());
        bench.Subcommands.Add(BookingSurgeBench.Create());
        return bench;
    }
}
