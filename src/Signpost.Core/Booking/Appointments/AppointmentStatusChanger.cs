using System.Text.Json;
using Npgsql;
using Signpost.Core.Booking.Notifications;
using Signpost.Core.Booking.Waitlist;

namespace Signpost.Core.Booking.Appointments;

/// <summary>
/// Changes appointment statuses with a history entry and an audit entry in the same transaction. Cancelling
/// frees the slot, withdraws pending reminders, tells the person and offers the slot to the waitlist.
/// </summary>
public class AppointmentStatusChanger(NpgsqlDataSource dataSource, TimeProvider clock, WaitlistOffers offers)
{
    public async Task<ChangeStatusResult> ChangeStatusAsync(ChangeStatusOptions options, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await ChangeInTransactionAsync(connection, options, clock.GetUtcNow(), cancellationToken);
        if (result.Outcome == ChangeStatusOutcome.Changed) await transaction.CommitAsync(cancellationToken);
        return result;
    }

    internal async Task<ChangeStatusResult> ChangeInTransactionAsync(NpgsqlConnection connection, ChangeStatusOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = await LockAsync(connection, options.AppointmentId, cancellationToken);
        if (current is null) return new ChangeStatusResult(ChangeStatusOutcome.NotFound, "There is no such appointment.");
        var (from, version, slotId, phone, email, language) = current.Value;
        if (options.ExpectedVersion is { } expected && expected != version)
        {
            return new ChangeStatusResult(ChangeStatusOutcome.VersionConflict, "The appointment was changed by someone else; reload it and try again.");
        }
        if (!AppointmentStatuses.CanChange(from, options.NewStatus))
        {
            return new ChangeStatusResult(ChangeStatusOutcome.NotAllowed, $"An appointment that is {from} cannot become {options.NewStatus}.");
        }
        var cancelling = options.NewStatus == AppointmentStatuses.Cancelled;
        if (cancelling && !await ReasonExistsAsync(connection, options.Reason, cancellationToken))
        {
            return new ChangeStatusResult(ChangeStatusOutcome.ReasonNeeded, "Choose why the appointment is cancelled.");
        }
        await using (var batch = ChangeBatch(connection, options, from, now))
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        if (!AppointmentStatuses.FreesSlot(options.NewStatus)) return new ChangeStatusResult(ChangeStatusOutcome.Changed);
        await using (var reminders = new NpgsqlCommand(StatusSql.CancelReminders, connection).With("id", options.AppointmentId))
        {
            await reminders.ExecuteNonQueryAsync(cancellationToken);
        }
        if (cancelling && NotificationRoute.For(phone, email) is ({ } channel, { } recipient))
        {
            await using var message = new NpgsqlCommand(StatusSql.CancellationMessage, connection)
                .With("id", options.AppointmentId).With("now", now).With("channel", channel).With("recipient", recipient).With("language", language);
            await message.ExecuteNonQueryAsync(cancellationToken);
        }
        var freed = await ExecuteAsync(connection, StatusSql.FreeSlot, slotId, now, cancellationToken);
        var offered = freed ? await offers.OfferSlotAsync(connection, slotId, now, cancellationToken) : null;
        return new ChangeStatusResult(ChangeStatusOutcome.Changed, OfferedToWaitlistEntry: offered);
    }

    private static NpgsqlBatch ChangeBatch(NpgsqlConnection connection, ChangeStatusOptions options, string from, DateTimeOffset now)
    {
        var batch = new NpgsqlBatch(connection);
        var reason = options.NewStatus == AppointmentStatuses.Cancelled ? options.Reason : null;
        batch.BatchCommands.Add(new NpgsqlBatchCommand(StatusSql.Update).With("id", options.AppointmentId).With("to", options.NewStatus)
            .With("reason", reason).With("note", options.Note).With("now", now));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(StatusSql.Event).With("id", options.AppointmentId).With("now", now)
            .With("actor_type", options.Actor.Type).With("actor", options.Actor.Name).With("from", from).With("to", options.NewStatus).With("reason", reason ?? options.Note));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(StatusSql.Audit).With("id", options.AppointmentId.ToString()).With("now", now)
            .With("actor_type", options.Actor.Type).With("actor", options.Actor.Name).With("ip", options.Actor.IpAddress)
            .With("action", $"appointment.{options.NewStatus}").With("details", JsonSerializer.Serialize(new { from, reason })));
        return batch;
    }

    private static async Task<(string Status, int Version, Guid SlotId, string? Phone, string? Email, string Language)?> LockAsync(NpgsqlConnection connection, Guid id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(StatusSql.Lock, connection).With("id", id);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        if (!await r.ReadAsync(cancellationToken)) return null;
        return (r.GetString(0), r.GetInt32(1), r.GetGuid(2), r.Get<string>("patient_phone"), r.Get<string>("patient_email"), r.GetString(5));
    }

    private static async Task<bool> ReasonExistsAsync(NpgsqlConnection connection, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason)) return false;
        await using var command = new NpgsqlCommand("select 1 from booking_cancellation_reasons where code = @c", connection).With("c", reason);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static async Task<bool> ExecuteAsync(NpgsqlConnection connection, string sql, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection).With("id", id).With("now", now);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }
}
