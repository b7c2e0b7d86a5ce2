-- Booking and capacity (issue 6): sites, rooms and practitioners across a PCN's practices and its same-day
-- hub, appointment types, schedules with weekly patterns in Europe/London local time, dated exceptions and
-- leave, generated slots, and appointments with a FHIR status history.
-- Practice and PCN codes are ODS codes as in gp_practices / pcns; they are not foreign keys because the
-- reference data is re-imported (and a closed practice may still have history here).

create table booking_sites (
    id uuid primary key,
    name text not null,
    pcn_code text not null,
    practice_code text null,              -- null for the PCN's same-day access hub
    address text null,
    postcode text null,
    is_demo boolean not null default false,
    is_hub boolean not null,
    created_at timestamptz not null,
    -- A hub belongs to the PCN as a whole; every other site to one practice.
    constraint booking_sites_hub_has_no_practice check ((practice_code is null) = is_hub)
);
create index booking_sites_practice on booking_sites (practice_code);
create index booking_sites_pcn on booking_sites (pcn_code) where is_hub;

create table booking_rooms (
    id uuid primary key,
    site_id uuid not null references booking_sites (id),
    name text not null,
    unique (site_id, name)
);

create table booking_practitioners (
    id uuid primary key,
    display_name text not null,
    role text not null check (role in ('gp', 'nurse', 'clinical-pharmacist', 'physiotherapist', 'paramedic',
        'mental-health-practitioner', 'care-coordinator', 'social-prescriber', 'health-care-assistant',
        'physician-associate')),
    staff_user_id uuid null references staff_users (id),
    is_demo boolean not null default false,
    created_at timestamptz not null
);

create table booking_appointment_types (
    id uuid primary key,
    code text not null unique check (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    name text not null,
    duration_minutes integer not null check (duration_minutes between 5 and 240),
    modality text not null check (modality in ('face-to-face', 'telephone', 'video', 'home-visit')),
    role text not null,
    gpad_category text not null check (gpad_category in ('General Consultation Acute',
        'General Consultation Routine', 'Clinical Triage', 'Planned Clinics', 'Planned Clinical Procedure',
        'Unplanned Clinical Activity', 'Home Visit', 'Care Home Visit',
        'Patient contact during Care Home Round',
        'Care Home Needs Assessment & Personalised Care and Support Planning',
        'Structured Medication Review', 'Service provided by organisation external to the practice',
        'Social Prescribing Service', 'Non-contractual chargeable work',
        'Group Consultation and Group Education', 'Walk-in')),
    same_day boolean not null,              -- true: bookable only on the day; false: pre-bookable
    booking_window_days integer not null check (booking_window_days between 0 and 366),
    minimum_notice_minutes integer not null check (minimum_notice_minutes between 0 and 20160),
    is_demo boolean not null default false,
    created_at timestamptz not null
);

create table booking_schedules (
    id uuid primary key,
    name text not null,
    practitioner_id uuid not null references booking_practitioners (id),
    site_id uuid not null references booking_sites (id),
    active boolean not null default true,
    created_at timestamptz not null
);
create index booking_schedules_site on booking_schedules (site_id);

-- A weekly session in Europe/London wall-clock time (ISO weekday: 1 = Monday).
create table booking_availability_patterns (
    id uuid primary key,
    schedule_id uuid not null references booking_schedules (id) on delete cascade,
    weekday smallint not null check (weekday between 1 and 7),
    start_time time not null,
    end_time time not null check (end_time > start_time),
    appointment_type_id uuid not null references booking_appointment_types (id),
    room_id uuid null references booking_rooms (id),
    valid_from date not null,
    valid_until date null check (valid_until is null or valid_until >= valid_from)
);
create index booking_availability_patterns_schedule on booking_availability_patterns (schedule_id);

-- A dated change to one schedule: time taken out ('unavailable', the whole day when no times are given)
-- or an extra session.
create table booking_schedule_exceptions (
    id uuid primary key,
    schedule_id uuid not null references booking_schedules (id) on delete cascade,
    on_date date not null,
    kind text not null check (kind in ('unavailable', 'extra-session')),
    start_time time null,
    end_time time null,
    appointment_type_id uuid null references booking_appointment_types (id),
    room_id uuid null references booking_rooms (id),
    reason text null,
    check ((start_time is null) = (end_time is null)),
    check (end_time is null or end_time > start_time),
    check (kind <> 'extra-session' or (start_time is not null and appointment_type_id is not null))
);
create index booking_schedule_exceptions_schedule on booking_schedule_exceptions (schedule_id, on_date);

create table booking_practitioner_leave (
    id uuid primary key,
    practitioner_id uuid not null references booking_practitioners (id) on delete cascade,
    first_day date not null,
    last_day date not null check (last_day >= first_day),
    reason text null
);
create index booking_practitioner_leave_practitioner on booking_practitioner_leave (practitioner_id, last_day);

-- Slots are generated from the patterns. 'busy' = booked; 'busy-unavailable' = taken out (leave, exception).
-- A hold (hold_id, held_until) makes a free slot busy-tentative until it expires.
create table booking_slots (
    id uuid primary key,
    schedule_id uuid not null references booking_schedules (id),
    site_id uuid not null references booking_sites (id),
    appointment_type_id uuid not null references booking_appointment_types (id),
    room_id uuid null references booking_rooms (id),
    start_at timestamptz not null,
    end_at timestamptz not null check (end_at > start_at),
    local_date date not null,               -- the Europe/London date of start_at
    status text not null default 'free' check (status in ('free', 'busy', 'busy-unavailable')),
    hold_id uuid null,
    held_until timestamptz null,
    version integer not null default 1,
    unique (schedule_id, start_at)
);
create index booking_slots_free_by_type on booking_slots (appointment_type_id, start_at) where status = 'free';
create index booking_slots_by_day on booking_slots (local_date, start_at);

create table booking_cancellation_reasons (
    code text primary key,
    display text not null,
    sort_order integer not null
);
insert into booking_cancellation_reasons (code, display, sort_order) values
    ('patient-request', 'The patient asked to cancel', 1),
    ('patient-better', 'The patient no longer needs the appointment', 2),
    ('practice-cancelled', 'The practice cancelled (clinician unavailable)', 3),
    ('rebooked', 'Rebooked into another slot', 4),
    ('booked-in-error', 'Booked in error', 5),
    ('other', 'Another reason', 6);

create table booking_appointments (
    id uuid primary key,
    slot_id uuid not null references booking_slots (id),
    request_id uuid null,                   -- the care-navigation request this booking came from
    status text not null check (status in ('proposed', 'pending', 'booked', 'arrived', 'fulfilled',
        'cancelled', 'noshow', 'entered-in-error', 'checked-in', 'waitlist')),
    patient_name text not null check (length(patient_name) between 1 and 200),
    patient_nhs_number text null check (patient_nhs_number ~ '^[0-9]{10}$'),
    patient_phone text null,
    patient_email text null,
    language text not null default 'en',
    channel text not null check (channel in ('navigator', 'self-booking', 'fhir-api', 'waitlist-offer')),
    description text null,
    booked_by_type text not null,
    booked_by text not null,
    idempotency_scope text null,
    idempotency_key text null,
    cancellation_reason text null references booking_cancellation_reasons (code),
    cancellation_note text null,
    rebooked_from uuid null references booking_appointments (id),
    version integer not null default 1,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint booking_appointments_idempotency unique (idempotency_scope, idempotency_key)
);
-- The database itself forbids two live bookings of one slot, whatever the application does.
create unique index booking_appointments_one_per_slot on booking_appointments (slot_id)
    where status in ('pending', 'booked', 'arrived', 'checked-in', 'fulfilled', 'noshow');
create index booking_appointments_nhs_number on booking_appointments (patient_nhs_number);
create index booking_appointments_request on booking_appointments (request_id);

-- Who changed an appointment's status, from what to what, when and why.
create table booking_appointment_events (
    id bigint generated always as identity primary key,
    appointment_id uuid not null references booking_appointments (id),
    at timestamptz not null,
    actor_type text not null,
    actor text not null,
    from_status text null,
    to_status text not null,
    reason text null
);
create index booking_appointment_events_appointment on booking_appointment_events (appointment_id, id);
