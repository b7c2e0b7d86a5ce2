using System.CommandLine;
using Signpost.Cli.Bench;

namespace Signpost.Cli.Commands;

public static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Benchmarks (figures go in docs/benchmarks.md).");
        bench.Subcommands.Add(DirectorySearchBench.Create());
        return bench;
    }
}
