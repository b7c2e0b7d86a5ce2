using Npgsql;
using Signpost.Core.Audit;

namespace Signpost.Core.Booking.Holds;

/// <summary>
/// Ends holds and offers whose time is up. Any number of instances may run it at once: each due hold is
/// claimed by one of them (for update skip locked) and leaves the active state exactly once.
/// </summary>
public class HoldExpiry(NpgsqlDataSource dataSource, TimeProvider clock, HoldEnding ending)
{
    public const int BatchSize = 100;

    /// <summary>Expires what is due now; returns how many holds this call expired.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        while (true)
        {
            var now = clock.GetUtcNow();
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using var select = new NpgsqlCommand(HoldSql.ExpireDue, connection).With("now", now).With("batch", BatchSize);
            var ended = await ending.EndAsync(select, "booking-hold.expired", AuditActor.System, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            total += ended.Count;
            if (ended.Count < BatchSize) return total;
        }
    }
}
