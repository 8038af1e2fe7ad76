-- Where a case is, and how many reports it gathered (duplicates are linked, not opened).
alter table case_record
    add column address      varchar(300),
    add column lon          double precision,
    add column lat          double precision,
    add column report_count integer not null default 1,
    add column channel      varchar(32);
create index case_record_open_near_idx on case_record (issue_type, lon, lat) where closed_at is null;

-- Every report from every channel, with its public tracking number; several may share a case.
create table report (
    id               uuid         primary key,
    tracking_number  varchar(20)  not null,
    channel          varchar(32)  not null,
    subcategory      varchar(32)  not null,
    description      varchar(2000) not null,
    address          varchar(300),
    lon              double precision,
    lat              double precision,
    grid_code        varchar(18)  not null,
    reporter_name    varchar(64),
    reporter_phone   varchar(32),
    anonymous        boolean      not null,
    case_id          uuid         not null references case_record (id),
    linked_as_duplicate boolean   not null,
    idempotency_key  varchar(128),
    submitted_by     varchar(64)  not null,
    submitted_at     timestamptz  not null,
    constraint report_tracking_number_uk unique (tracking_number),
    constraint report_idempotency_uk unique (submitted_by, idempotency_key)
);
create index report_case_idx on report (case_id);

-- Photos and other files, stored with the case (and the report or step they belong to).
create table attachment (
    id           uuid         primary key,
    case_id      uuid         not null references case_record (id),
    report_id    uuid         references report (id),
    step         varchar(32)  not null,
    file_name    varchar(200) not null,
    content_type varchar(64)  not null,
    size_bytes   integer      not null,
    width        integer      not null,
    height       integer      not null,
    content      bytea        not null,
    uploaded_by  varchar(64)  not null,
    uploaded_at  timestamptz  not null
);
create index attachment_case_idx on attachment (case_id);
