-- Access and equity analytics: national GP data (GPAD appointments, coverage, registered patients, online
-- consultation submissions, cloud telephony) and Signpost's own access events.
--
-- Fact tables have no primary key, so binary COPY streams straight into them. Each row carries the import
-- run that loaded it; a later file replaces the (area, month) pairs it contains, which gpad_month_summary
-- records. GPAD dimension values are stored as small integer codes (see Analytics/Gpad/GpadCodes.cs).

create table gpad_regional_appointments (
    month date not null,
    sub_icb_code text not null,
    appt_status smallint not null,
    hcp_type smallint not null,
    appt_mode smallint not null,
    time_between smallint not null,
    appointments integer not null check (appointments >= 0),
    import_run_id bigint not null references import_runs (id)
);
create index gpad_regional_appointments_area on gpad_regional_appointments (sub_icb_code, month);

create table gpad_daily_appointments (
    appointment_date date not null,
    sub_icb_code text not null,
    appt_status smallint not null,
    hcp_type smallint not null,
    appt_mode smallint not null,
    time_between smallint not null,
    appointments integer not null check (appointments >= 0),
    import_run_id bigint not null references import_runs (id)
);
create index gpad_daily_appointments_area on gpad_daily_appointments (sub_icb_code, appointment_date);

-- The practice-level crosstab is the large one (about 7 million rows a month for England): no btree index,
-- no foreign key, only a BRIN index on month, so that loading stays close to the speed of COPY itself.
create table gpad_practice_appointments (
    month date not null,
    practice_code text not null,
    appt_status smallint not null,
    hcp_type smallint not null,
    appt_mode smallint not null,
    national_category smallint not null,
    time_between smallint not null,
    appointments integer not null check (appointments >= 0),
    -- No foreign key here: a per-row check would halve the speed of loading millions of rows; the import
    -- writes the run it has just created, in the same transaction.
    import_run_id bigint not null
);
create index gpad_practice_appointments_month on gpad_practice_appointments using brin (month);

-- The areas GPAD names: sub-ICB locations (once CCGs) with their ICB and region, and practices with their
-- PCN and sub-ICB location as the latest file gave them.
create table gpad_areas (
    code text primary key,
    kind text not null check (kind in ('sub-icb', 'practice')),
    name text null,
    ons_code text null,
    pcn_code text null,
    pcn_name text null,
    sub_icb_code text null,
    icb_ons_code text null,
    region_ons_code text null,
    supplier text null
);

-- One row per area and month per source, written by the import from the same rows it loads: the totals by
-- each dimension, indexed as in GpadCodes. Dashboards read this table, never the facts. 'practice-sub-icb'
-- rows total the practice rows of each sub-ICB location and month, so that ICB and England figures from the
-- practice level read a hundred rows a month, not thousands.
create table gpad_month_summary (
    source text not null check (source in ('regional', 'practice', 'practice-sub-icb')),
    area_code text not null,
    month date not null,
    sub_icb_code text not null,
    pcn_code text null,
    appointments bigint not null,
    by_status bigint[] not null,
    by_hcp_type bigint[] not null,
    by_mode bigint[] not null,
    by_time_between bigint[] not null,
    by_national_category bigint[] null,
    import_run_id bigint not null references import_runs (id),
    primary key (source, area_code, month)
);
create index gpad_month_summary_month on gpad_month_summary (source, month);
create index gpad_month_summary_sub_icb on gpad_month_summary (source, sub_icb_code, month);
create index gpad_month_summary_pcn on gpad_month_summary (source, pcn_code, month);

create table gpad_coverage (
    month date not null,
    sub_icb_code text not null,
    icb_ons_code text not null,
    region_code text not null,
    included_practices integer not null,
    open_practices integer not null,
    patients_included bigint not null,
    patients_open bigint not null,
    import_run_id bigint not null references import_runs (id),
    primary key (sub_icb_code, month)
);

create table registered_patients (
    extract_date date not null,
    practice_code text not null,
    sub_icb_code text not null,
    postcode text null,
    sex text not null,
    age text not null,
    patients integer not null check (patients >= 0),
    import_run_id bigint not null references import_runs (id),
    primary key (practice_code, extract_date, sex, age)
);

create table online_consultation_submissions (
    month date not null,
    practice_code text not null,
    pcn_code text null,
    sub_icb_code text not null,
    supplier text null,
    submissions integer not null,
    clinical_submissions integer not null,
    administrative_submissions integer not null,
    other_submissions integer not null,
    registered_patients integer null,
    participation text null,
    import_run_id bigint not null references import_runs (id),
    primary key (practice_code, month)
);

-- Telephony files have "Unassigned" practice rows, one per PCN: the PCN is part of the key ('' when none).
create table telephony_call_outcomes (
    month date not null,
    practice_code text not null,
    pcn_code text not null default '',
    sub_icb_code text not null,
    inbound_calls integer not null,
    answered integer not null,
    ended_in_ivr integer not null,
    callback_requested integer not null,
    missed integer not null,
    callback_made integer not null,
    import_run_id bigint not null references import_runs (id),
    primary key (practice_code, pcn_code, month)
);

create table telephony_answered_waits (
    month date not null,
    practice_code text not null,
    pcn_code text not null default '',
    sub_icb_code text not null,
    answered integer not null,
    wait_under_1_min integer not null,
    wait_1_to_2_min integer not null,
    wait_2_to_5_min integer not null,
    wait_over_5_min integer not null,
    duration_under_1_min integer not null,
    duration_1_to_2_min integer not null,
    duration_2_to_5_min integer not null,
    duration_over_5_min integer not null,
    import_run_id bigint not null references import_runs (id),
    primary key (practice_code, pcn_code, month)
);

create table telephony_missed_waits (
    month date not null,
    practice_code text not null,
    pcn_code text not null default '',
    sub_icb_code text not null,
    missed integer not null,
    wait_under_1_min integer not null,
    wait_1_to_2_min integer not null,
    wait_2_to_5_min integer not null,
    wait_over_5_min integer not null,
    import_run_id bigint not null references import_runs (id),
    primary key (practice_code, pcn_code, month)
);

-- Signpost's own access events: the contract other features write to (docs/analytics.md). One row per
-- event; the events of one request share request_ref. No names, dates of birth or free text: only the
-- groups the equity view compares.
create table access_events (
    id bigint generated always as identity primary key,
    request_ref text not null,
    event_type text not null check (event_type in
        ('request-made', 'outcome-given', 'booked', 'attended', 'did-not-attend', 'feedback-given')),
    occurred_at timestamptz not null,
    practice_code text null,
    channel text null check (channel in ('online', 'phone', 'walk-in', 'proxy')),
    language text null,
    communication_need text null,
    age_band text null,
    sex text null,
    entered_by_staff boolean null,
    disposition text null,
    booking_role text null,
    booking_modality text null,
    feedback_score smallint null check (feedback_score between 1 and 5),
    is_demo boolean not null default false,
    check (event_type <> 'request-made' or (channel is not null and entered_by_staff is not null))
);
create index access_events_request on access_events (request_ref, event_type);
create index access_events_made on access_events (occurred_at) where event_type = 'request-made';

-- One row per request, kept by a trigger from the events above, so that the equity view reads one row per
-- request instead of joining events (the event log stays the contract; this is derived from it).
create table access_requests (
    request_ref text primary key,
    occurred_at timestamptz null,
    practice_code text null,
    channel text null,
    language text null,
    communication_need text null,
    age_band text null,
    sex text null,
    entered_by_staff boolean null,
    outcome_at timestamptz null,
    disposition text null,
    booked boolean not null default false,
    booking_role text null,
    booking_modality text null,
    attendance_recorded boolean not null default false,
    did_not_attend boolean not null default false,
    feedback_count integer not null default 0,
    feedback_total integer not null default 0,
    is_demo boolean not null default false
);
create index access_requests_occurred on access_requests (occurred_at);

create function access_events_to_requests() returns trigger language plpgsql as $$
begin
    insert into access_requests as r (request_ref, occurred_at, practice_code, channel, language, communication_need, age_band, sex,
        entered_by_staff, outcome_at, disposition, booked, booking_role, booking_modality, attendance_recorded, did_not_attend, feedback_count,
        feedback_total, is_demo)
    values (new.request_ref,
        case when new.event_type = 'request-made' then new.occurred_at end, new.practice_code,
        new.channel, new.language, new.communication_need, new.age_band, new.sex, new.entered_by_staff,
        case when new.event_type = 'outcome-given' then new.occurred_at end, new.disposition,
        new.event_type = 'booked', new.booking_role, new.booking_modality,
        new.event_type in ('attended', 'did-not-attend'), new.event_type = 'did-not-attend',
        case when new.event_type = 'feedback-given' then 1 else 0 end, coalesce(new.feedback_score, 0), new.is_demo)
    on conflict (request_ref) do update set
        occurred_at = coalesce(excluded.occurred_at, r.occurred_at),
        practice_code = coalesce(r.practice_code, excluded.practice_code),
        channel = coalesce(excluded.channel, r.channel),
        language = coalesce(excluded.language, r.language),
        communication_need = coalesce(excluded.communication_need, r.communication_need),
        age_band = coalesce(excluded.age_band, r.age_band),
        sex = coalesce(excluded.sex, r.sex),
        entered_by_staff = coalesce(excluded.entered_by_staff, r.entered_by_staff),
        -- The first outcome counts for time to outcome and disposition.
        disposition = case when r.outcome_at is null or excluded.outcome_at < r.outcome_at then coalesce(excluded.disposition, r.disposition) else r.disposition end,
        outcome_at = least(r.outcome_at, excluded.outcome_at),
        booked = r.booked or excluded.booked,
        booking_role = coalesce(r.booking_role, excluded.booking_role),
        booking_modality = coalesce(r.booking_modality, excluded.booking_modality),
        attendance_recorded = r.attendance_recorded or excluded.attendance_recorded,
        did_not_attend = r.did_not_attend or excluded.did_not_attend,
        feedback_count = r.feedback_count + excluded.feedback_count,
        feedback_total = r.feedback_total + excluded.feedback_total,
        is_demo = r.is_demo or excluded.is_demo;
    return null;
end $$;
create trigger access_events_to_requests after insert on access_events for each row execute function access_events_to_requests();
create index access_requests_practice on access_requests (practice_code, occurred_at);

-- Daily totals of requests per equity dimension and value (London dates), kept from access_requests by a
-- trigger: whenever a request's row changes it is subtracted as it was and added as it is, so the totals
-- always equal a scan of access_requests. The equity view for all areas reads this table.
create table access_daily (
    dimension text not null,
    day date not null,
    value text not null,
    requests integer not null default 0,
    entered_by_staff integer not null default 0,
    with_outcome integer not null default 0,
    outcome_hours double precision not null default 0,
    outcome_within_day integer not null default 0,
    booked integer not null default 0,
    attendance_recorded integer not null default 0,
    did_not_attend integer not null default 0,
    feedback_count integer not null default 0,
    feedback_total integer not null default 0,
    demo_requests integer not null default 0,
    primary key (dimension, day, value)
);

create function access_daily_add(r access_requests, sign integer) returns void language plpgsql as $$
begin
    insert into access_daily as a (dimension, day, value, requests, entered_by_staff, with_outcome, outcome_hours, outcome_within_day,
        booked, attendance_recorded, did_not_attend, feedback_count, feedback_total, demo_requests)
    select dim.name, (r.occurred_at at time zone 'Europe/London')::date, dim.value, sign,
        sign * (r.entered_by_staff is true)::int, sign * (r.outcome_at is not null)::int,
        sign * coalesce(extract(epoch from r.outcome_at - r.occurred_at) / 3600, 0),
        sign * (r.outcome_at is not null and r.outcome_at - r.occurred_at <= interval '24 hours')::int,
        sign * r.booked::int, sign * r.attendance_recorded::int, sign * r.did_not_attend::int,
        sign * r.feedback_count, sign * r.feedback_total, sign * r.is_demo::int
    from (values
        ('channel', coalesce(r.channel, 'not recorded')),
        ('language', coalesce(r.language, 'not recorded')),
        ('communication-need', coalesce(r.communication_need, 'not recorded')),
        ('age-band', coalesce(r.age_band, 'not recorded')),
        ('sex', coalesce(r.sex, 'not recorded')),
        ('disposition', case when r.outcome_at is not null then coalesce(r.disposition, 'not recorded') end),
        ('booking', case when r.booked then coalesce(r.booking_role, 'not recorded') || ', ' || coalesce(r.booking_modality, 'not recorded') end)
    ) as dim(name, value)
    where dim.value is not null
    on conflict (dimension, day, value) do update set
        requests = a.requests + excluded.requests,
        entered_by_staff = a.entered_by_staff + excluded.entered_by_staff,
        with_outcome = a.with_outcome + excluded.with_outcome,
        outcome_hours = a.outcome_hours + excluded.outcome_hours,
        outcome_within_day = a.outcome_within_day + excluded.outcome_within_day,
        booked = a.booked + excluded.booked,
        attendance_recorded = a.attendance_recorded + excluded.attendance_recorded,
        did_not_attend = a.did_not_attend + excluded.did_not_attend,
        feedback_count = a.feedback_count + excluded.feedback_count,
        feedback_total = a.feedback_total + excluded.feedback_total,
        demo_requests = a.demo_requests + excluded.demo_requests;
end $$;

create function access_requests_to_daily() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.occurred_at is not null then perform access_daily_add(old, -1); end if;
    if new.occurred_at is not null then perform access_daily_add(new, 1); end if;
    return null;
end $$;
create trigger access_requests_to_daily after insert or update on access_requests for each row execute function access_requests_to_daily();

-- Rebuilds access_requests and access_daily from access_events in one go (after a bulk load with the trigger
-- disabled, or to check the triggers): the same rules, set-based. Run it when nothing else writes events.
create function rebuild_access_summaries() returns void language plpgsql as $$
begin
    truncate access_requests, access_daily;
    alter table access_requests disable trigger access_requests_to_daily;
    insert into access_requests (request_ref, occurred_at, practice_code, channel, language, communication_need, age_band, sex,
        entered_by_staff, outcome_at, disposition, booked, booking_role, booking_modality, attendance_recorded, did_not_attend,
        feedback_count, feedback_total, is_demo)
    select request_ref,
        max(occurred_at) filter (where event_type = 'request-made'),
        (array_agg(practice_code order by id) filter (where practice_code is not null))[1],
        (array_agg(channel order by id desc) filter (where channel is not null))[1],
        (array_agg(language order by id desc) filter (where language is not null))[1],
        (array_agg(communication_need order by id desc) filter (where communication_need is not null))[1],
        (array_agg(age_band order by id desc) filter (where age_band is not null))[1],
        (array_agg(sex order by id desc) filter (where sex is not null))[1],
        (array_agg(entered_by_staff order by id desc) filter (where entered_by_staff is not null))[1],
        min(occurred_at) filter (where event_type = 'outcome-given'),
        (array_agg(disposition order by occurred_at, id) filter (where event_type = 'outcome-given' and disposition is not null))[1],
        bool_or(event_type = 'booked'),
        (array_agg(booking_role order by id) filter (where booking_role is not null))[1],
        (array_agg(booking_modality order by id) filter (where booking_modality is not null))[1],
        bool_or(event_type in ('attended', 'did-not-attend')), bool_or(event_type = 'did-not-attend'),
        count(*) filter (where event_type = 'feedback-given'), coalesce(sum(feedback_score) filter (where event_type = 'feedback-given'), 0),
        bool_or(is_demo)
    from access_events group by request_ref;
    alter table access_requests enable trigger access_requests_to_daily;
    insert into access_daily (dimension, day, value, requests, entered_by_staff, with_outcome, outcome_hours, outcome_within_day, booked,
        attendance_recorded, did_not_attend, feedback_count, feedback_total, demo_requests)
    select dim.name, (r.occurred_at at time zone 'Europe/London')::date, dim.value, count(*),
        count(*) filter (where r.entered_by_staff), count(r.outcome_at), coalesce(sum(extract(epoch from r.outcome_at - r.occurred_at) / 3600), 0),
        count(*) filter (where r.outcome_at - r.occurred_at <= interval '24 hours'), count(*) filter (where r.booked),
        count(*) filter (where r.attendance_recorded), count(*) filter (where r.did_not_attend), sum(r.feedback_count), sum(r.feedback_total),
        count(*) filter (where r.is_demo)
    from access_requests r cross join lateral (values
        ('channel', coalesce(r.channel, 'not recorded')),
        ('language', coalesce(r.language, 'not recorded')),
        ('communication-need', coalesce(r.communication_need, 'not recorded')),
        ('age-band', coalesce(r.age_band, 'not recorded')),
        ('sex', coalesce(r.sex, 'not recorded')),
        ('disposition', case when r.outcome_at is not null then coalesce(r.disposition, 'not recorded') end),
        ('booking', case when r.booked then coalesce(r.booking_role, 'not recorded') || ', ' || coalesce(r.booking_modality, 'not recorded') end)
    ) as dim(name, value)
    where r.occurred_at is not null and dim.value is not null
    group by 1, 2, 3;
end $$;
