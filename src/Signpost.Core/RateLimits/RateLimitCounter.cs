using Npgsql;

namespace Signpost.Core.RateLimits;

/// <summary>
/// Fixed-window request counters kept in PostgreSQL, so that every app instance enforces one shared limit.
/// </summary>
public class RateLimitCounter(NpgsqlDataSource dataSource, TimeProvider clock)
{
    /// <summary>Counts one hit and returns true while the partition is within <paramref name="limit"/> for the window.</summary>
    public async Task<bool> TryHitAsync(string partitionKey, int limit, TimeSpan window, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var windowStart = new DateTimeOffset(now.UtcTicks - now.UtcTicks % window.Ticks, TimeSpan.Zero);
        await using var command = dataSource.CreateCommand("""
            insert into rate_limit_counters (partition_key, window_start, hits) values ($1, $2, 1)
            on conflict (partition_key, window_start) do update set hits = rate_limit_counters.hits + 1
            returning hits
            """);
        command.Parameters.AddWithValue(partitionKey);
        command.Parameters.AddWithValue(windowStart);
        var hits = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        return hits <= limit;
    }

    /// <summary>Removes windows that ended before <paramref name="olderThan"/>.</summary>
    public async Task<int> PurgeAsync(TimeSpan olderThan, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("delete from rate_limit_counters where window_start < $1");
        command.Parameters.AddWithValue(clock.GetUtcNow() - olderThan);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
