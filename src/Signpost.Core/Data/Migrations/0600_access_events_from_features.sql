-- Signpost's own events reach access_events (issue 7): navigation's requests and outcomes, booking's
-- appointments and attendance, and first-contact feedback are copied by triggers on the tables where those
-- features record them, in the same transaction as the change. The vocabularies differ (age bands, channel
-- and proxy, destination and disposition, roles and modalities), so every value goes through one of the
-- mapping functions below; an unknown value is mapped to 'other' or left unrecorded, never an error.
-- Each copied row remembers its source row (source, source_id), which makes copying idempotent: the backfill
-- at the end, and any later run of backfill_access_events(), copies only what is not there yet.

-- Demo requests (./signpost demo seed) are flagged, and the flag travels with their events.
alter table navigation_requests add column is_demo boolean not null default false;
alter table navigation_access_events add column is_demo boolean not null default false;

alter table access_events add column source text null, add column source_id bigint null,
    add constraint access_events_source_check check (source in ('navigation', 'booking', 'feedback')),
    add constraint access_events_source_id_check check ((source is null) = (source_id is null));
create unique index access_events_source on access_events (source, source_id) where source is not null;
-- A channel navigation adds later is counted as 'other' rather than refused.
alter table access_events drop constraint access_events_channel_check,
    add constraint access_events_channel_check check (channel in ('online', 'phone', 'walk-in', 'proxy', 'other'));

-- The events that are not requests (red-flag screen advice, online route closed or full), counted separately.
create index navigation_access_events_not_requests on navigation_access_events (occurred_at)
    where event in ('emergency-advice', 'not-accepted');

-- The mappings (docs/analytics.md, "Signpost's own events"). request_ref is the request's uuid in "N" format.
create function access_request_ref(request_id uuid) returns text language sql immutable
    return replace(request_id::text, '-', '');

create function access_channel(channel text, for_someone_else boolean) returns text language sql immutable
    return case when for_someone_else then 'proxy' when channel in ('online', 'phone', 'walk-in') then channel else 'other' end;

-- Navigation's bands (0, 1-4, 5-15, 16-24, ten-year bands, 85+) into the equity view's.
create function access_age_band(band text) returns text language sql immutable
    return case band
        when '0' then '0-15' when '1-4' then '0-15' when '5-15' then '0-15' when '16-24' then '16-24'
        when '25-34' then '25-44' when '35-44' then '25-44' when '45-54' then '45-64' when '55-64' then '45-64'
        when '65-74' then '65-74' when '75-84' then '75+' when '85+' then '75+' end;

create function access_sex(sex text) returns text language sql immutable
    return case when sex in ('female', 'male', 'other', 'not-stated') then sex end;

-- An ISO 639 code (optionally with a region), lower case; anything else is not recorded.
create function access_language(language text) returns text language sql immutable
    return case when lower(trim(language)) ~ '^[a-z]{2,3}(-[a-z0-9]{2,8})?$' then lower(trim(language)) end;

-- One need per request: the first in the form's order (interpreter first), 'none' when there is none.
create function access_communication_need(needs text[]) returns text language sql immutable
    return case when coalesce(cardinality(needs), 0) = 0 then 'none'
        else coalesce((select n from unnest(needs) n
                       where n = any (array['interpreter', 'bsl', 'easy-read', 'large-print', 'braille', 'hearing-loop', 'other'])
                       order by array_position(array['interpreter', 'bsl', 'easy-read', 'large-print', 'braille', 'hearing-loop', 'other'], n)
                       limit 1), 'other') end;

-- Where the person was sent: navigation's destination, with the practice team role and Pharmacy First pathway.
create function access_disposition(destination text, role text, pathway text) returns text language sql immutable
    return case
        when destination is null then null
        when destination = 'general-practice' then case
            when role = 'gp' then 'gp-appointment'
            when role = 'admin-team' then 'admin-resolved'
            when role in ('advanced-nurse-practitioner', 'practice-nurse', 'clinical-pharmacist', 'physiotherapist', 'paramedic',
                'mental-health-practitioner', 'social-prescriber', 'care-coordinator') then 'other-clinician'
            else 'general-practice' end
        when destination = 'community-pharmacy' then case when pathway is not null then 'pharmacy-first' else 'pharmacy' end
        when destination = 'nhs-111' then '111'
        when destination = 'emergency-services' then '999'
        when destination = 'emergency-department' then 'a-and-e'
        when destination in ('self-care', 'urgent-treatment-centre', 'dental', 'optometry', 'sexual-health', 'mental-health-crisis') then destination
        else 'other' end;

-- Booking's MDT roles are the contract's; navigation's names for the nurse roles are accepted too.
create function access_booking_role(role text) returns text language sql immutable
    return case
        when role is null then null
        when role in ('gp', 'nurse', 'clinical-pharmacist', 'physiotherapist', 'paramedic', 'mental-health-practitioner',
            'care-coordinator', 'social-prescriber', 'health-care-assistant', 'physician-associate') then role
        when role in ('practice-nurse', 'advanced-nurse-practitioner') then 'nurse'
        else 'other' end;

create function access_booking_modality(modality text) returns text language sql immutable
    return case
        when modality is null then null
        when modality in ('face-to-face', 'telephone', 'video', 'home-visit') then modality
        when modality = 'phone' then 'telephone'
        else 'other' end;

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
