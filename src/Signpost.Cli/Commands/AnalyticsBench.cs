using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Signpost.Core.Analytics;
using Signpost.Core.Analytics.Bench;
using Signpost.Core.Analytics.Imports;
using Signpost.Core.Data;
using Signpost.Core.Imports;
using Spectre.Console;

namespace Signpost.Cli.Commands;

/// <summary>
/// The analytics benchmark: generates the synthetic crosstab, loads it with PostgreSQL's own server-side
/// COPY … FROM (the baseline) and with Signpost's import, in the same run on the same server, then times every
/// dashboard query on the full set.
/// </summary>
public static class AnalyticsBench
{
    private const string Database = "signpost_bench_analytics";

    public static async Task<int> RunAsync(AnalyticsBenchOptions options, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var baseline = new NpgsqlConnectionStringBuilder(SignpostDatabase.ConnectionString(configuration));
        WriteLoad();
        if (options.QueriesOnly) return await TimeQueriesOnlyAsync(baseline, options, cancellationToken);
        await RecreateDatabaseAsync(baseline, cancellationToken);
        var benchConnection = new NpgsqlConnectionStringBuilder(baseline.ConnectionString) { Database = Database, CommandTimeout = 3600 }.ConnectionString;
        var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddSignpostData(benchConnection).AddAnalytics().BuildServiceProvider();
        await using (services)
        {
            var dataSource = services.GetRequiredService<NpgsqlDataSource>();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            await new ReferenceDataImporter(dataSource, TimeProvider.System).ImportAsync(CliServices.FindDataDirectory("blmk"), cancellationToken: cancellationToken);
            var file = await GenerateAsync(dataSource, options.Rows, cancellationToken);
            // The machine is shared: COPY and the import take turns, several times, and the best of each is compared.
            var copies = new List<Measured>();
            var imports = new List<Measured>();
            for (var round = 1; round <= options.Rounds; round++)
            {
                copies.Add(await BaselineCopyAsync(dataSource, file, cancellationToken));
                if (round > 1) await ForgetImportAsync(dataSource, cancellationToken);
                imports.Add(await ImportAsync(services.GetRequiredService<AnalyticsImports>(), file, cancellationToken));
            }
            var copy = copies.MaxBy(m => m.RowsPerSecond)!;
            var import = imports.MaxBy(m => m.RowsPerSecond)!;
            var events = await AnalyticsBenchQueries.SeedAccessEventsAsync(dataSource, cancellationToken);
            AnsiConsole.MarkupLine($"Synthetic access events for the equity queries: {events:N0} requests.");
            var timings = await AnalyticsBenchQueries.TimeAsync(services, options.Runs, cancellationToken);
            Report(options, copy, import, timings);
            if (!options.Keep) File.Delete(file);
        }
        if (!options.Keep) await DropDatabaseAsync(baseline, cancellationToken);
        return 0;
    }

    /// <summary>Times the dashboard queries again on the database a run with --keep left behind.</summary>
    private static async Task<int> TimeQueriesOnlyAsync(NpgsqlConnectionStringBuilder baseline, AnalyticsBenchOptions options, CancellationToken cancellationToken)
    {
        var benchConnection = new NpgsqlConnectionStringBuilder(baseline.ConnectionString) { Database = Database }.ConnectionString;
        await using var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddSignpostData(benchConnection).AddAnalytics().BuildServiceProvider();
        await using (var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand("select count(*) from gpad_practice_appointments"))
        {
            AnsiConsole.MarkupLine($"Re-timing the dashboard queries on the kept benchmark database ({(long)(await command.ExecuteScalarAsync(cancellationToken))!:N0} fact rows).");
        }
        var timings = await AnalyticsBenchQueries.TimeAsync(services, options.Runs, cancellationToken);
        WriteTimings(options, timings);
        return 0;
    }

    private static async Task<string> GenerateAsync(NpgsqlDataSource dataSource, long rows, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "signpost-bench");
        Directory.CreateDirectory(folder);
        // The server (running as the postgres user) reads the file itself for the baseline COPY.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        var path = Path.Combine(folder, $"gpad_practice_synthetic_{rows}.csv");
        var real = new List<(string, string)>();
        await using (var command = dataSource.CreateCommand("select practice_code, pcn_code from pcn_members where end_date is null order by 1"))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken)) real.Add((reader.GetString(0), reader.GetString(1)));
        }
        var watch = Stopwatch.StartNew();
        var months = SyntheticCrosstab.Write(path, rows, real);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, (UnixFileMode)0b110_100_100);
        AnsiConsole.MarkupLine($"Generated {rows:N0} rows ({months} months, {new FileInfo(path).Length / 1048576.0:N0} MiB) in {watch.Elapsed.TotalSeconds:N1} s: {Markup.Escape(path)}");
        return path;
    }

    private static async Task<Measured> BaselineCopyAsync(NpgsqlDataSource dataSource, string file, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", SyntheticCrosstab.Header.Split(',').Select(c => $"{c.ToLowerInvariant()} text"));
        await Execute(dataSource, $"create table bench_copy_baseline ({columns})", cancellationToken);
        var watch = Stopwatch.StartNew();
        var rows = await Execute(dataSource, $"copy bench_copy_baseline from '{file.Replace("'", "''", StringComparison.Ordinal)}' with (format csv, header true)", cancellationToken);
        var seconds = watch.Elapsed.TotalSeconds;
        AnsiConsole.MarkupLine($"PostgreSQL COPY … FROM the file (server-side, text columns, no indexes): {rows:N0} rows in {seconds:N1} s = {rows / seconds:N0} rows/s");
        await Execute(dataSource, "drop table bench_copy_baseline", cancellationToken);
        return new Measured(rows, seconds);
    }

    /// <summary>Removes the previous round's import so that the next one loads the whole file again.</summary>
    private static Task<int> ForgetImportAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken) => Execute(dataSource, """
        truncate gpad_practice_appointments;
        delete from gpad_month_summary where source in ('practice', 'practice-sub-icb');
        delete from import_runs where kind = 'gpad-practice';
        """, cancellationToken);

    private static async Task<Measured> ImportAsync(AnalyticsImports imports, string file, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var result = await AnalyticsImportCommands.ImportWithProgressAsync(imports, "gpad-practice", file, cancellationToken);
        var seconds = watch.Elapsed.TotalSeconds;
        AnsiConsole.MarkupLine($"Signpost import gpad-practice (hash, parse, check codes, binary COPY, summaries, commit): {result.Rows:N0} rows in {seconds:N1} s = {result.Rows / seconds:N0} rows/s");
        return new Measured(result.Rows, seconds);
    }

    private static void Report(AnalyticsBenchOptions options, Measured copy, Measured import, IReadOnlyList<QueryTiming> timings)
    {
        var ratio = import.RowsPerSecond / copy.RowsPerSecond;
        AnsiConsole.MarkupLine($"Best of {options.Rounds}: COPY {copy.RowsPerSecond:N0} rows/s, import {import.RowsPerSecond:N0} rows/s. " +
            $"Import rate / COPY rate: {ratio:P0} (target ≥ 80%) {(ratio >= 0.8 ? "[green]met[/]" : "[red]not met[/]")}");
        WriteTimings(options, timings);
    }

    private static void WriteTimings(AnalyticsBenchOptions options, IReadOnlyList<QueryTiming> timings)
    {
        var table = new Table().AddColumns("Dashboard query", "p50 ms", "p95 ms", "max ms", "≤ 200 ms");
        foreach (var t in timings)
        {
            table.AddRow(Markup.Escape(t.Name), $"{t.P50:N1}", $"{t.P95:N1}", $"{t.Max:N1}", t.P95 <= 200 ? "[green]yes[/]" : "[red]no[/]");
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"{options.Runs} runs of each query after one warm-up; machine: {Environment.ProcessorCount} cores.");
        WriteLoad();
    }

    /// <summary>The machine is shared: say how busy it was, so that the figures can be read for what they are.</summary>
    private static void WriteLoad()
    {
        if (File.Exists("/proc/loadavg")) AnsiConsole.MarkupLine($"Load average (1, 5, 15 min): {string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}");
    }

    private static async Task RecreateDatabaseAsync(NpgsqlConnectionStringBuilder baseline, CancellationToken cancellationToken)
    {
        await DropDatabaseAsync(baseline, cancellationToken);
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(baseline.ConnectionString) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync(cancellationToken);
        await using var create = new NpgsqlCommand($"create database {Database}", admin);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task DropDatabaseAsync(NpgsqlConnectionStringBuilder baseline, CancellationToken cancellationToken)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(baseline.ConnectionString) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync(cancellationToken);
        await using var drop = new NpgsqlCommand($"drop database if exists {Database} with (force)", admin);
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<int> Execute(NpgsqlDataSource dataSource, string sql, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 3600;
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed record Measured(long Rows, double Seconds)
    {
        public double RowsPerSecond => Rows / Seconds;
    }
}
