using Signpost.Core.Time;
using Npgsql;
using Signpost.Core.Booking.Notifications;

namespace Signpost.Core.Booking.Appointments;

/// <summary>Books slots: atomically, once per slot (the database enforces it), and once per idempotency key.</summary>
public class SlotBooker(NpgsqlDataSource dataSource, TimeProvider clock, AppointmentStatusChanger statusChanger)
{
    public const string ManagePathPrefix = "/appointment/";

    public async Task<BookSlotResult> BookSlotAsync(BookSlotOptions options, CancellationToken cancellationToken = default)
    {
        var scope = options.IdempotencyKey is null ? null : $"{options.Actor.Type}:{options.Actor.Name}";
        // Every step uses this one connection: a request never waits for a second one from the pool.
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            if (options is { HoldId: null, LinkId: null, WaitlistEntryId: null, RebookFrom: null }) return await BookInOneStatementAsync(connection, scope, options, cancellationToken);
            var result = await BookInTransactionAsync(connection, scope, options, cancellationToken);
            // A retry of a booking that did happen finds its slot taken: the key shows it was this caller's own.
            if (!result.Succeeded && scope is not null && await FindReplayAsync(connection, scope, options, cancellationToken) is { } replay) return replay;
            return result;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "booking_appointments_idempotency")
        {
            return await FindReplayAsync(connection, scope!, options, cancellationToken) ?? throw new InvalidOperationException("A booking with this key vanished.", e);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && e.ConstraintName == "booking_appointments_one_per_slot")
        {
            return new BookSlotResult(BookingOutcome.SlotTaken, Problem: "That time has just been booked by someone else.");
        }
    }

    /// <summary>
    /// The common case (no hold, link, waitlist or rebooking): one round trip, committed on its own, so the slot's
    /// row lock is held only while it runs. A loser's diagnosis, and whether its idempotency key already booked
    /// (a retry of a booking that did happen finds its slot taken), come back in the same round trip.
    /// </summary>
    private async Task<BookSlotResult> BookInOneStatementAsync(NpgsqlConnection connection, string? scope, BookSlotOptions options, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (claim, appointment, token) = await ClaimAsync(connection, scope, options, now, cancellationToken);
        if (appointment is not null) return new BookSlotResult(BookingOutcome.Booked, appointment, token);
        if (claim.KeyAppointment is not { } first) return claim.Diagnose(now);
        if (claim.KeySlot != options.SlotId) return KeyReused;
        return new BookSlotResult(BookingOutcome.Replayed, await AppointmentReader.GetAsync(connection, first, cancellationToken));
    }

    /// <summary>Calls the booking function and reads the appointment it booked, if it did, in one round trip.</summary>
    private static async Task<(SlotClaim Claim, AppointmentView? Appointment, string Token)> ClaimAsync(NpgsqlConnection connection, string? scope, BookSlotOptions options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (token, id) = (BookingTokens.New(), Guid.CreateVersion7(now));
        await using var batch = new NpgsqlBatch(connection);
        var book = new NpgsqlBatchCommand(BookingSql.Book);
        AddBookingParameters(book.Parameters, scope, options, now, token, id);
        batch.BatchCommands.Add(book.Positional());
        batch.BatchCommands.Add(new NpgsqlBatchCommand(BookingSql.Booked).With("id", id).Positional());
        await batch.PrepareAsync(cancellationToken);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) throw new InvalidOperationException("The booking function returned no row.");
        var claim = SlotClaim.Read(reader);
        await reader.NextResultAsync(cancellationToken);
        var appointment = claim.Booked && await reader.ReadAsync(cancellationToken) ? AppointmentReader.Read(reader) : null;
        return (claim, appointment, token);
    }

    private async Task<BookSlotResult> BookInTransactionAsync(NpgsqlConnection connection, string? scope, BookSlotOptions options, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (options.HoldId is { } hold && !await ExecuteAsync(connection, BookingSql.UseHold, c => c.With("hold", hold).With("slot", options.SlotId).With("now", now), cancellationToken))
        {
            return new BookSlotResult(BookingOutcome.HoldNotValid, Problem: "The time kept for you has run out or is for another slot.");
        }
        if (options.LinkId is { } link && !await ExecuteAsync(connection, BookingSql.UseLink, c => c.With("link", link).With("now", now), cancellationToken))
        {
            return new BookSlotResult(BookingOutcome.LinkNotValid, Problem: "This link has already been used or has expired.");
        }
        var (claim, appointment, token) = await ClaimAsync(connection, scope, options, now, cancellationToken);
        if (appointment is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return claim.Diagnose(now);
        }
        if (options.WaitlistEntryId is { } entry)
        {
            await ExecuteAsync(connection, BookingSql.WaitlistBooked, c => c.With("appointment", appointment.Id).With("entry", entry).With("now", now), cancellationToken);
        }
        if (options.RebookFrom is { } previous)
        {
            var cancel = new ChangeStatusOptions(previous, AppointmentStatuses.Cancelled, options.Actor) { Reason = "rebooked", Note = $"Rebooked as {appointment.Id}" };
            var changed = await statusChanger.ChangeInTransactionAsync(connection, cancel, now, cancellationToken);
            if (changed.Outcome != ChangeStatusOutcome.Changed)
            {
                await transaction.RollbackAsync(cancellationToken);
                return new BookSlotResult(BookingOutcome.RebookNotAllowed, Problem: changed.Problem);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return new BookSlotResult(BookingOutcome.Booked, appointment, token);
    }

    private static void AddBookingParameters(NpgsqlParameterCollection p, string? scope, BookSlotOptions options, DateTimeOffset now, string token, Guid id)
    {
        var (channel, recipient) = NotificationRoute.For(options.Patient.Phone, options.Patient.Email);
        void Add<T>(string name, T value) => p.Add(new NpgsqlParameter<T>(name, value));
        Add("slot", options.SlotId); Add("hold", options.HoldId); Add("now", now); Add("today", UkTime.DateOf(now));
        Add("id", id); Add("request", options.RequestId); Add("name", options.Patient.Name);
        Add("nhs", options.Patient.NhsNumber); Add("phone", options.Patient.Phone); Add("email", options.Patient.Email);
        Add("language", options.Patient.Language); Add("channel", options.Channel); Add("description", options.Description);
        Add("actor_type", options.Actor.Type); Add("actor", options.Actor.Name); Add("ip", options.Actor.IpAddress);
        Add("scope", scope); Add("key", options.IdempotencyKey); Add("rebook", options.RebookFrom);
        Add("link_id", Guid.NewGuid()); Add("link_hash", BookingTokens.Hash(token));
        Add("notify_channel", channel); Add("recipient", recipient); Add("manage_path", ManagePathPrefix + token);
    }

    private static async Task<BookSlotResult?> FindReplayAsync(NpgsqlConnection connection, string scope, BookSlotOptions options, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(BookingSql.FindByKey, connection).With("scope", scope).With("key", options.IdempotencyKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        var (id, slot) = (reader.GetGuid(0), reader.GetGuid(1));
        if (slot != options.SlotId) return KeyReused;
        await reader.CloseAsync();
        var appointment = await AppointmentReader.GetAsync(connection, id, cancellationToken);
        return new BookSlotResult(BookingOutcome.Replayed, appointment);
    }

    private static readonly BookSlotResult KeyReused = new(BookingOutcome.KeyReused, Problem: "This idempotency key was already used to book a different slot.");

    private static async Task<bool> ExecuteAsync(NpgsqlConnection connection, string sql, Action<NpgsqlCommand> parameters, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        parameters(command);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }
}
