using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Signpost.Core.Data;

namespace Signpost.Cli.Bench;

/// <summary>
/// <c>./signpost bench directory-search</c>: builds a synthetic England-scale directory in a database of its own,
/// then measures combined searches through HTTP against the real app, and the naive SQL baseline in the same run.
/// </summary>
public static class DirectorySearchBench
{
    public const string DatabaseName = "signpost_bench_directory";

    public static Command Create()
    {
        var services = new Option<int>("--services") { Description = "How many synthetic services (at least 1,000).", DefaultValueFactory = _ => 250_000 };
        var seconds = new Option<int>("--seconds") { Description = "How long each measured run lasts.", DefaultValueFactory = _ => 20 };
        var concurrency = new Option<int>("--concurrency") { Description = "Searches in flight at once.", DefaultValueFactory = _ => 16 };
        var rebuild = new Option<bool>("--rebuild") { Description = "Build the synthetic directory again even if it is there." };
        var command = new Command("directory-search", "Directory search at England scale: p50/p99 latency, searches per second and app memory, against a naive SQL baseline.")
        {
            services, seconds, concurrency, rebuild,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = (Services: parse.GetValue(services), Seconds: parse.GetValue(seconds), Concurrency: parse.GetValue(concurrency));
            if (options.Services < 1000 || options.Seconds is < 1 or > 300 || options.Concurrency is < 1 or > 256)
            {
                Console.Error.WriteLine("Use --services of 1000 or more, --seconds from 1 to 300 and --concurrency from 1 to 256.");
                return CliRunner.BadInput;
            }
            await RunAsync(options.Services, TimeSpan.FromSeconds(options.Seconds), options.Concurrency, parse.GetValue(rebuild), cancellationToken);
            return 0;
        });
        return command;
    }

    private static async Task RunAsync(int services, TimeSpan duration, int concurrency, bool rebuild, CancellationToken cancellationToken)
    {
        var connectionString = await PrepareDatabaseAsync(services, rebuild, concurrency, cancellationToken);
        var webDll = await BenchBuild.WebAppAsync(cancellationToken);
        var searches = new BenchSearches();
        Say($"Starting the app and measuring {duration.TotalSeconds:0}s of searches at concurrency {concurrency}…");
        LatencyStats http;
        double peakMiB;
        var loadBefore = LoadAverage();
        await using (var app = await WebAppProcess.StartAsync(webDll, connectionString, cancellationToken))
        {
            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(30) };
            async Task<int> Search(int n)
            {
                using var response = await client.GetAsync(new Uri(searches.Url(n), UriKind.Relative), cancellationToken);
                response.EnsureSuccessStatusCode();
                using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
                return body.RootElement.GetProperty("results").GetArrayLength();
            }
            await LoadRunner.RunAsync(concurrency, TimeSpan.FromSeconds(5), Search);
            http = await LoadRunner.RunAsync(concurrency, duration, Search);
            peakMiB = app.PeakResidentMiB();
        }
        Say($"Measuring the naive SQL baseline for {duration.TotalSeconds:0}s at concurrency {concurrency}…");
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await LoadRunner.RunAsync(concurrency, TimeSpan.FromSeconds(2), n => searches.RunNaiveAsync(dataSource, n));
        var naive = await LoadRunner.RunAsync(concurrency, duration, n => searches.RunNaiveAsync(dataSource, n));
        Report(services, concurrency, http, naive, peakMiB);
        Console.WriteLine($"Machine load average (1 min, from /proc/loadavg): {loadBefore} before, {LoadAverage()} after; the CPU is shared with other work.");
    }

    private static async Task<string> PrepareDatabaseAsync(int services, bool rebuild, int concurrency, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var server = new NpgsqlConnectionStringBuilder(SignpostDatabase.ConnectionString(configuration));
        var bench = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = DatabaseName, MaxPoolSize = Math.Max(100, concurrency * 2), CommandTimeout = 600 };
        await using (var admin = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres" }.ConnectionString))
        {
            await using var exists = admin.CreateCommand($"select exists (select 1 from pg_database where datname = '{DatabaseName}')");
            var found = (bool)(await exists.ExecuteScalarAsync(cancellationToken))!;
            if (found && !rebuild && await CountAsync(bench.ConnectionString, cancellationToken) == services)
            {
                Say($"Reusing the synthetic directory of {services:N0} services in the database {DatabaseName} (--rebuild to make it again).");
                return bench.ConnectionString;
            }
            await using (var drop = admin.CreateCommand($"drop database if exists {DatabaseName} with (force)")) await drop.ExecuteNonQueryAsync(cancellationToken);
            await using (var create = admin.CreateCommand($"create database {DatabaseName}")) await create.ExecuteNonQueryAsync(cancellationToken);
        }
        var watch = Stopwatch.StartNew();
        await using var dataSource = NpgsqlDataSource.Create(bench.ConnectionString);
        await new DatabaseMigrator(dataSource).MigrateAsync(cancellationToken);
        var synthetic = new SyntheticDirectory(dataSource, CliServices.FindDataDirectory("directory"), services);
        await synthetic.BuildAsync(m => Say($"  {watch.Elapsed:mm\\:ss} {m}"), cancellationToken);
        await synthetic.IndexAsync(m => Say($"  {watch.Elapsed:mm\\:ss} {m}"), cancellationToken);
        Say($"Built the synthetic directory in {watch.Elapsed.TotalSeconds:0}s.");
        return bench.ConnectionString;
    }

    private static async Task<long> CountAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            await using var command = dataSource.CreateCommand("select (select count(*) from directory_services) * (case when exists (select 1 from directory_search_entries) then 1 else 0 end)");
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (PostgresException)
        {
            return -1;
        }
    }

    private static void Report(int services, int concurrency, LatencyStats http, LatencyStats naive, double peakMiB)
    {
        static string Row(string what, LatencyStats s) => string.Create(CultureInfo.InvariantCulture,
            $"| {what} | {s.P50:0.0} | {s.P90:0.0} | {s.P99:0.0} | {s.Max:0.0} | {s.PerSecond:0} | {s.Completed:N0} | {s.Failed} | {s.MeanResults:0.0} |");
        Console.WriteLine();
        Console.WriteLine($"Directory search, {services:N0} synthetic services, concurrency {concurrency}, {Environment.ProcessorCount} CPUs, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine();
        Console.WriteLine("| engine | p50 ms | p90 ms | p99 ms | max ms | searches/s | searches | failed | results/search |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        Console.WriteLine(Row("Signpost search over HTTP (/api/directory/search)", http));
        Console.WriteLine(Row("naive SQL baseline (ILIKE + distance formula, direct, no HTTP)", naive));
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Peak resident memory of the app (VmHWM): {peakMiB:0} MiB"));
    }

    private static void Say(string message) => Console.Error.WriteLine(message);

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
