-- Issue 13 (what a case costs): step entries take their ids from a sequence in blocks of 50
-- (Hibernate's pooled generator) instead of an identity column, whose insert Hibernate must send
-- at once: that inserted a new case's record before the engine had set its due dates, and
-- updated it again at commit. Now opening a case inserts its record once, complete.
alter table case_step_log alter column id drop identity;
create sequence case_step_log_id_seq increment by 50 owned by case_step_log.id;
select setval('case_step_log_id_seq', coalesce((select max(id) from case_step_log), 0) + 50, false);
alter table case_step_log alter column id set default nextval('case_step_log_id_seq');
