-- Every app instance keeps the directory search index in memory (ADR 0110). This log tells them which services'
-- search entries changed: triggers on directory_search_entries write one row per service and statement, with the
-- writing transaction's id, so that an instance can read exactly the changes committed since its last look
-- (every row whose transaction id is at or above the oldest transaction still running at that look).

create table directory_search_changes (
    id bigint generated always as identity primary key,
    xid xid8 not null default pg_current_xact_id(),
    service_id uuid not null,
    changed_at timestamptz not null default now()
);
create index directory_search_changes_xid on directory_search_changes (xid);
create index directory_search_changes_at on directory_search_changes (changed_at);

create function directory_search_log_new() returns trigger language plpgsql as $$
begin
    insert into directory_search_changes (service_id) select distinct service_id from new_entries;
    return null;
end $$;

create function directory_search_log_old() returns trigger language plpgsql as $$
begin
    insert into directory_search_changes (service_id) select distinct service_id from old_entries;
    return null;
end $$;

create trigger directory_search_entries_inserted after insert on directory_search_entries
    referencing new table as new_entries for each statement execute function directory_search_log_new();
create trigger directory_search_entries_updated after update on directory_search_entries
    referencing new table as new_entries for each statement execute function directory_search_log_new();
create trigger directory_search_entries_deleted after delete on directory_search_entries
    referencing old table as old_entries for each statement execute function directory_search_log_old();
