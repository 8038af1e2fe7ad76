-- Completing any task looks up its subtasks by PARENT_TASK_ID_, and Camunda 7.24's PostgreSQL
-- schema has no index there: with 100,000 open tasks that lookup was a 61 ms sequential scan.
create index GC_IDX_TASK_PARENT_TASK_ID on ACT_RU_TASK (PARENT_TASK_ID_);
