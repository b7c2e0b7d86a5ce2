-- The search index of the directory: one row per active service at a location (or per active service with no
-- location, such as a phone line), denormalised so that a search is one indexed query on one table.
-- The application calls directory_refresh_search(service_ids) in the same transaction as every change to a service.

create table directory_search_entries (
    id uuid primary key,                      -- the service_at_location id, or the service id when it has no location
    service_id uuid not null references directory_services (id) on delete cascade,
    location_id uuid null references directory_locations (id),
    latitude double precision null,
    longitude double precision null,
    position point null,                      -- (longitude, latitude), for the GiST bounding-box index
    -- Words, plus filter keys as whole lexemes: lang_<code>, term_<uuid without dashes> (the terms and their
    -- ancestors), access_<facility>, cell_<row>_<column> (a 0.05° by 0.08° grid square, about 3.5 miles), so that one
    -- GIN scan applies words, language, category, facilities and place together.
    search_vector tsvector not null,
    term_ids uuid[] not null,                 -- the service's taxonomy terms and all their ancestors
    language_codes text[] not null,
    accessibility text[] not null,
    minimum_age integer null,
    maximum_age integer null,
    week_minutes int4multirange not null,     -- minutes of the week open, Monday 00:00 = 0, local time
    bank_holiday_minutes int4multirange not null,
    exception_dates date[] not null,
    sort_name text not null
);
create index directory_search_entries_service on directory_search_entries (service_id);
create index directory_search_entries_position on directory_search_entries using gist (position);
create index directory_search_entries_text on directory_search_entries using gin (search_vector);
-- Phone and online services (no location) are few: this lets "also available by phone or online" skip the rest.
create index directory_search_entries_remote on directory_search_entries (service_id) where location_id is null;

-- The grid square of a point, as a search key (see search_vector). The application computes the same keys.
create function directory_cell_key(latitude double precision, longitude double precision) returns text
    language sql immutable as $$
    select 'cell_' || floor((latitude + 90) / 0.05)::int || '_' || floor((longitude + 180) / 0.08)::int
$$;

create function directory_refresh_search(service_ids uuid[]) returns integer language plpgsql as $$
declare
    written integer;
begin
    delete from directory_search_entries where service_id = any (service_ids);
    insert into directory_search_entries (id, service_id, location_id, latitude, longitude, position, search_vector, term_ids,
        language_codes, accessibility, minimum_age, maximum_age, week_minutes, bank_holiday_minutes, exception_dates, sort_name)
    select coalesce(sal.id, s.id), s.id, l.id, l.latitude, l.longitude,
           case when l.latitude is null then null else point(l.longitude, l.latitude) end,
           setweight(to_tsvector('english', s.name), 'A')
             || setweight(to_tsvector('english', o.name || ' ' || coalesce(tx.words, '')), 'B')
             || setweight(to_tsvector('english', s.description || ' ' || s.how_to_access), 'C')
             || array_to_tsvector(coalesce(tx.keys, '{}') || coalesce(lang.keys, '{}')
                  || array(select 'access_' || replace(a, '-', '_') from unnest(coalesce(l.accessibility, '{}')) a)
                  || case when l.latitude is null then '{}'::text[] else array[directory_cell_key(l.latitude, l.longitude)] end),
           coalesce(tx.ids, '{}'), coalesce(lang.codes, '{}'), coalesce(l.accessibility, '{}'),
           s.minimum_age, s.maximum_age,
           coalesce(hours.week, '{}'::int4multirange), coalesce(hours.bank_holiday, '{}'::int4multirange),
           coalesce(exc.dates, '{}'), lower(s.name)
    from directory_services s
    join directory_organisations o on o.id = s.organisation_id
    left join directory_service_at_locations sal on sal.service_id = s.id
    left join directory_locations l on l.id = sal.location_id
    left join lateral (
        with recursive term(id) as (
            select st.term_id from directory_service_taxonomy st where st.service_id = s.id
            union
            select t.parent_id from directory_taxonomy_terms t join term on t.id = term.id where t.parent_id is not null)
        select array_agg(t.id) as ids, string_agg(t.name || ' ' || t.keywords, ' ') as words,
               array_agg('term_' || replace(t.id::text, '-', '')) as keys
        from term join directory_taxonomy_terms t on t.id = term.id
    ) tx on true
    left join lateral (
        select array_agg(sl.language_code order by sl.language_code) as codes,
               array_agg('lang_' || lower(replace(sl.language_code, '-', '_'))) as keys
        from directory_service_languages sl where sl.service_id = s.id
    ) lang on true
    left join lateral (
        select range_agg(int4range((b.day - 1) * 1440 + b.opens_minute, (b.day - 1) * 1440 + b.closes_minute)) filter (where b.day > 0) as week,
               range_agg(int4range(b.opens_minute, b.closes_minute)) filter (where b.day = 0) as bank_holiday
        from directory_opening_bands b where b.service_id = s.id
    ) hours on true
    left join lateral (
        select array_agg(distinct x.on_date) as dates from directory_opening_exceptions x where x.service_id = s.id
    ) exc on true
    where s.id = any (service_ids) and s.status = 'active';
    get diagnostics written = row_count;
    return written;
end $$;
