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
        var rows = new Option<long>("--rows") { Description = "Rows in the synthetic practice-level crosstab (default 20,000,000).", DefaultValueFactory = _ => 20_000_000 };
        var runs = new Option<int>("--runs") { Description = "Times each dashboard query is run for its percentiles (default 30).", DefaultValueFactory = _ => 30 };
        var rounds = new Option<int>("--rounds") { Description = "Times COPY and the import each load the file, taking turns (default 2; the best of each is compared).", DefaultValueFactory = _ => 2 };
        var queriesOnly = new Option<bool>("--queries-only") { Description = "Only time the dashboard queries again, on the database an earlier run with --keep left." };
        var keep = new Option<bool>("--keep") { Description = "Keep the generated CSV file and the benchmark database." };
        var analytics = new Command("analytics", "Import a synthetic England-scale GPAD practice-level crosstab next to PostgreSQL's own COPY, then time every dashboard query.")
        {
            rows, runs, rounds, keep, queriesOnly,
        };
        analytics.SetAction(async (parse, cancellationToken) =>
        {
            var options = new AnalyticsBenchOptions(parse.GetValue(rows), parse.GetValue(runs), parse.GetValue(keep), parse.GetValue(rounds), parse.GetValue(queriesOnly));
            if (options.Rows < 1000 || options.Runs < 1 || options.Rounds < 1)
            {
                Console.Error.WriteLine("--rows must be at least 1000, and --runs and --rounds at least 1.");
                return CliRunner.BadInput;
            }
            return await AnalyticsBench.RunAsync(options, cancellationToken);
        });
        bench.Subcommands.Add(analytics);
        return bench;
    }
}
