-- The booking statement as a function (issue 6, the 8 a.m. rush; ADR 0560). It claims the slot first, and only a
-- winner goes on to write the appointment, its first status event, the audit entry, the manage link and the
-- confirmation and reminder messages. A loser (about 70 % of attempts in a rush) runs only the claim, the lookup
-- of its idempotency key and the diagnosis of why the slot could not be booked, instead of opening every table and
-- index the one-statement form wrote to. The claim's conditions are the ones the statement had: free, not held by
-- someone else (or held by the caller's hold), at or after the type's minimum notice, inside its booking window,
-- on the day for a same-day type. The unique index booking_appointments_one_per_slot still forbids a second
-- booking of a slot whatever the caller does; a unique violation raised here keeps its constraint name.
create function booking_book_slot(
    p_slot uuid, p_hold uuid, p_now timestamptz, p_today date, p_id uuid, p_request uuid,
    p_name text, p_nhs text, p_phone text, p_email text, p_language text, p_channel text, p_description text,
    p_actor_type text, p_actor text, p_ip text, p_scope text, p_key text, p_rebook uuid,
    p_link_id uuid, p_link_hash text, p_notify_channel text, p_recipient text, p_manage_path text,
    out r_booked boolean, out r_status text, out r_hold_id uuid, out r_start_at timestamptz, out r_local_date date,
    out r_minimum_notice_minutes int, out r_booking_window_days int, out r_same_day boolean,
    out r_key_appointment uuid, out r_key_slot uuid)
language plpgsql as $$
declare
    claimed booking_slots;
begin
    update booking_slots s set status = 'busy', hold_id = null, held_until = null, version = s.version + 1
    from booking_appointment_types bt
    where s.id = p_slot and bt.id = s.appointment_type_id and s.status = 'free'
      and (s.hold_id is null or s.hold_id = p_hold)
      and s.start_at >= p_now + make_interval(mins => bt.minimum_notice_minutes)
      and s.local_date <= p_today + bt.booking_window_days
      and (not bt.same_day or s.local_date = p_today)
    returning s.* into claimed;

    if found then
        insert into booking_appointments (id, slot_id, request_id, status, patient_name, patient_nhs_number, patient_phone,
            patient_email, language, channel, description, booked_by_type, booked_by, idempotency_scope, idempotency_key,
            rebooked_from, version, created_at, updated_at)
        values (p_id, claimed.id, p_request, 'booked', p_name, p_nhs, p_phone, p_email, p_language, p_channel, p_description,
            p_actor_type, p_actor, p_scope, p_key, p_rebook, 1, p_now, p_now);
        insert into booking_appointment_events (appointment_id, at, actor_type, actor, from_status, to_status, reason)
        values (p_id, p_now, p_actor_type, p_actor, null, 'booked', p_channel);
        insert into audit_log (at, actor_type, actor, action, entity_type, entity_id, details, ip_address)
        values (p_now, p_actor_type, p_actor, 'appointment.booked', 'appointment', p_id::text,
            jsonb_build_object('slot', claimed.id, 'channel', p_channel, 'request', p_request), p_ip);
        insert into booking_links (id, token_hash, purpose, created_by, created_at, expires_at, appointment_id, language)
        values (p_link_id, p_link_hash, 'manage', p_actor, p_now, claimed.end_at + interval '7 days', p_id, p_language);
        if p_recipient is not null then
            insert into booking_notifications (id, kind, appointment_id, channel, recipient, language, personalisation, status,
                due_at, next_attempt_at, created_at)
            select gen_random_uuid(), k.kind, p_id, p_notify_channel, p_recipient, p_language,
                jsonb_build_object('name', p_name, 'start', claimed.start_at, 'site', site.name, 'role', t.role,
                    'modality', t.modality, 'manage_path', p_manage_path),
                'pending', k.due, k.due, p_now
            from booking_sites site
            join booking_appointment_types t on t.id = claimed.appointment_type_id
            cross join lateral (values ('confirmation', p_now), ('reminder', claimed.start_at - interval '24 hours')) as k(kind, due)
            where site.id = claimed.site_id and (k.kind = 'confirmation' or claimed.start_at - interval '24 hours' > p_now);
        end if;
        r_booked := true;
        return;
    end if;

    r_booked := false;
    if p_scope is not null then
        select a.id, a.slot_id into r_key_appointment, r_key_slot
        from booking_appointments a where a.idempotency_scope = p_scope and a.idempotency_key = p_key;
    end if;
    select s.status, s.hold_id, s.start_at, s.local_date, t.minimum_notice_minutes, t.booking_window_days, t.same_day
    into r_status, r_hold_id, r_start_at, r_local_date, r_minimum_notice_minutes, r_booking_window_days, r_same_day
    from booking_slots s join booking_appointment_types t on t.id = s.appointment_type_id
    where s.id = p_slot;
end
$$;
