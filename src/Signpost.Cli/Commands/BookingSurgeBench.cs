using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Signpost.Cli.Bench;
using Signpost.Core.Data;

namespace Signpost.Cli.Commands;

/// <summary><c>./signpost bench booking-surge</c>: the 8 a.m. booking rush over HTTP.</summary>
public static class BookingSurgeBench
{
    public static Command Create()
    {
        var clients = new Option<int>("--clients") { Description = "Simulated people booking at once.", DefaultValueFactory = _ => 1000 };
        var slots = new Option<int>("--slots") { Description = "Same-day slots to generate.", DefaultValueFactory = _ => 20000 };
        var url = new Option<string?>("--url") { Description = "A running instance on the database SIGNPOST_DB names (default: start one on its own database)." };
        var pid = new Option<int?>("--app-pid") { Description = "With --url: the instance's process id, to report its peak memory." };
        var maxSeconds = new Option<int>("--max-seconds") { Description = "Stop the surge after this long.", DefaultValueFactory = _ => 300 };
        var pgbench = new Option<int>("--pgbench-seconds") { Description = "How long pgbench measures the ceiling.", DefaultValueFactory = _ => 20 };
        var command = new Command("booking-surge", "The 8 a.m. rush over HTTP: clients search the earliest free same-day slot that fits and book it until none is left.")
        {
            clients, slots, url, pid, maxSeconds, pgbench,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = Validate(parse.GetValue(clients), parse.GetValue(slots), parse.GetValue(url), parse.GetValue(pid), parse.GetValue(maxSeconds), parse.GetValue(pgbench));
            if (options is null) return CliRunner.BadInput;
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
            try
            {
                var result = await BookingSurge.RunAsync(options, SignpostDatabase.ConnectionString(configuration), m => Console.Error.WriteLine(m), cancellationToken);
                foreach (var line in SurgeReport.Lines(result)) Console.WriteLine(line);
                return result.DoubleBookings == 0 ? 0 : CliRunner.Failed;
            }
            catch (BenchException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return CliRunner.BadInput;
            }
        });
        return command;
    }

    private static BookingSurgeOptions? Validate(int clients, int slots, string? url, int? pid, int maxSeconds, int pgbench)
    {
        string? problem = clients is < 1 or > 10_000 ? "--clients must be from 1 to 10000."
            : slots is < 1 or > 200_000 ? "--slots must be from 1 to 200000."
            : maxSeconds is < 5 or > 3600 ? "--max-seconds must be from 5 to 3600."
            : pgbench is < 1 or > 600 ? "--pgbench-seconds must be from 1 to 600."
            : url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https") ? "--url must be an http(s) address, like http://127.0.0.1:5185."
            : pid is not null && url is null ? "--app-pid goes with --url (without --url the bench measures its own app)."
            : null;
        if (problem is not null)
        {
            Console.Error.WriteLine(problem);
            return null;
        }
        return new BookingSurgeOptions(clients, slots, url is null ? null : new Uri(url), pid, maxSeconds, pgbench);
    }
}
