using Npgsql;
using Signpost.Core.Data;
using Signpost.Core.Imports;

namespace Signpost.TestCommon;

/// <summary>
/// One real PostgreSQL database per test process, created fresh from the server that ./test provisions
/// (SIGNPOST_DB), migrated, and dropped when the process ends. Tests share it and stay independent by making
/// their own uniquely keyed data.
/// </summary>
public sealed class TestDatabase
{
    private static readonly Lazy<Task<TestDatabase>> Instance = new(CreateAsync);
    private readonly Lazy<Task> referenceData;

    private TestDatabase(string connectionString, NpgsqlDataSource dataSource)
    {
        ConnectionString = connectionString;
        DataSource = dataSource;
        referenceData = new Lazy<Task>(() => new ReferenceDataImporter(dataSource, TimeProvider.System).ImportAsync(RepositoryPaths.Data("blmk")));
    }

    public string ConnectionString { get; }
    public NpgsqlDataSource DataSource { get; }

    public static Task<TestDatabase> GetAsync() => Instance.Value;

    /// <summary>The server connection string with another database name, for tests that need a database of their own.</summary>
    public static string ServerConnectionString(string database)
    {
        var baseline = Environment.GetEnvironmentVariable("SIGNPOST_DB");
        if (string.IsNullOrWhiteSpace(baseline))
        {
            throw new InvalidOperationException("SIGNPOST_DB is not set. Run the tests with ./test, which provisions PostgreSQL.");
        }
        return new NpgsqlConnectionStringBuilder(baseline) { Database = database, Pooling = true, MaxPoolSize = 200 }.ConnectionString;
    }

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 33, 63)];
        await using (var admin = new NpgsqlConnection(ServerConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"create database \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        var connectionString = ServerConnectionString(name);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(name);
        return connectionString;
    }

    /// <summary>Loads the BLMK reference data from the repository's data/blmk once for this database.</summary>
    public Task EnsureReferenceDataAsync() => referenceData.Value;

    private static async Task<TestDatabase> CreateAsync()
    {
        var connectionString = await CreateEmptyDatabaseAsync("signpost_test");
        var dataSource = NpgsqlDataSource.Create(connectionString);
        await new DatabaseMigrator(dataSource).MigrateAsync();
        return new TestDatabase(connectionString, dataSource);
    }

    private static void Drop(string name)
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            using var admin = new NpgsqlConnection(ServerConnectionString("postgres"));
            admin.Open();
            using var drop = new NpgsqlCommand($"drop database if exists \"{name}\" with (force)", admin);
            drop.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // Best effort: a leftover test database is harmless and ./test's cluster is private.
        }
    }
}
