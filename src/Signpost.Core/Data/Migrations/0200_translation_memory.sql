-- Language module: the translation memory (units keyed by a hash of their English source, translations per
-- language with a state and provenance), per-language glossaries and the report of rejected machine output.

create table translation_units (
    id bigint generated always as identity primary key,
    key text not null unique,
    kind text not null check (kind in ('ui', 'directory', 'glossary', 'advice')),
    source_text text not null check (length(source_text) between 1 and 10000),
    source_hash text not null check (source_hash ~ '^[0-9a-f]{64}$'),
    safety_critical boolean not null default false,
    context text null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index translation_units_source_hash on translation_units (source_hash);

create table translations (
    id bigint generated always as identity primary key,
    unit_id bigint not null references translation_units (id) on delete cascade,
    language text not null check (language ~ '^[a-z]{2,3}$'),
    text text not null check (length(text) between 1 and 20000),
    state text not null check (state in ('machine', 'reviewed', 'approved')),
    -- The hash of the English this text translates: when it differs from the unit's, the translation is stale.
    source_hash text not null check (source_hash ~ '^[0-9a-f]{64}$'),
    produced_by text not null,
    produced_at timestamptz not null,
    reviewed_by text null,
    reviewed_at timestamptz null,
    approved_by text null,
    approved_at timestamptz null,
    unique (unit_id, language)
);
create index translations_language_state on translations (language, state);

create table glossary_terms (
    id bigint generated always as identity primary key,
    language text not null check (language ~ '^[a-z]{2,3}$'),
    source_term text not null check (length(source_term) between 1 and 200),
    -- Null means "do not translate": the English term must appear unchanged.
    rendering text null check (rendering is null or length(rendering) between 1 and 200),
    note text null,
    created_at timestamptz not null
);
create unique index glossary_terms_language_term on glossary_terms (language, lower(source_term));

create table translation_rejections (
    id bigint generated always as identity primary key,
    unit_id bigint not null references translation_units (id) on delete cascade,
    language text not null,
    provider text not null,
    reason text not null,
    candidate text not null,
    at timestamptz not null
);
create index translation_rejections_language on translation_rejections (language, at desc);
