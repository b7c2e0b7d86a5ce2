-- Foundation: staff accounts, audit log, data-protection keys, shared rate-limit counters, import runs
-- and the BLMK reference data (ODS organisations, PCNs, the ICB lookup and Code-Point postcode centroids).

create table staff_users (
    id uuid primary key,
    email text not null unique check (email = lower(email)),
    display_name text not null,
    password_hash text not null,
    roles text[] not null default '{}',
    disabled boolean not null default false,
    failed_sign_ins integer not null default 0,
    locked_until timestamptz null,
    created_at timestamptz not null,
    last_sign_in_at timestamptz null
);

create table audit_log (
    id bigint generated always as identity primary key,
    at timestamptz not null,
    actor_type text not null check (actor_type in ('user', 'api-key', 'cli', 'system', 'anonymous')),
    actor text not null,
    action text not null,
    entity_type text not null,
    entity_id text null,
    details jsonb null,
    ip_address text null
);
create index audit_log_at on audit_log (at desc);
create index audit_log_entity on audit_log (entity_type, entity_id);
create index audit_log_actor on audit_log (actor);

-- The audit log is append-only: the database itself refuses to change or remove an entry.
create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();

create table data_protection_keys (
    id integer generated always as identity primary key,
    friendly_name text not null,
    xml text not null,
    created_at timestamptz not null default now()
);

create table rate_limit_counters (
    partition_key text not null,
    window_start timestamptz not null,
    hits integer not null,
    primary key (partition_key, window_start)
);

create table import_runs (
    id bigint generated always as identity primary key,
    kind text not null,
    file_name text not null,
    sha256 text not null,
    rows_imported integer not null,
    imported_at timestamptz not null,
    unique (kind, sha256)
);

create table postcodes (
    postcode text primary key,
    positional_quality integer not null,
    eastings integer not null,
    northings integer not null,
    country_code text not null,
    admin_county_code text null,
    admin_district_code text null,
    admin_ward_code text null,
    latitude double precision null,
    longitude double precision null
);

create table icb_lookup (
    sub_icb_code text primary key,
    sub_icb_ons_code text not null,
    sub_icb_name text not null,
    icb_code text not null,
    icb_ons_code text not null,
    icb_name text not null,
    region_code text not null,
    region_ons_code text not null,
    region_name text not null
);

create table gp_practices (
    ods_code text primary key,
    name text not null,
    address_lines text[] not null,
    postcode text not null,
    open_date date null,
    close_date date null,
    status_code text not null,
    sub_type_code text null,
    commissioner_code text null,
    phone text null,
    prescribing_setting integer null,
    latitude double precision null,
    longitude double precision null,
    admin_district_code text null
);

create table pharmacies (
    ods_code text primary key,
    name text not null,
    address_lines text[] not null,
    postcode text not null,
    open_date date null,
    close_date date null,
    status_code text not null,
    parent_code text null,
    icb_code text null,
    phone text null,
    latitude double precision null,
    longitude double precision null,
    admin_district_code text null
);

create table pcns (
    code text primary key,
    name text not null,
    sub_icb_code text not null,
    open_date date null,
    close_date date null,
    address_lines text[] not null,
    postcode text not null,
    latitude double precision null,
    longitude double precision null
);

create table pcn_members (
    practice_code text not null,
    pcn_code text not null,
    start_date date not null,
    end_date date null,
    primary key (practice_code, pcn_code, start_date)
);
create index pcn_members_pcn on pcn_members (pcn_code);
