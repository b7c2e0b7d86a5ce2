using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Signpost.Cli.Bench;

/// <summary>The bench's own database (created and dropped), and pgbench's simple-update ceiling on a database.</summary>
public static partial class BenchDatabase
{
    public static async Task<string> CreateAsync(string serverConnectionString, string name, CancellationToken cancellationToken)
    {
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await admin.OpenAsync(cancellationToken);
        await using var create = new NpgsqlCommand($"create database \"{name}\"", admin);
        await create.ExecuteNonQueryAsync(cancellationToken);
        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task DropAsync(string serverConnectionString, string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// pgbench's built-in simple-update script (-N) on the same database, in a schema of its own that is dropped
    /// afterwards: the transactions per second PostgreSQL itself manages here, as a ceiling for the bench.
    /// </summary>
    public static async Task<double> PgbenchSimpleUpdateTpsAsync(string connectionString, int clients, int seconds, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var schema = new NpgsqlCommand("drop schema if exists bench_pgbench cascade; create schema bench_pgbench", connection);
            await schema.ExecuteNonQueryAsync(cancellationToken);
        }
        try
        {
            await PgbenchAsync(builder, ["-i", "-q", "-s", "10"], cancellationToken);
            var output = await PgbenchAsync(builder, ["-N", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", "2", "-T", seconds.ToString(CultureInfo.InvariantCulture)], cancellationToken);
            var match = TpsPattern().Match(output);
            return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : throw new BenchException("pgbench did not report its TPS:\n" + output);
        }
        finally
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(CancellationToken.None);
            await using var drop = new NpgsqlCommand("drop schema if exists bench_pgbench cascade", connection);
            await drop.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private static async Task<string> PgbenchAsync(NpgsqlConnectionStringBuilder builder, string[] args, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(FindPgbench()) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-h", builder.Host!, "-p", builder.Port.ToString(CultureInfo.InvariantCulture), "-U", builder.Username! }.Concat(args)) start.ArgumentList.Add(arg);
        start.ArgumentList.Add(builder.Database!);
        start.Environment["PGPASSWORD"] = builder.Password ?? "";
        start.Environment["PGOPTIONS"] = "-c search_path=bench_pgbench";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0) throw new BenchException($"pgbench failed: {(await error).Trim()}");
        return await output + await error;
    }

    private static string FindPgbench()
    {
        var found = Directory.Exists("/usr/lib/postgresql") ? Directory.GetFiles("/usr/lib/postgresql", "pgbench", SearchOption.AllDirectories).OrderDescending().FirstOrDefault() : null;
        return found ?? (File.Exists("/usr/bin/pgbench") ? "/usr/bin/pgbench"
            : throw new BenchException("pgbench is not installed: it comes with Debian's postgresql-contrib (./signpost installs it when it can)."));
    }

    [GeneratedRegex(@"tps = ([0-9.]+)")]
    private static partial Regex TpsPattern();
}
