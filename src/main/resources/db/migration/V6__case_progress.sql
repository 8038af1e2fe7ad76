-- What lists, dashboards and evaluation need of a case, kept in step with its processes.
alter table case_record
    add column severity                  varchar(16)  not null default 'GENERAL',
    add column handling_level            varchar(16)  not null default 'GRID',
    add column light                     varchar(8)   not null default 'GREEN',
    add column responsible_group         varchar(128),
    add column step_due_at               timestamptz,
    add column case_due_at               timestamptz,
    add column rework_count              integer      not null default 0,
    add column rejection_reason          varchar(32),
    add column satisfaction              varchar(16),
    add column accountability_started_at timestamptz,
    add column closed_at                 timestamptz;
create index case_record_light_idx on case_record (light);

-- When each step of a case began and ended.
create table case_step_log (
    id         bigint generated always as identity primary key,
    case_id    uuid        not null references case_record (id),
    step       varchar(32) not null,
    entered_at timestamptz not null,
    left_at    timestamptz
);
create index case_step_log_case_idx on case_step_log (case_id);

-- Each climb of a case up the escalation ladder.
create table case_escalation (
    id           bigint generated always as identity primary key,
    case_id      uuid         not null references case_record (id),
    from_level   varchar(16)  not null,
    to_level     varchar(16)  not null,
    cause        varchar(16)  not null,
    skipped      varchar(512) not null,
    escalated_at timestamptz  not null
);
create index case_escalation_case_idx on case_escalation (case_id);
