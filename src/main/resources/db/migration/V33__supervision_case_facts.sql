-- Supervision's facts per case (issue 14, point 5): what the figures of docs/supervision-figures.md
-- read of a case, one narrow row per case with the instants the figures count by, kept by
-- supervision_refresh_case_facts in the transaction that changes the case (CaseFacts, on the
-- cases module's events) and backfilled here for the cases that exist. A month's figures are one
-- indexed pass over these rows instead of seven joins over the wide case tables.

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
    satisfaction              varchar(32)
);

-- one index per instant a figure counts by; a period's figures OR them (bitmap) in one pass
create index supervision_case_fact_opened_idx on supervision_case_fact (opened_at);
create index supervision_case_fact_registered_idx on supervision_case_fact (registered_at);
create index supervision_case_fact_ended_idx on supervision_case_fact (ended_at);
create index supervision_case_fact_due_idx on supervision_case_fact (case_due_at);
create index supervision_case_fact_review_idx on supervision_case_fact (accountability_started_at)
    where accountability_started_at is not null;
-- escalations and findings count their own rows and read the case's place from the facts
create index case_escalation_at_case_idx on case_escalation (escalated_at, case_id, to_level);

-- The one definition of a case's facts, from the case tables (the read-only view supervision_case
-- and the REGISTER rows of case_step_log): writes the facts of the given cases, and only where they
-- changed (a case event that alters no figure writes nothing).
create function supervision_refresh_case_facts(case_ids uuid[]) returns void
language sql as $$
insert into supervision_case_fact as f (case_id, grid_code, dispatched_departments, opened_at, report_count,
    registered_at, outcome, ended_at, case_due_at, accountability_started_at, reworked, solved_in_grid, satisfaction)
select c.id, c.grid_code, c.dispatched_departments, c.opened_at, c.report_count,
       (select min(r.left_at) from case_step_log r
         where r.case_id = c.id and r.step = 'REGISTER' and r.left_at is not null
           and not (c.step = 'REJECTED' and c.closed_at = r.left_at)),
       case when c.step in ('CLOSED', 'REJECTED') then c.step end,
       c.closed_at, c.case_due_at, c.accountability_started_at, c.rework_count > 0, c.handling_level = 'GRID',
       c.satisfaction
  from supervision_case c
 where c.id = any (case_ids)
on conflict (case_id) do update
   set grid_code = excluded.grid_code, dispatched_departments = excluded.dispatched_departments,
       opened_at = excluded.opened_at, report_count = excluded.report_count, registered_at = excluded.registered_at,
       outcome = excluded.outcome, ended_at = excluded.ended_at, case_due_at = excluded.case_due_at,
       accountability_started_at = excluded.accountability_started_at, reworked = excluded.reworked,
       solved_in_grid = excluded.solved_in_grid, satisfaction = excluded.satisfaction
 where (f.grid_code, f.dispatched_departments, f.opened_at, f.report_count, f.registered_at, f.outcome, f.ended_at,
        f.case_due_at, f.accountability_started_at, f.reworked, f.solved_in_grid, f.satisfaction)
       is distinct from
       (excluded.grid_code, excluded.dispatched_departments, excluded.opened_at, excluded.report_count,
        excluded.registered_at, excluded.outcome, excluded.ended_at, excluded.case_due_at,
        excluded.accountability_started_at, excluded.reworked, excluded.solved_in_grid, excluded.satisfaction)
$$;

-- the backfill: every case recorded before this version
select supervision_refresh_case_facts(array(select id from case_record));
analyze supervision_case_fact;
