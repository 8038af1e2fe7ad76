-- Engine indexes no query needs (issue 13, rows part: bytes per case).
--
-- Every row written gets an entry in every index of its table. These indexes serve no query that
-- the engine, its webapps (Community Edition) or GridCase sends:
--
-- * Prefixes of another index of the same table, which serves every query they served (the
--   planner reads a multi-column index by its leading column): a variable's task
--   (act_ru_variable: act_idx_variable_task_name_type starts with task_id_), a job's handler type
--   (act_ru_job: act_idx_job_handler starts with handler_type_), a historic variable's name and
--   its process instance (act_hi_varinst: act_idx_hi_procvar_name_type starts with name_,
--   act_idx_hi_var_pi_name_type with proc_inst_id_).
-- * Historic activity instances by start or end time (the query's startedBefore/After,
--   finishedBefore/After and Optimize's paging, neither used here), by process definition key
--   (no query filters on it) and the five-column statistics index (the history statistics of
--   Cockpit Enterprise; act_idx_hi_ai_pdefid_end_time still serves a definition's statistics and
--   its activity instances). Every history view reads activity instances by process instance
--   (act_idx_hi_act_inst_procinst) or execution (act_idx_hi_act_inst_comp).
--
-- EngineIndexesDroppedPlanTests checks each query these indexes served against the index that
-- serves it now. An engine upgrade script that alters one of these indexes must skip it.

drop index act_idx_variable_task_id;
drop index act_idx_job_handler_type;
drop index act_idx_hi_varinst_name;
drop index act_idx_hi_procvar_proc_inst;
drop index act_idx_hi_act_inst_start_end;
drop index act_idx_hi_act_inst_end;
drop index act_idx_hi_act_inst_proc_def_key;
drop index act_idx_hi_act_inst_stats;
