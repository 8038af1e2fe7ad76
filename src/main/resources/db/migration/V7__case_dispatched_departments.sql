-- Departments a case was sent to: their staff may see it.
alter table case_record add column dispatched_departments varchar(512) not null default '';
