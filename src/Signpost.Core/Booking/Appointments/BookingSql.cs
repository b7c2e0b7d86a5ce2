namespace Signpost.Core.Booking.Appointments;

/// <summary>
/// The booking statement: one round trip claims the slot (only if free, not held by someone else and bookable
/// now under its type's rules), inserts the appointment, its first status event, the audit entry, the manage
/// link and the confirmation and reminder messages. The unique index booking_appointments_one_per_slot is the
/// database's own guarantee behind the claim.
/// </summary>
internal static class BookingSql
{
    public const string Book = $"""
        with claimed as (
            update booking_slots s set status = 'busy', hold_id = null, held_until = null, version = s.version + 1
            from booking_appointment_types bt
            where s.id = @slot and bt.id = s.appointment_type_id and s.status = 'free'
              and (s.hold_id is null or s.hold_id = @hold)
              and s.start_at >= @now + make_interval(mins => bt.minimum_notice_minutes)
              and s.local_date <= @today + bt.booking_window_days
              and (not bt.same_day or s.local_date = @today)
            returning s.*
        ), appointment as (
            insert into booking_appointments (id, slot_id, request_id, status, patient_name, patient_nhs_number, patient_phone,
                patient_email, language, channel, description, booked_by_type, booked_by, idempotency_scope, idempotency_key,
                rebooked_from, version, created_at, updated_at)
            select @id, c.id, @request, 'booked', @name, @nhs, @phone, @email, @language, @channel, @description,
                @actor_type, @actor, @scope, @key, @rebook, 1, @now, @now
            from claimed c
            returning *
        ), event as (
            insert into booking_appointment_events (appointment_id, at, actor_type, actor, from_status, to_status, reason)
            select id, @now, @actor_type, @actor, null, 'booked', @channel from appointment
        ), audit as (
            insert into audit_log (at, actor_type, actor, action, entity_type, entity_id, details, ip_address)
            select @now, @actor_type, @actor, 'appointment.booked', 'appointment', id::text,
                jsonb_build_object('slot', slot_id, 'channel', channel, 'request', request_id), @ip
            from appointment
        ), link as (
            insert into booking_links (id, token_hash, purpose, created_by, created_at, expires_at, appointment_id, language)
            select @link_id, @link_hash, 'manage', @actor, @now, c.end_at + interval '7 days', a.id, @language
            from appointment a cross join claimed c
        ), message as (
            insert into booking_notifications (id, kind, appointment_id, channel, recipient, language, personalisation, status,
                due_at, next_attempt_at, created_at)
            select gen_random_uuid(), k.kind, a.id, @notify_channel, @recipient, @language,
                jsonb_build_object('name', a.patient_name, 'start', c.start_at, 'site', site.name, 'role', t.role,
                    'modality', t.modality, 'manage_path', @manage_path),
                'pending', k.due, k.due, @now
            from appointment a cross join claimed c
            join booking_sites site on site.id = c.site_id
            join booking_appointment_types t on t.id = c.appointment_type_id
            cross join lateral (values ('confirmation', @now), ('reminder', c.start_at - interval '24 hours')) as k(kind, due)
            where @recipient::text is not null and (k.kind = 'confirmation' or c.start_at - interval '24 hours' > @now)
        )
        select {AppointmentReader.Columns}
        from appointment a join claimed s on s.id = a.slot_id {AppointmentReader.Joins}
        """;

    /// <summary>Why a slot could not be booked: its state and rules as they are now.</summary>
    public const string Diagnose = """
        select s.status, s.hold_id, s.start_at, s.local_date, t.minimum_notice_minutes, t.booking_window_days, t.same_day
        from booking_slots s join booking_appointment_types t on t.id = s.appointment_type_id
        where s.id = @slot
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
