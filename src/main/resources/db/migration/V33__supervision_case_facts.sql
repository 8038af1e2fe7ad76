-- Supervision's facts per case (issue 14, point 5): what the figures of docs/supervision-figures.md
-- read of a case, one narrow row per case with the instants the figures count by and the handling
-- time in working minutes, kept by supervision_refresh_case_facts in the transaction that changes
-- the case (CaseFacts, on the cases module's events) and backfilled here for the cases that exist.
-- A month's figures are one indexed pass over these rows instead of seven joins over the case tables.

create table supervision_case_fact (
    case_id                   uuid         primary key references case_record (id) on delete cascade,
    grid_code                 varchar(18)  not null,
    dispatched_departments    varchar(512) not null,
    opened_at                 timestamptz  not null,
    report_count              integer      not null,
    -- the instant the case left REGISTER other than by rejection (立案); null: not registered
    registered_at             timestamptz,
    -- CLOSED or REJECTED once the case ended, at ended_at (case_record.closed_at); null while running
    outcome                   varchar(8),
    ended_at                  timestamptz,
    case_due_at               timestamptz,
    accountability_started_at timestamptz,
    reworked                  boolean      not null,
    -- never escalated above the grid (handling_level = GRID)
    solved_in_grid            boolean      not null,
    satisfaction              varchar(32),
    -- closed cases: W(ended_at) - W(opened_at) by the working calendar of supervision_working_day;
    -- null until computed (the backfill below knows no time zone: SupervisionWorkingDays computes
    -- them at start, and again for the cases a changed calendar touches)
    handling_minutes          numeric
);

-- one index per instant a figure counts by; a period's figures OR them (bitmap) in one pass
create index supervision_case_fact_opened_idx on supervision_case_fact (opened_at);
create index supervision_case_fact_registered_idx on supervision_case_fact (registered_at);
create index supervision_case_fact_ended_idx on supervision_case_fact (ended_at);
create index supervision_case_fact_due_idx on supervision_case_fact (case_due_at);
create index supervision_case_fact_review_idx on supervision_case_fact (accountability_started_at)
    where accountability_started_at is not null;
create index supervision_case_fact_minutes_due_idx on supervision_case_fact (case_id)
    where outcome = 'CLOSED' and handling_minutes is null;

-- Each climb of a case (case_escalation) with its case's place and departments: a period's
-- escalations are one index range, without joining the cases.
create table supervision_escalation_fact (
    escalation_id          bigint       primary key references case_escalation (id) on delete cascade,
    case_id                uuid         not null references supervision_case_fact (case_id) on delete cascade,
    grid_code              varchar(18)  not null,
    dispatched_departments varchar(512) not null,
    to_level               varchar(16)  not null,
    escalated_at           timestamptz  not null
);
create index supervision_escalation_fact_at_idx on supervision_escalation_fact (escalated_at)
    include (grid_code, dispatched_departments, to_level, case_id);
create index supervision_escalation_fact_case_idx on supervision_escalation_fact (case_id);

-- W(t) of docs/supervision-figures.md: working minutes from the first calendar day to t, given t's
-- day row d (minutes before the day, plus t's minutes within office hours on a working day)
create function supervision_working_minutes(t timestamptz, d supervision_working_day, zone text) returns numeric
language sql immutable as $$
select d.minutes_before + case when d.working then least(greatest(extract(epoch from ((t at time zone zone)::time
       - d.office_start)) / 60, 0), extract(epoch from (d.office_end - d.office_start)) / 60) else 0 end
$$;

-- The one definition of a case's facts, from the case tables (the read-only view supervision_case
-- and the REGISTER rows of case_step_log) and the working calendar in the district's time zone
-- (null: no handling minutes): writes the facts of the given cases, and only where they changed
-- (a case event that alters no figure writes nothing); the same for the case's climbs.
create function supervision_refresh_case_facts(case_ids uuid[], zone text) returns void
language sql as $$
insert into supervision_case_fact as f (case_id, grid_code, dispatched_departments, opened_at, report_count,
    registered_at, outcome, ended_at, case_due_at, accountability_started_at, reworked, solved_in_grid, satisfaction,
    handling_minutes)
select c.id, c.grid_code, c.dispatched_departments, c.opened_at, c.report_count,
       (select min(r.left_at) from case_step_log r
         where r.case_id = c.id and r.step = 'REGISTER' and r.left_at is not null
           and not (c.step = 'REJECTED' and c.closed_at = r.left_at)),
       case when c.step in ('CLOSED', 'REJECTED') then c.step end,
       c.closed_at, c.case_due_at, c.accountability_started_at, c.rework_count > 0, c.handling_level = 'GRID',
       c.satisfaction,
       case when c.step = 'CLOSED' then supervision_working_minutes(c.closed_at, cd, zone)
                                        - supervision_working_minutes(c.opened_at, od, zone) end
  from unnest(case_ids) as changed (id)
  join supervision_case c on c.id = changed.id
  left join supervision_working_day od on od.day = (c.opened_at at time zone zone)::date
  left join supervision_working_day cd on cd.day = (c.closed_at at time zone zone)::date
on conflict (case_id) do update
   set grid_code = excluded.grid_code, dispatched_departments = excluded.dispatched_departments,
       opened_at = excluded.opened_at, report_count = excluded.report_count, registered_at = excluded.registered_at,
       outcome = excluded.outcome, ended_at = excluded.ended_at, case_due_at = excluded.case_due_at,
       accountability_started_at = excluded.accountability_started_at, reworked = excluded.reworked,
       solved_in_grid = excluded.solved_in_grid, satisfaction = excluded.satisfaction,
       handling_minutes = excluded.handling_minutes
 where (f.grid_code, f.dispatched_departments, f.opened_at, f.report_count, f.registered_at, f.outcome, f.ended_at,
        f.case_due_at, f.accountability_started_at, f.reworked, f.solved_in_grid, f.satisfaction, f.handling_minutes)
       is distinct from
       (excluded.grid_code, excluded.dispatched_departments, excluded.opened_at, excluded.report_count,
        excluded.registered_at, excluded.outcome, excluded.ended_at, excluded.case_due_at,
        excluded.accountability_started_at, excluded.reworked, excluded.solved_in_grid, excluded.satisfaction,
        excluded.handling_minutes);
insert into supervision_escalation_fact as x (escalation_id, case_id, grid_code, dispatched_departments, to_level,
    escalated_at)
select e.id, e.case_id, c.grid_code, c.dispatched_departments, e.to_level, e.escalated_at
  from unnest(case_ids) as changed (id)
  join supervision_case c on c.id = changed.id
  join case_escalation e on e.case_id = c.id
on conflict (escalation_id) do update
   set grid_code = excluded.grid_code, dispatched_departments = excluded.dispatched_departments
 where (x.grid_code, x.dispatched_departments) is distinct from (excluded.grid_code, excluded.dispatched_departments);
$$;

-- the backfill: every case recorded before this version (handling minutes at the next start),
-- planned with the case tables' statistics
analyze case_record;
analyze case_step_log;
analyze case_escalation;
select supervision_refresh_case_facts(array(select id from case_record), null);
analyze supervision_case_fact;
analyze supervision_escalation_fact;
