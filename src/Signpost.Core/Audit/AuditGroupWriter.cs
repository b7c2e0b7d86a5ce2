using Npgsql;
using NpgsqlTypes;

namespace Signpost.Core.Audit;

/// <summary>
/// Writes audit entries for hot paths (every FHIR API call) with group commit: the entries of calls that finish
/// while one insert is running are written together by the next one, one statement and one transaction for many
/// calls. <see cref="WriteAsync"/> completes only when its entry is committed (or fails with the database's error),
/// so a caller that awaits it answers only calls that are in the audit log, exactly as with one insert per call.
/// Nothing is held back in memory after a caller has been answered: a crash loses no answered call's entry. Each
/// instance writes its own entries; there is nothing to coordinate between instances.
/// </summary>
public sealed class AuditGroupWriter(NpgsqlDataSource dataSource)
{
    /// <summary>At most this many entries per statement (a larger backlog is written in several).</summary>
    public const int MaxBatch = 500;

    private const string Insert = """
        insert into audit_log (at, actor_type, actor, action, entity_type, entity_id, details, ip_address)
        select * from unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::text[])
        """;

    private readonly Lock gate = new();
    private List<Pending> queue = [];
    private bool flushing;

    /// <summary>Statements written so far by this instance (for tests and diagnostics).</summary>
    public long Statements { get; private set; }

    /// <summary>Queues the entry and completes when it is committed. <c>Details</c> must be JSON text (or null).</summary>
    public Task WriteAsync(AuditEntry entry)
    {
        var pending = new Pending(entry, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        bool start;
        lock (gate)
        {
            queue.Add(pending);
            start = !flushing;
            flushing = true;
        }
        // The caller that finds no insert running starts one; it keeps going while entries arrive, then stops.
        if (start) _ = Task.Run(FlushAsync, CancellationToken.None);
        return pending.Done.Task;
    }

    private async Task FlushAsync()
    {
        while (true)
        {
            List<Pending> batch;
            lock (gate)
            {
                if (queue.Count == 0)
                {
                    flushing = false;
                    return;
                }
                (batch, queue) = (queue, []);
            }
            foreach (var chunk in batch.Chunk(MaxBatch))
            {
                try
                {
                    await InsertAsync(chunk);
                    foreach (var p in chunk) p.Done.TrySetResult();
                }
                catch (Exception e)
                {
                    foreach (var p in chunk) p.Done.TrySetException(e);
                }
            }
        }
    }

    private async Task InsertAsync(Pending[] chunk)
    {
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand(Insert, connection);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = [.. chunk.Select(p => p.Entry.At)] });
        Add(command, chunk, e => e.ActorType);
        Add(command, chunk, e => e.Actor);
        Add(command, chunk, e => e.Action);
        Add(command, chunk, e => e.EntityType);
        Add(command, chunk, e => e.EntityId);
        command.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = [.. chunk.Select(p => p.Entry.Details)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        Add(command, chunk, e => e.IpAddress);
        await command.PrepareAsync(CancellationToken.None);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
        Statements++;
    }

    private static void Add(NpgsqlCommand command, Pending[] chunk, Func<AuditEntry, string?> value) =>
        command.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = [.. chunk.Select(p => value(p.Entry))] });

    private sealed record Pending(AuditEntry Entry, TaskCompletionSource Done);
}
