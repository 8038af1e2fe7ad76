-- Open311 client systems: one API key each, stored only as its SHA-256 hash, bound to the
-- channel its reports come in on, the place (grid code prefix) it may file for and a rate limit.
create table open311_client_key (
    id                  uuid         primary key,
    name                varchar(64)  not null,
    key_hash            varchar(64)  not null,
    key_prefix          varchar(12)  not null,
    channel             varchar(32)  not null,
    place_code          varchar(18)  not null,
    requests_per_minute integer      not null check (requests_per_minute > 0),
    active              boolean      not null,
    created_by          varchar(64)  not null,
    created_at          timestamptz  not null,
    revoked_by          varchar(64),
    revoked_at          timestamptz,
    constraint open311_client_key_hash_uk unique (key_hash),
    constraint open311_client_key_name_uk unique (name)
);

-- The reports filed through Open311 (only these are read back there) and what Open311 carries
-- beyond a report: the client's key, its public media URL, the reporter's e-mail (never shown)
-- and the service's attributes as sent (attribute[CODE]); updated_at is when its case last
-- entered a step, so that servicerequestupdates finds what changed in a window.
create table open311_request (
    tracking_number varchar(20)   primary key references report (tracking_number),
    client_key_id   uuid          references open311_client_key (id),
    media_url       varchar(2000),
    email           varchar(254),
    attributes      jsonb         not null default '{}'::jsonb,
    submitted_at    timestamptz   not null,
    updated_at      timestamptz   not null
);
create index open311_request_submitted_idx on open311_request (submitted_at);
create index open311_request_updated_idx on open311_request (updated_at);
