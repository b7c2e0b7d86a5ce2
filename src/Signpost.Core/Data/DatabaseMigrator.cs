using System.Reflection;
using Npgsql;

namespace Signpost.Core.Data;

/// <summary>
/// Applies the versioned SQL files in Data/Migrations in name order, each in its own transaction, under a
/// PostgreSQL advisory lock so that several instances starting together migrate once.
/// </summary>
public class DatabaseMigrator(NpgsqlDataSource dataSource)
{
    // An arbitrary constant: the advisory lock key every Signpost instance agrees on.
    public const long LockKey = 0x5167_6E70_6F73_74;
    private const string ResourcePrefix = "Signpost.Migrations.";

    public static IReadOnlyList<string> KnownMigrations() =>
        typeof(DatabaseMigrator).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^4])
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Applies what is missing; returns the names of the migrations this call applied.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, $"select pg_advisory_lock({LockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, """
                create table if not exists schema_migrations (
                    name text primary key,
                    applied_at timestamptz not null default now())
                """, cancellationToken);
            var applied = await AppliedAsync(connection, cancellationToken);
            var done = new List<string>();
            foreach (var name in KnownMigrations().Where(n => !applied.Contains(n)))
            {
                await ApplyAsync(connection, name, cancellationToken);
                done.Add(name);
            }
            return done;
        }
        finally
        {
            await ExecuteAsync(connection, $"select pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    /// <summary>True when every known migration has been applied.</summary>
    public async Task<bool> IsUpToDateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("select to_regclass('schema_migrations') is not null", connection);
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!) return false;
        var applied = await AppliedAsync(connection, cancellationToken);
        return KnownMigrations().All(applied.Contains);
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, string name, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var command = new NpgsqlCommand(ReadScript(name), connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var record = new NpgsqlCommand("insert into schema_migrations (name) values ($1)", connection, transaction))
        {
            record.Parameters.AddWithValue(name);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<HashSet<string>> AppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("select name from schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) names.Add(reader.GetString(0));
        return names;
    }

    private static string ReadScript(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name + ".sql")
            ?? throw new InvalidOperationException($"Migration {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
