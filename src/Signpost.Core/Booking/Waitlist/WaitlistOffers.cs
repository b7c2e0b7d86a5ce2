using Signpost.Core.Time;
using Npgsql;
using Signpost.Core.Booking.Notifications;

namespace Signpost.Core.Booking.Waitlist;

/// <summary>
/// Offers a freed slot to the next suitable person on the waitlist: a hold on the slot for
/// <see cref="BookingSettings.OfferMinutes"/>, a single-use link and a message, all in the caller's transaction.
/// </summary>
public class WaitlistOffers(BookingSettings settings)
{
    public const string OfferPathPrefix = "/offer/";

    /// <summary>Returns the waitlist entry offered the slot, or null when nobody suitable is waiting.</summary>
    internal async Task<Guid?> OfferSlotAsync(NpgsqlConnection connection, Guid slotId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidate = await NextCandidateAsync(connection, slotId, now, cancellationToken);
        if (candidate is null) return null;
        var (entry, name, phone, email, language, lastChance) = candidate.Value;
        // An offer never outlives the last moment the slot can still be booked.
        var (hold, expires) = (Guid.NewGuid(), Min(now.AddMinutes(settings.OfferMinutes), lastChance));
        if (expires <= now.AddMinutes(1)) return null;
        await using (var claim = new NpgsqlCommand(WaitlistSql.HoldSlot, connection).With("hold", hold).With("expires", expires).With("slot", slotId))
        {
            if (await claim.ExecuteNonQueryAsync(cancellationToken) == 0) return null;
        }
        var token = BookingTokens.New();
        var (channel, recipient) = NotificationRoute.For(phone, email);
        await using var batch = new NpgsqlBatch(connection);
        Add(batch, WaitlistSql.InsertHold).With("hold", hold).With("slot", slotId).With("entry", entry).With("now", now).With("expires", expires);
        Add(batch, WaitlistSql.InsertLink).With("link", Guid.NewGuid()).With("hash", BookingTokens.Hash(token)).With("now", now)
            .With("expires", expires).With("entry", entry).With("hold", hold).With("language", language);
        Add(batch, WaitlistSql.MarkOffered).With("entry", entry).With("now", now);
        Add(batch, WaitlistSql.Audit).With("now", now).With("entry_text", entry.ToString()).With("slot", slotId).With("hold", hold);
        if (recipient is not null)
        {
            Add(batch, WaitlistSql.Message).With("channel", channel).With("recipient", recipient).With("language", language).With("name", name)
                .With("path", OfferPathPrefix + token).With("expires", expires).With("now", now).With("slot", slotId);
        }
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return entry;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static async Task<(Guid Entry, string Name, string? Phone, string? Email, string Language, DateTimeOffset LastChance)?> NextCandidateAsync(NpgsqlConnection connection, Guid slotId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(WaitlistSql.NextCandidate, connection).With("slot", slotId).With("now", now).With("today", UkTime.DateOf(now));
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        if (!await r.ReadAsync(cancellationToken)) return null;
        return (r.GetGuid(0), r.GetString(1), r.Get<string>("patient_phone"), r.Get<string>("patient_email"), r.GetString(4), r.GetFieldValue<DateTimeOffset>(5));
    }

    private static NpgsqlBatchCommand Add(NpgsqlBatch batch, string sql)
    {
        var command = new NpgsqlBatchCommand(sql);
        batch.BatchCommands.Add(command);
        return command;
    }
}
