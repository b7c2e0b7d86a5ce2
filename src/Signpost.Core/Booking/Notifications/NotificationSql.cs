namespace Signpost.Core.Booking.Notifications;

internal static class NotificationSql
{
    /// <summary>Claims due messages with a lease; two dispatchers never claim the same row.</summary>
    public const string Claim = """
        with due as (
            select id from booking_notifications
            where status = 'pending' and next_attempt_at <= @now and (locked_until is null or locked_until <= @now)
            order by next_attempt_at limit @batch for update skip locked
        )
        update booking_notifications n set locked_until = @lease, attempts = n.attempts + 1
        from due where n.id = due.id
        returning n.id, n.kind, n.channel, n.recipient, n.language, n.personalisation::text, n.attempts,
            (select a.status from booking_appointments a where a.id = n.appointment_id)
        """;

    /// <summary>
    /// Just before sending: extends the lease if this claim still holds it. A batch's later messages may wait behind
    /// slow sends; once their lease lapses another instance may claim them (attempts moves on), and then this one must not send.
    /// </summary>
    public const string Renew = """
        update booking_notifications set locked_until = @lease
        where id = @id and attempts = @attempts and status = 'pending' and locked_until > @now
        """;

    public const string Sent = """
        update booking_notifications set status = 'sent', sent_at = @now, provider_reference = @reference, locked_until = null, last_error = null, sender = @sender
        where id = @id and attempts = @attempts
        """;

    /// <summary>Back to pending for a later attempt, or failed when attempts are used up or the failure is permanent.</summary>
    public const string Retry = """
        update booking_notifications set status = case when attempts >= @max or @permanent then 'failed' else 'pending' end,
            next_attempt_at = @next, locked_until = null, last_error = @error, sender = @sender
        where id = @id and attempts = @attempts
        """;

    public const string Withdraw = """
        update booking_notifications set status = 'cancelled', locked_until = null where id = @id and attempts = @attempts
        """;
}
