-- Task and case lists at city scale (issue 13, lists).
--
-- 1. The centers above a grid read the tasks below them without a grant per task: the engine's
--    authorization manager asks the task's case grid (identity/process/CenterOversight). Routing
--    no longer writes their read grants; remove those written before: read-only grants
--    (perms_ = 2) of a community station, street center or district center group on one task
--    (resource type 7) or its history (19). Grants that also let the group work the task (the
--    center was its candidate) stay, as do grants on every task ('*').
delete from act_ru_authorization
where type_ = 1
  and resource_type_ in (7, 19)
  and resource_id_ <> '*'
  and perms_ = 2
  and user_id_ is null
  and (group_id_ like 'COMMUNITY\_STATION:%' or group_id_ like 'STREET\_CENTER:%' or group_id_ like 'DISTRICT\_CENTER:%');

-- 2. Task lists: every shared filter and the phone page's list sort by due date (then by
--    creation); 今日到期 restricts to a day of due dates.
create index gc_idx_task_due_date on act_ru_task (due_date_, create_time_);

-- A task's own variables by name and value (黄灯/红灯: the task's light), so the filters can start
-- from the few tasks of one light instead of testing every task.
create index gc_idx_variable_task_name_text on act_ru_variable (name_, text_, task_id_) where task_id_ is not null;

-- The centers' oversight: the case grid of a process instance (gridCode LIKE '<place>%').
create index gc_idx_variable_instance_name_text on act_ru_variable (name_, text_ varchar_pattern_ops, proc_inst_id_)
  where task_id_ is null;

-- 3. The case list sorts by opened_at (case_record_opened_at_idx), case_due_at
--    (case_record_case_due_at_idx) or step_due_at (this one) and filters by grid subtree
--    (case_record_grid_code_idx); with the id as tie-breaker PostgreSQL sorts only within equal
--    times (incremental sort) and reads no more of the index than the page needs.
create index case_record_step_due_at_idx on case_record (step_due_at);
