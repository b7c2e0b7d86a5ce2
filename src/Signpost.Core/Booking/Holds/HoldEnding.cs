using Npgsql;
using Signpost.Core.Audit;
using Signpost.Core.Booking.Waitlist;

namespace Signpost.Core.Booking.Holds;

/// <summary>
/// What happens, in the same transaction, when holds end: their slots are free again, a person whose offer
/// ended goes back to waiting (or leaves the list when their time frame has passed), each ending is audited
/// once, and every slot that was on offer is offered to the next suitable person.
/// </summary>
public class HoldEnding(WaitlistOffers offers)
{
    internal async Task<List<EndedHold>> EndAsync(NpgsqlCommand select, string action, AuditActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = select.Connection!;
        var ended = new List<EndedHold>();
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ended.Add(new EndedHold(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetGuid(3)));
            }
        }
        if (ended.Count == 0) return ended;
        var ids = ended.Select(h => h.Id).ToArray();
        await using (var batch = new NpgsqlBatch(connection))
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(HoldSql.FreeSlots).With("ids", ids));
            batch.BatchCommands.Add(new NpgsqlBatchCommand(HoldSql.BackToWaiting).With("now", now)
                .With("entries", ended.Where(h => h.WaitlistEntryId is not null).Select(h => h.WaitlistEntryId!.Value).ToArray()));
            batch.BatchCommands.Add(new NpgsqlBatchCommand(HoldSql.Audit).With("now", now).With("actor_type", actor.Type)
                .With("actor", actor.Name).With("action", action).With("ids", ids));
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var offer in ended.Where(h => h.Kind == "offer"))
        {
            await offers.OfferSlotAsync(connection, offer.SlotId, now, cancellationToken);
        }
        return ended;
    }
}
