-- API keys for machine clients (issue 6: the FHIR booking API). Only the SHA-256 of a key is stored; the key
-- itself is printed once by ./signpost apikey create.
create table api_keys (
    id uuid primary key,
    name text not null unique check (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$'),
    scopes text[] not null check (cardinality(scopes) > 0),
    key_prefix text not null,
    key_hash text not null unique,
    created_by text not null,
    created_at timestamptz not null,
    revoked_at timestamptz null
);
