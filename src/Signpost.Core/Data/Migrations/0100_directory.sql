-- Directory of services, aligned with Open Referral HSDS 3.0 (organization, location, service,
-- service_at_location, schedule, phone/contact, language, accessibility, taxonomy_term, eligibility ages)
-- plus what HSDS lacks: opening hours as Europe/London local times with several bands a day, bank-holiday
-- and dated exceptions, public versus professional contacts, how to access a service, who verified it when,
-- and a demo flag for content that is not from official data. Text columns marked "translatable" are the
-- ones the language module keys on (table, column, id).

create table directory_taxonomies (
    id uuid primary key,
    name text not null,
    description text not null,
    uri text null,
    version text null
);

create table directory_taxonomy_terms (
    id uuid primary key,
    taxonomy_id uuid not null references directory_taxonomies (id),
    code text not null unique,
    parent_id uuid null references directory_taxonomy_terms (id),
    name text not null,                 -- translatable
    description text not null,          -- translatable
    need_label text null,               -- translatable; "I need…" category shown on the search page (top-level terms)
    keywords text not null default '',  -- extra words people search with, e.g. symptoms
    sort_order integer not null default 0
);
create index directory_taxonomy_terms_parent on directory_taxonomy_terms (parent_id);

create table directory_organisations (
    id uuid primary key,
    source_key text not null unique,    -- e.g. "ods:E81003", "demo:…": what the seed step matches on
    ods_code text null,
    kind text not null check (kind in ('gp-practice', 'pcn', 'pharmacy', 'nhs', 'voluntary', 'other')),
    name text not null,
    description text not null default '',  -- translatable
    website text null,
    email text null,
    is_demo boolean not null default false,
    updated_at timestamptz not null
);

create table directory_locations (
    id uuid primary key,
    organisation_id uuid not null references directory_organisations (id),
    source_key text not null unique,
    name text not null,
    address_lines text[] not null default '{}',
    postcode text null,
    latitude double precision null,
    longitude double precision null,
    -- Known facilities, from a fixed list (see DirectoryAccessibility): 'step-free', 'hearing-loop', 'bsl',
    -- 'accessible-toilet', 'parking'. Empty means not known, not "none".
    accessibility text[] not null default '{}',
    accessibility_notes text null,      -- translatable
    updated_at timestamptz not null,
    check ((latitude is null) = (longitude is null))
);
create index directory_locations_organisation on directory_locations (organisation_id);

create table directory_services (
    id uuid primary key,
    organisation_id uuid not null references directory_organisations (id),
    source_key text not null unique,
    name text not null,                               -- translatable
    description text not null default '',             -- translatable
    how_to_access text not null default '',           -- translatable
    -- From a fixed list (see AccessMethods): 'walk-in', 'phone', 'online', 'self-referral', 'referral'.
    access_methods text[] not null default '{}',
    referral_from text null,                          -- translatable; who can refer when a referral is needed
    eligibility text not null default '',             -- translatable
    minimum_age integer null check (minimum_age between 0 and 130),
    maximum_age integer null check (maximum_age between 0 and 130),
    url text null,
    email text null,
    status text not null default 'active' check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
    -- Where the opening times come from: 'verified' (checked with the service), 'contract' (contracted core
    -- hours, not checked), 'example' (made-up times for the demo), 'none' (not known).
    hours_source text not null default 'none' check (hours_source in ('verified', 'contract', 'example', 'none')),
    hours_note text null,                             -- translatable
    source_note text null,                            -- translatable; where this entry comes from, in plain words
    professional_notes text null,                     -- staff only
    is_demo boolean not null default false,
    last_verified_on date null,
    last_verified_by text null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version integer not null default 1,
    check (minimum_age is null or maximum_age is null or minimum_age <= maximum_age),
    check ((last_verified_on is null) = (last_verified_by is null))
);
create index directory_services_organisation on directory_services (organisation_id);
create index directory_services_updated on directory_services (updated_at);

create table directory_service_at_locations (
    id uuid primary key,
    service_id uuid not null references directory_services (id) on delete cascade,
    location_id uuid not null references directory_locations (id),
    unique (service_id, location_id)
);
create index directory_service_at_locations_location on directory_service_at_locations (location_id);

create table directory_service_taxonomy (
    service_id uuid not null references directory_services (id) on delete cascade,
    term_id uuid not null references directory_taxonomy_terms (id),
    primary key (service_id, term_id)
);
create index directory_service_taxonomy_term on directory_service_taxonomy (term_id);

-- Weekly opening bands in Europe/London local time. day: 1 = Monday … 7 = Sunday (ISO), 0 = bank holidays.
-- Minutes since local midnight; a band ends at most at 1440 (midnight). No bank-holiday bands = closed then.
create table directory_opening_bands (
    id bigint generated always as identity primary key,
    service_id uuid not null references directory_services (id) on delete cascade,
    day smallint not null check (day between 0 and 7),
    opens_minute integer not null check (opens_minute between 0 and 1439),
    closes_minute integer not null check (closes_minute between 1 and 1440),
    check (opens_minute < closes_minute)
);
create index directory_opening_bands_service on directory_opening_bands (service_id);

-- Dated exceptions: the rows for a date replace that day's usual hours. A row with no times = closed all day.
create table directory_opening_exceptions (
    id bigint generated always as identity primary key,
    service_id uuid not null references directory_services (id) on delete cascade,
    on_date date not null,
    opens_minute integer null check (opens_minute between 0 and 1439),
    closes_minute integer null check (closes_minute between 1 and 1440),
    note text null,                                   -- translatable
    check ((opens_minute is null) = (closes_minute is null)),
    check (opens_minute is null or opens_minute < closes_minute)
);
create index directory_opening_exceptions_service on directory_opening_exceptions (service_id, on_date);

create table directory_bank_holidays (
    on_date date primary key,
    name text not null
);

create table directory_contacts (
    id uuid primary key,
    service_id uuid not null references directory_services (id) on delete cascade,
    kind text not null check (kind in ('phone', 'email', 'website')),
    value text not null,
    label text not null default '',                   -- translatable, e.g. "Reception"
    audience text not null check (audience in ('public', 'professional')),
    sort_order integer not null default 0
);
create index directory_contacts_service on directory_contacts (service_id);

create table directory_service_languages (
    service_id uuid not null references directory_services (id) on delete cascade,
    language_code text not null check (language_code ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    primary key (service_id, language_code)
);
create index directory_service_languages_code on directory_service_languages (language_code);

create table directory_key_terms (
    slug text primary key check (slug ~ '^[a-z0-9-]+$'),
    term text not null,                               -- translatable
    definition text not null,                         -- translatable
    aliases text[] not null default '{}',             -- other wordings that link to the term
    sort_order integer not null default 0
);
