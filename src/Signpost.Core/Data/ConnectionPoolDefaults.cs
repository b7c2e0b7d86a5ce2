using System.Data.Common;
using Npgsql;

namespace Signpost.Core.Data;

/// <summary>
/// How an instance uses its PostgreSQL connections unless the connection string says otherwise (see
/// docs/adr/0540-booking-surge-admission-and-group-commit.md):
/// <list type="bullet">
/// <item>At most <see cref="MaxConnections"/> at once (four per CPU core, at least eight). Requests beyond that wait
/// their turn in the pool: a thousand callers against a hundred backends on two cores made PostgreSQL spend its time
/// switching between them; a small pool with a queue gives the same work to fewer, busier backends.</item>
/// <item>No reset when a connection goes back to the pool: Npgsql otherwise sends five statements (RESET ALL,
/// advisory unlock, …) with the next command, on every request. Signpost keeps no session state on pooled
/// connections: settings are <c>set local</c>, locks are transaction locks (the migrator's session lock is released
/// in a finally block).</item>
/// </list>
/// </summary>
public static class ConnectionPoolDefaults
{
    public static int MaxConnections => Math.Max(8, 4 * Environment.ProcessorCount);

    private static readonly string[] PoolSizeKeys = ["Maximum Pool Size", "MaxPoolSize"];
    private static readonly string[] ResetKeys = ["No Reset On Close", "NoResetOnClose"];

    public static void Apply(NpgsqlConnectionStringBuilder builder, string original)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = original };
        if (!PoolSizeKeys.Any(given.ContainsKey)) builder.MaxPoolSize = MaxConnections;
        if (!ResetKeys.Any(given.ContainsKey)) builder.NoResetOnClose = true;
    }
}
