-- Signpost's own events reach access_events (issue 7), part 2: the copies, the triggers that make them in the
-- same transaction as the change, and the backfill of what the features recorded before (idempotent: it copies
-- only source rows without a copy, found by (source, source_id); run it again at any time).

-- The copies: one access event (or none) per source row, never twice.
create function access_copy_navigation_event(e navigation_access_events) returns integer language plpgsql as $$
declare copied integer;
begin
    if e.request_id is null or e.event not in ('submitted', 'outcome') then return 0; end if;
    insert into access_events (request_ref, event_type, occurred_at, practice_code, channel, language, communication_need, age_band, sex,
        entered_by_staff, disposition, is_demo, source, source_id)
    select access_request_ref(e.request_id), 'request-made', e.occurred_at, e.practice_ods_code, access_channel(e.channel, e.for_someone_else),
        access_language(e.language), access_communication_need(e.communication_needs), access_age_band(e.age_band), access_sex(e.sex),
        e.entered_by_staff, null, e.is_demo, 'navigation', e.id
    where e.event = 'submitted'
    union all
    select access_request_ref(e.request_id), 'outcome-given', e.occurred_at, e.practice_ods_code, null, null, null, null, null,
        null, access_disposition(e.destination, e.role, e.pathway), e.is_demo, 'navigation', e.id
    where e.event = 'outcome'
    on conflict (source, source_id) where source is not null do nothing;
    get diagnostics copied = row_count;
    return copied;
end $$;

-- Only appointments booked for a navigation request count. A booking (from nothing or pending) is 'booked';
-- the first of arrived/fulfilled is 'attended'; noshow is 'did-not-attend'. noshow -> booked (a correction)
-- and cancellations add nothing: the contract has no event to take one back.
create function access_copy_booking_event(e booking_appointment_events) returns integer language plpgsql as $$
declare
    copied integer;
    kind text := case
        when e.to_status = 'booked' and e.from_status is distinct from 'noshow' then 'booked'
        when e.to_status in ('arrived', 'fulfilled') and e.from_status is distinct from 'arrived' then 'attended'
        when e.to_status = 'noshow' then 'did-not-attend' end;
begin
    if kind is null then return 0; end if;
    insert into access_events (request_ref, event_type, occurred_at, practice_code, booking_role, booking_modality, is_demo, source, source_id)
    select access_request_ref(n.id), kind, e.at, n.practice_ods_code,
        case when kind = 'booked' then access_booking_role(t.role) end, case when kind = 'booked' then access_booking_modality(t.modality) end,
        n.is_demo, 'booking', e.id
    from booking_appointments a
    join navigation_requests n on n.id = a.request_id
    join booking_slots s on s.id = a.slot_id
    join booking_appointment_types t on t.id = s.appointment_type_id
    where a.id = e.appointment_id
    on conflict (source, source_id) where source is not null do nothing;
    get diagnostics copied = row_count;
    return copied;
end $$;

-- The score is the ease question (1 very poor to 5 very good).
create function access_copy_feedback(f first_contact_feedback) returns integer language plpgsql as $$
declare copied integer;
begin
    insert into access_events (request_ref, event_type, occurred_at, practice_code, feedback_score, is_demo, source, source_id)
    select access_request_ref(n.id), 'feedback-given', f.submitted_at, n.practice_ods_code, f.ease, n.is_demo, 'feedback', f.id
    from navigation_requests n where n.id = f.request_id
    on conflict (source, source_id) where source is not null do nothing;
    get diagnostics copied = row_count;
    return copied;
end $$;

create function navigation_access_events_to_access_events() returns trigger language plpgsql as $$
begin
    perform access_copy_navigation_event(new);
    return null;
end $$;
create trigger navigation_access_events_to_access_events after insert on navigation_access_events
    for each row when (new.request_id is not null and new.event in ('submitted', 'outcome'))
    execute function navigation_access_events_to_access_events();

create function booking_appointment_events_to_access_events() returns trigger language plpgsql as $$
begin
    perform access_copy_booking_event(new);
    return null;
end $$;
create trigger booking_appointment_events_to_access_events after insert on booking_appointment_events
    for each row when (new.to_status in ('booked', 'arrived', 'fulfilled', 'noshow'))
    execute function booking_appointment_events_to_access_events();

create function first_contact_feedback_to_access_events() returns trigger language plpgsql as $$
begin
    perform access_copy_feedback(new);
    return null;
end $$;
create trigger first_contact_feedback_to_access_events after insert on first_contact_feedback
    for each row execute function first_contact_feedback_to_access_events();

-- Copies every source row not copied yet, oldest first; returns how many events it added. Safe to run again
-- and beside live writes (the unique index on (source, source_id) refuses a second copy).
create function backfill_access_events() returns bigint language plpgsql as $$
declare
    copied bigint := 0;
    n navigation_access_events;
    b booking_appointment_events;
    f first_contact_feedback;
begin
    for n in select * from navigation_access_events e where e.request_id is not null and e.event in ('submitted', 'outcome')
            and not exists (select 1 from access_events a where a.source = 'navigation' and a.source_id = e.id) order by e.id loop
        copied := copied + access_copy_navigation_event(n);
    end loop;
    for b in select * from booking_appointment_events e where e.to_status in ('booked', 'arrived', 'fulfilled', 'noshow')
            and not exists (select 1 from access_events a where a.source = 'booking' and a.source_id = e.id) order by e.id loop
        copied := copied + access_copy_booking_event(b);
    end loop;
    for f in select * from first_contact_feedback e
            where not exists (select 1 from access_events a where a.source = 'feedback' and a.source_id = e.id) order by e.id loop
        copied := copied + access_copy_feedback(f);
    end loop;
    return copied;
end $$;

-- In a demo database (the demo sign-ins exist) the requests the demo seeder made before is_demo existed are
-- the ones named "(demo)"; flag them before copying.
update navigation_requests set is_demo = true
where person_name like '%(demo)' and exists (select 1 from staff_users where email like '%@demo.signpost.invalid');
update navigation_access_events e set is_demo = true from navigation_requests r where r.id = e.request_id and r.is_demo;

-- The demo seeder now makes its requests through the features themselves: its earlier directly written events
-- (request_ref 'demo-…', flagged) are taken out of the summaries and deleted.
select access_daily_add(r, -1) from access_requests r where r.request_ref like 'demo-%' and r.is_demo and r.occurred_at is not null;
delete from access_daily where requests = 0;
delete from access_requests where request_ref like 'demo-%' and is_demo;
delete from access_events where request_ref like 'demo-%' and is_demo;

select backfill_access_events();
