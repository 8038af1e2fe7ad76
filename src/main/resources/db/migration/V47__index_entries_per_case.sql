-- Index entries per case (issue 13, rows part).
--
-- Every row of these tables gets an entry in every index of the table, also when the indexed
-- column is empty: GridCase uses no tenants, no CMMN cases and no variable batches, and most rows
-- have no byte array, exception, job definition, owner (tasks), super execution, user (group links)
-- or removal time (set when a finished instance's history is due for removal). Each of these
-- engine indexes now holds only the rows whose column is set: the same name and column, so the
-- engine's own upgrade scripts still find it. Every query the engine asks of them compares the
-- column with a value (`= ?`, `<= ?`, `in (...)`, and the foreign keys' checks), which PostgreSQL
-- knows excludes NULL, so the index still serves it, in custom and generic plans alike
-- (PartialEngineIndexPlanTests). What it saves: about 30 index entries (12-20 bytes each) per case.
-- Left whole: indexes a query may use for "column IS NULL" (an execution's parent: process
-- instances are the executions without one; a task's parent task; a task's assignee and a
-- running instance's end time, which the lists and history queries ask to be empty).

drop index act_idx_var_case_exe;
create index act_idx_var_case_exe on act_ru_variable (case_execution_id_) where case_execution_id_ is not null;

drop index act_idx_var_case_inst_id;
create index act_idx_var_case_inst_id on act_ru_variable (case_inst_id_) where case_inst_id_ is not null;

drop index act_idx_variable_tenant_id;
create index act_idx_variable_tenant_id on act_ru_variable (tenant_id_) where tenant_id_ is not null;

drop index act_idx_batch_id;
create index act_idx_batch_id on act_ru_variable (batch_id_) where batch_id_ is not null;

drop index act_idx_var_bytearray;
create index act_idx_var_bytearray on act_ru_variable (bytearray_id_) where bytearray_id_ is not null;

drop index act_idx_job_tenant_id;
create index act_idx_job_tenant_id on act_ru_job (tenant_id_) where tenant_id_ is not null;

drop index act_idx_job_job_def_id;
create index act_idx_job_job_def_id on act_ru_job (job_def_id_) where job_def_id_ is not null;

drop index act_idx_job_exception;
create index act_idx_job_exception on act_ru_job (exception_stack_id_) where exception_stack_id_ is not null;

drop index act_idx_task_tenant_id;
create index act_idx_task_tenant_id on act_ru_task (tenant_id_) where tenant_id_ is not null;

drop index act_idx_task_case_exec;
create index act_idx_task_case_exec on act_ru_task (case_execution_id_) where case_execution_id_ is not null;

drop index act_idx_task_case_def_id;
create index act_idx_task_case_def_id on act_ru_task (case_def_id_) where case_def_id_ is not null;

drop index act_idx_task_owner;
create index act_idx_task_owner on act_ru_task (owner_) where owner_ is not null;

drop index act_idx_exec_tenant_id;
create index act_idx_exec_tenant_id on act_ru_execution (tenant_id_) where tenant_id_ is not null;

drop index act_idx_exe_super;
create index act_idx_exe_super on act_ru_execution (super_exec_) where super_exec_ is not null;

drop index act_idx_ident_lnk_user;
create index act_idx_ident_lnk_user on act_ru_identitylink (user_id_) where user_id_ is not null;

drop index act_idx_athrz_procedef;
create index act_idx_athrz_procedef on act_ru_identitylink (proc_def_id_) where proc_def_id_ is not null;

drop index act_idx_auth_rm_time;
create index act_idx_auth_rm_time on act_ru_authorization (removal_time_) where removal_time_ is not null;

drop index act_idx_hi_pro_inst_tenant_id;
create index act_idx_hi_pro_inst_tenant_id on act_hi_procinst (tenant_id_) where tenant_id_ is not null;

drop index act_idx_hi_pro_inst_rm_time;
create index act_idx_hi_pro_inst_rm_time on act_hi_procinst (removal_time_) where removal_time_ is not null;

drop index act_idx_hi_act_inst_tenant_id;
create index act_idx_hi_act_inst_tenant_id on act_hi_actinst (tenant_id_) where tenant_id_ is not null;

drop index act_idx_hi_act_inst_rm_time;
create index act_idx_hi_act_inst_rm_time on act_hi_actinst (removal_time_) where removal_time_ is not null;

drop index act_idx_hi_task_inst_tenant_id;
create index act_idx_hi_task_inst_tenant_id on act_hi_taskinst (tenant_id_) where tenant_id_ is not null;

drop index act_idx_hi_task_inst_rm_time;
create index act_idx_hi_task_inst_rm_time on act_hi_taskinst (removal_time_) where removal_time_ is not null;

drop index act_idx_hi_ident_lnk_user;
create index act_idx_hi_ident_lnk_user on act_hi_identitylink (user_id_) where user_id_ is not null;

drop index act_idx_hi_ident_lnk_tenant_id;
create index act_idx_hi_ident_lnk_tenant_id on act_hi_identitylink (tenant_id_) where tenant_id_ is not null;

drop index act_idx_hi_ident_link_rm_time;
create index act_idx_hi_ident_link_rm_time on act_hi_identitylink (removal_time_) where removal_time_ is not null;

drop index act_idx_hi_casevar_case_inst;
create index act_idx_hi_casevar_case_inst on act_hi_varinst (case_inst_id_) where case_inst_id_ is not null;

drop index act_idx_hi_var_inst_tenant_id;
create index act_idx_hi_var_inst_tenant_id on act_hi_varinst (tenant_id_) where tenant_id_ is not null;

drop index act_idx_hi_varinst_bytear;
create index act_idx_hi_varinst_bytear on act_hi_varinst (bytearray_id_) where bytearray_id_ is not null;

drop index act_idx_hi_varinst_rm_time;
create index act_idx_hi_varinst_rm_time on act_hi_varinst (removal_time_) where removal_time_ is not null;
