-- A station's task list at city scale (issue 13, stationlist; identity/process/VisibleTasks.xml).
--
-- A page of a center's task list that walks its order's index tests, for each task it reaches,
-- whether the task's case lies in a place the center oversees: the case's gridCode variable, found
-- by its process instance. The engine's index by instance holds every variable of the instance
-- (about ten rows read per test); this one holds the case grid alone, with its value, so a test
-- is one index entry. The statements name the variable in their text, so PostgreSQL uses it in a
-- plan made for any parameters too. One index entry per case.
create index gc_idx_variable_grid_code_by_instance on act_ru_variable (proc_inst_id_, text_)
  where name_ = 'gridCode' and task_id_ is null;
