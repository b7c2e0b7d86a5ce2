-- Booking operations (issue 6): waitlist, holds and waitlist offers, single-use links (self-booking,
-- managing an appointment, answering an offer) and the booking notifications outbox.

create table booking_waitlist_entries (
    id uuid primary key,
    request_id uuid null,                   -- the care-navigation request waiting for a slot
    patient_name text not null,
    patient_nhs_number text null check (patient_nhs_number ~ '^[0-9]{10}$'),
    patient_phone text null,
    patient_email text null,
    language text not null default 'en',
    practice_code text not null,            -- the person's registered practice (its PCN hub fits too)
    role text not null,
    modality text null,                     -- null: any
    site_id uuid null references booking_sites (id),
    earliest_at timestamptz not null,
    latest_at timestamptz not null check (latest_at > earliest_at),
    state text not null check (state in ('waiting', 'offered', 'booked', 'withdrawn', 'expired')),
    appointment_id uuid null references booking_appointments (id),
    created_by text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create unique index booking_waitlist_one_live_per_request on booking_waitlist_entries (request_id)
    where state in ('waiting', 'offered') and request_id is not null;
create index booking_waitlist_waiting on booking_waitlist_entries (role, created_at) where state = 'waiting';

create table booking_links (
    id uuid primary key,
    token_hash text not null unique,        -- sha256 of the token; the token itself is only in the message sent
    purpose text not null check (purpose in ('self-book', 'manage', 'offer')),
    created_by text not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at timestamptz null,
    appointment_id uuid null references booking_appointments (id),
    request_id uuid null,
    waitlist_entry_id uuid null references booking_waitlist_entries (id),
    -- What a self-booking link may book: the person and what fits them.
    patient_name text null,
    patient_nhs_number text null check (patient_nhs_number ~ '^[0-9]{10}$'),
    patient_phone text null,
    patient_email text null,
    language text not null default 'en',
    practice_code text null,
    role text null,
    modality text null,
    site_id uuid null references booking_sites (id),
    earliest_at timestamptz null,
    latest_at timestamptz null,
    check (purpose <> 'manage' or appointment_id is not null),
    check (purpose <> 'offer' or waitlist_entry_id is not null),
    check (purpose <> 'self-book' or (patient_name is not null and practice_code is not null and role is not null
        and earliest_at is not null and latest_at is not null))
);
create index booking_links_appointment on booking_links (appointment_id);

-- A hold keeps a free slot for one person for a few minutes while they confirm; an offer is a hold made for
-- the next person on the waitlist. The slot row carries the active hold (booking_slots.hold_id), so that
-- placing a hold and booking are serialised on that one row.
create table booking_holds (
    id uuid primary key,
    slot_id uuid not null references booking_slots (id),
    kind text not null check (kind in ('hold', 'offer')),
    link_id uuid null references booking_links (id),
    waitlist_entry_id uuid null references booking_waitlist_entries (id),
    state text not null check (state in ('active', 'booked', 'released', 'expired')),
    created_by text not null,
    created_at timestamptz not null,
    expires_at timestamptz not null check (expires_at > created_at),
    ended_at timestamptz null,
    check (kind <> 'offer' or waitlist_entry_id is not null)
);
create unique index booking_holds_one_active_per_slot on booking_holds (slot_id) where state = 'active';
create index booking_holds_due on booking_holds (expires_at) where state = 'active';
create index booking_holds_waitlist on booking_holds (waitlist_entry_id, slot_id);
alter table booking_links add column hold_id uuid null references booking_holds (id);

-- The booking notifications outbox: written in the same transaction as the booking change, sent by a
-- dispatcher that any instance may run (rows are claimed with for update skip locked and a lease), retried
-- with backoff. Issue 5's navigation outbox is meant to be merged with this one (see docs/booking.md).
create table booking_notifications (
    id uuid primary key,
    kind text not null check (kind in ('confirmation', 'reminder', 'cancellation', 'offer', 'self-booking-link')),
    appointment_id uuid null references booking_appointments (id),
    channel text not null check (channel in ('sms', 'email')),
    recipient text not null,
    language text not null default 'en',
    personalisation jsonb not null default '{}',
    status text not null check (status in ('pending', 'sent', 'failed', 'cancelled')),
    attempts integer not null default 0,
    due_at timestamptz not null,
    next_attempt_at timestamptz not null,
    locked_until timestamptz null,
    last_error text null,
    provider_reference text null,
    created_at timestamptz not null,
    sent_at timestamptz null
);
create index booking_notifications_due on booking_notifications (next_attempt_at) where status = 'pending';
create index booking_notifications_appointment on booking_notifications (appointment_id);

-- What the development sender "sent": the rendered messages, for the demo and the tests to read.
create table notification_dev_messages (
    id bigint generated always as identity primary key,
    notification_id uuid not null,
    channel text not null,
    recipient text not null,
    body text not null,
    sent_at timestamptz not null
);
create index notification_dev_messages_recipient on notification_dev_messages (recipient);
