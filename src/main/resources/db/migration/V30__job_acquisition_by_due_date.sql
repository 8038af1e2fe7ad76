-- Timers (issue 13). The job executor acquires by due date with every job's due date set
-- (application.yml: job-executor-acquire-by-due-date, ensure-job-due-date-not-null), so its query
-- is "retries_ > 0 and suspension_state_ = 1 and duedate_ <= now ... order by duedate_ limit n".
-- Camunda's schema has no index for it: with 415,000 future timers each acquisition was a
-- sequential scan (222 ms to take three jobs). This partial index holds exactly the acquirable
-- jobs in due-date order; the scan stops at the first job not yet due.
create index GC_IDX_JOB_ACQUISITION on ACT_RU_JOB (DUEDATE_) where RETRIES_ > 0 and SUSPENSION_STATE_ = 1;

-- Jobs written before every job got a due date (messages had none) are due now; the query no
-- longer asks for "duedate_ is null".
update ACT_RU_JOB set DUEDATE_ = coalesce(CREATE_TIME_, now()) where DUEDATE_ is null;

-- Light timers of tasks that are gone: before they were removed with their task they stayed
-- until their process instance ended, and fired doing nothing (with their exception text, if any).
with gone as (
    delete from ACT_RU_JOB j
    where j.HANDLER_TYPE_ = 'gridcase-light' and j.HANDLER_CFG_ like 'TASK:%'
      and not exists (select 1 from ACT_RU_TASK t where t.ID_ = split_part(j.HANDLER_CFG_, ':', 2))
    returning j.EXCEPTION_STACK_ID_)
delete from ACT_GE_BYTEARRAY b using gone where b.ID_ = gone.EXCEPTION_STACK_ID_;
