-- Care navigation (issue 5): requests from every channel with their suggested and final dispositions, practice
-- settings for the online medical route, access events for analytics, the notifications outbox, the development
-- sender's store, and single-use first-contact feedback.

create table navigation_requests (
    id uuid primary key,
    reference text not null unique,
    created_at timestamptz not null,
    channel text not null check (channel in ('online', 'phone', 'walk-in')),
    entered_by text null,
    for_someone_else boolean not null default false,
    proxy_name text null,
    proxy_relationship text null,
    practice_ods_code text null,
    person_name text not null,
    date_of_birth date null,
    age_years numeric(5, 2) not null check (age_years >= 0 and age_years <= 130),
    sex text not null check (sex in ('female', 'male', 'other')),
    pregnant boolean null,
    phone text null,
    email text null,
    preferred_language text not null,
    communication_needs text[] not null default '{}',
    communication_notes text null,
    request_type text not null,
    description text not null,
    answers jsonb not null,
    preferred_modality text null,
    good_times text null,
    red_flags text[] not null default '{}',
    emergency_flagged boolean not null,
    rule_set_version text not null,
    suggested_urgency text not null,
    suggested_destination text not null,
    suggested_role text null,
    suggested_pathway text null,
    suggested_modality text not null,
    suggested_reasons text[] not null,
    final_urgency text null,
    final_destination text null,
    final_role text null,
    final_pathway text null,
    final_modality text null,
    review_decision text null check (review_decision in ('accepted', 'overridden')),
    review_reason text null,
    reviewed_by text null,
    reviewed_at timestamptz null,
    assigned_role text null,
    assigned_to text null,
    handled_by text null,
    status text not null check (status in ('open', 'closed')),
    outcome_due_at timestamptz not null,
    outcome_at timestamptz null,
    outcome_message text null,
    urgency_rank smallint generated always as (case coalesce(final_urgency, suggested_urgency)
        when 'emergency' then 0 when 'urgent' then 1 when 'soon' then 2 when 'routine' then 3 else 4 end) stored,
    check (review_decision is null or (reviewed_by is not null and reviewed_at is not null and final_urgency is not null)),
    check (review_decision is distinct from 'overridden' or length(trim(review_reason)) > 0)
);
create index navigation_requests_queue on navigation_requests (status, urgency_rank, created_at);
create index navigation_requests_practice_day on navigation_requests (practice_ods_code, created_at) where channel = 'online';

create table practice_navigation_settings (
    practice_ods_code text primary key,
    online_opens time not null,
    online_closes time not null check (online_closes > online_opens),
    daily_online_medical_cap integer null check (daily_online_medical_cap >= 0),
    updated_at timestamptz not null,
    updated_by text not null
);

-- One row per thing that happened, without names or free text: what analytics (issue 7) maps into access_events.
create table navigation_access_events (
    id bigint generated always as identity primary key,
    occurred_at timestamptz not null,
    request_id uuid null,
    event text not null check (event in ('submitted', 'emergency-advice', 'not-accepted', 'outcome', 'closed')),
    channel text not null,
    practice_ods_code text null,
    language text null,
    communication_needs text[] not null default '{}',
    age_band text null,
    sex text null,
    entered_by_staff boolean not null,
    for_someone_else boolean not null default false,
    urgency text null,
    destination text null,
    role text null,
    pathway text null,
    modality text null,
    preferred_modality text null,
    time_to_outcome_seconds integer null
);
create index navigation_access_events_at on navigation_access_events (occurred_at);

create table notification_outbox (
    id uuid primary key,
    request_id uuid null references navigation_requests (id),
    channel text not null check (channel in ('sms', 'email')),
    recipient text not null,
    body text not null,
    status text not null check (status in ('pending', 'sending', 'sent', 'failed')),
    attempts integer not null default 0,
    next_attempt_at timestamptz not null,
    lease_until timestamptz null,
    created_at timestamptz not null,
    sent_at timestamptz null,
    provider_reference text null,
    last_error text null
);
create index notification_outbox_due on notification_outbox (next_attempt_at) where status in ('pending', 'sending');

-- The development sender's "inbox": every delivery it makes, so tests can count them (one per message).
create table dev_sent_notifications (
    id bigint generated always as identity primary key,
    outbox_id uuid not null,
    channel text not null,
    recipient text not null,
    body text not null,
    sent_at timestamptz not null
);
create index dev_sent_notifications_outbox on dev_sent_notifications (outbox_id);

create table feedback_tokens (
    token_hash text primary key,
    request_id uuid not null references navigation_requests (id),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    used_at timestamptz null
);

create table first_contact_feedback (
    id bigint generated always as identity primary key,
    request_id uuid not null references navigation_requests (id),
    submitted_at timestamptz not null,
    via text not null check (via in ('link', 'staff')),
    entered_by text null,
    ease smallint not null check (ease between 1 and 5),
    respect smallint not null check (respect between 1 and 5),
    preference_respected text not null check (preference_respected in ('yes', 'partly', 'no')),
    language text null
);
