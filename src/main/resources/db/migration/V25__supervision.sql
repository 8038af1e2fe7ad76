-- Supervision (issue 14): figures over the case tables, read through one view; indexes for the
-- time anchors of docs/supervision-figures.md; working time as a day table; four-level warnings.

-- The evaluation form's answer BASICALLY_SATISFIED (19 characters) did not fit varchar(16): a
-- case closed with 基本满意 failed. Widened here, before the view below depends on the column.
alter table case_record alter column satisfaction type varchar(32);

-- What supervision reads of a case (read-only; the cases module writes case_record).
create view supervision_case as
select id, tracking_number, issue_type, grid_code, step, handling_level, light, dispatched_departments,
       report_count, rework_count, satisfaction, opened_at, closed_at, case_due_at, step_due_at,
       accountability_started_at
from case_record;

create index case_record_opened_at_idx on case_record (opened_at);
create index case_record_closed_at_idx on case_record (closed_at);
create index case_record_case_due_at_idx on case_record (case_due_at);
create index case_record_accountability_idx on case_record (accountability_started_at)
    where accountability_started_at is not null;
-- the live light board: running cases only
create index case_record_running_light_idx on case_record (grid_code varchar_pattern_ops, light)
    where closed_at is null;
-- registration = leaving the REGISTER step other than by rejection
create index case_step_log_register_left_idx on case_step_log (left_at) where step = 'REGISTER';
create index case_escalation_at_idx on case_escalation (escalated_at);
-- posts: who completed a case's tasks, and accountability findings
create index audit_event_task_actor on audit_event (actor, case_id) where type = 'TASK_COMPLETED';
create index audit_event_finding on audit_event (occurred_at)
    where type = 'TASK_COMPLETED' and (data::jsonb ->> 'taskDefinitionKey') = 'Activity_RecordFinding';

-- Working minutes before each day (from 2000-01-01) and on it, from the working calendar
-- (gridcase.calendar.*): rewritten at every start (SupervisionWorkingDays), so handling time in
-- working hours is W(closed) - W(opened), exact and one lookup per instant.
create table supervision_working_day (
    day             date    primary key,
    minutes_before  bigint  not null,
    working         boolean not null,
    office_start    time    not null,
    office_end      time    not null
);

-- W(t): working minutes from 2000-01-01 (district time) to t.
create function supervision_working_minutes(t timestamptz, zone text) returns double precision
    language sql stable as $$
    select d.minutes_before + case when d.working then
               least(greatest(extract(epoch from ((t at time zone zone)::time - d.office_start)) / 60, 0),
                     extract(epoch from (d.office_end - d.office_start)) / 60)
           else 0 end
    from supervision_working_day d where d.day = (t at time zone zone)::date
$$;

-- Four-level warnings (四级预警) set by the district center for a place subtree and days.
create table supervision_warning (
    id          bigint generated always as identity primary key,
    place_code  varchar(18)  not null,
    level       varchar(4)   not null check (level in ('I', 'II', 'III', 'IV')),
    valid_from  date         not null,
    valid_to    date         not null,
    reason      varchar(500) not null,
    set_by      varchar(255) not null,
    set_at      timestamptz  not null,
    lifted_by   varchar(255),
    lifted_at   timestamptz,
    lift_reason varchar(500),
    version     bigint       not null,
    constraint supervision_warning_days_ck check (valid_to >= valid_from)
);
create index supervision_warning_in_force_idx on supervision_warning (valid_to, valid_from) where lifted_at is null;
