-- Signpost's own events reach access_events (issue 7), part 1: the columns and the mappings. Navigation's
-- requests and outcomes, booking's appointments and attendance, and first-contact feedback are copied by
-- triggers (0601) on the tables where those features record them. The vocabularies differ (age bands, channel
-- and proxy, destination and disposition, roles and modalities), so every value goes through one of the
-- mapping functions below; an unknown value is mapped to 'other' or left unrecorded, never an error.
-- Each copied row remembers its source row (source, source_id), which makes copying idempotent.

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
