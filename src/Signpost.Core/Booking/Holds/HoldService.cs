using Signpost.Core.Time;
using Npgsql;
using Signpost.Core.Audit;

namespace Signpost.Core.Booking.Holds;

/// <summary>Holds a free slot for a few minutes while a person confirms, and lets them give it back.</summary>
public class HoldService(NpgsqlDataSource dataSource, TimeProvider clock, BookingSettings settings, HoldEnding ending)
{
    /// <summary>Holds the slot when it is free, not held and bookable now; otherwise returns no hold.</summary>
    public async Task<PlaceHoldResult> PlaceHoldAsync(Guid slotId, Guid? linkId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var (hold, expires) = (Guid.NewGuid(), now.AddMinutes(settings.HoldMinutes));
        await using var command = dataSource.CreateCommand(HoldSql.Place)
            .With("hold", hold).With("expires", expires).With("slot", slotId).With("now", now).With("today", UkTime.DateOf(now))
            .With("link", linkId).With("actor", $"{actor.Type}:{actor.Name}");
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1 ? new PlaceHoldResult(hold, expires) : new PlaceHoldResult(null, null);
    }

    /// <summary>Gives the slot back (a declined offer goes to the next person). False when the hold had already ended.</summary>
    public async Task<bool> ReleaseAsync(Guid holdId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var select = new NpgsqlCommand(HoldSql.Release, connection).With("hold", holdId).With("now", now);
        var ended = await ending.EndAsync(select, "booking-hold.released", actor, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ended.Count == 1;
    }
}
