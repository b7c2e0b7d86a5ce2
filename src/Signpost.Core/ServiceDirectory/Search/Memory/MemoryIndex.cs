using System.Data;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Signpost.Core.ServiceDirectory.Search.Memory;

/// <summary>
/// The directory search index held in memory by each app instance (ADR 0110). It is loaded whole at start-up and then
/// kept in step by reading directory_search_changes: the services whose entries changed in any transaction since the
/// last look are read again. The change log is in the database, so every instance sees every change, whichever
/// instance (or command) made it. One refresh runs at a time; searches read the current snapshot without waiting.
/// </summary>
public sealed class MemoryIndex(NpgsqlDataSource dataSource, MemoryIndexSettings settings, TimeProvider clock, ILogger<MemoryIndex> logger) : IDisposable
{
    private static readonly TimeSpan ReloadAfterSilence = TimeSpan.FromHours(12);
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile SearchSnapshot? current;
    private long lastRead;

    public MemoryIndexSettings Settings => settings;

    /// <summary>The current picture, or null until the first load has finished.</summary>
    public SearchSnapshot? Current => current;

    /// <summary>The current picture, first catching up with the change log when the settings ask for exact answers.</summary>
    public async ValueTask<SearchSnapshot?> ForSearchAsync(CancellationToken cancellationToken)
    {
        if (current is not null && settings.RefreshSeconds <= 0) await RefreshAsync(cancellationToken);
        return current;
    }

    /// <summary>Reads every entry (start-up, or after a long silence in which the change log may have been pruned).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var started = clock.GetTimestamp();
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            var loader = new SnapshotLoader(connection, transaction);
            var watermark = await loader.WatermarkAsync(cancellationToken);
            var entries = await loader.EntriesAsync(null, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            // A whole load reads far more than it keeps (every row's strings before they are shared): collecting between
            // the steps keeps the process's peak memory near what the index needs, not twice that.
            GC.Collect();
            var built = SearchSnapshot.Build(entries, watermark);
            entries.Clear();
            current = built;
            GC.Collect();
            lastRead = clock.GetTimestamp();
            logger.LogInformation("Directory search index loaded: {Entries} entries in {Milliseconds:F0} ms", built.Entries.Length, clock.GetElapsedTime(started).TotalMilliseconds);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Reads the changes made since the last look and applies them. Returns how many services changed.</summary>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken = default)
    {
        if (current is null || clock.GetElapsedTime(lastRead) > ReloadAfterSilence)
        {
            await LoadAsync(cancellationToken);
            return 0;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            var before = current!;
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            var loader = new SnapshotLoader(connection, transaction);
            var watermark = await loader.WatermarkAsync(cancellationToken);
            var changed = await loader.ChangedSinceAsync(before.Watermark, cancellationToken);
            var entries = changed.Count == 0 ? [] : await loader.EntriesAsync(changed.ToArray(), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            current = changed.Count == 0 && watermark == before.Watermark ? before : before.WithChanges(changed, entries, watermark);
            lastRead = clock.GetTimestamp();
            return changed.Count;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets change-log rows older than a day (every instance reads within seconds; one that was silent longer reloads).</summary>
    public async Task<int> PruneChangeLogAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("delete from directory_search_changes where changed_at < now() - interval '1 day'");
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => gate.Dispose();
}
