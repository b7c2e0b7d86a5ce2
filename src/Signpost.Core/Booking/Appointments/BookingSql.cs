namespace Signpost.Core.Booking.Appointments;

/// <summary>
/// The booking statements. <see cref="Book"/> calls <c>booking_book_slot</c> (migration 0560): one round trip claims
/// the slot (only if free, not held by someone else and bookable now under its type's rules) and, only when it did,
/// inserts the appointment, its first status event, the audit entry, the manage link and the confirmation and
/// reminder messages; a loser gets back whether its idempotency key already booked and why the slot could not be
/// booked. The unique index booking_appointments_one_per_slot is the database's own guarantee behind the claim.
/// </summary>
internal static class BookingSql
{
    public const string Book = """
        select r_booked, r_status, r_hold_id, r_start_at, r_local_date, r_minimum_notice_minutes, r_booking_window_days,
            r_same_day, r_key_appointment, r_key_slot
        from booking_book_slot(@slot::uuid, @hold::uuid, @now::timestamptz, @today::date, @id::uuid, @request::uuid,
            @name::text, @nhs::text, @phone::text, @email::text, @language::text, @channel::text, @description::text,
            @actor_type::text, @actor::text, @ip::text, @scope::text, @key::text, @rebook::uuid,
            @link_id::uuid, @link_hash::text, @notify_channel::text, @recipient::text, @manage_path::text)
        """;

    /// <summary>The appointment just booked, in the same round trip (no row for a loser).</summary>
    public const string Booked = $"""
        select {AppointmentReader.Columns}
        from booking_appointments a join booking_slots s on s.id = a.slot_id {AppointmentReader.Joins}
        where a.id = @id
        """;

    public const string UseHold = """
        update booking_holds set state = 'booked', ended_at = @now
        where id = @hold and slot_id = @slot and state = 'active' and expires_at > @now
        """;

    public const string UseLink = """
        update booking_links set used_at = @now
        where id = @link and purpose in ('self-book', 'offer') and used_at is null and expires_at > @now
        """;

    public const string WaitlistBooked = """
        update booking_waitlist_entries set state = 'booked', appointment_id = @appointment, updated_at = @now
        where id = @entry and state in ('waiting', 'offered')
        """;

    public const string FindByKey = """
        select a.id, a.slot_id from booking_appointments a where a.idempotency_scope = @scope and a.idempotency_key = @key
        """;
}
