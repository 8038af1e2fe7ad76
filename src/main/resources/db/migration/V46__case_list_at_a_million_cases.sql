-- The district's case list at 100,000 open and 1,000,000 closed cases (issue 13, lists; cases/
-- CaseListQuery, plan-checked by CaseListQueryPlanTests). A page sorts by one indexed column and
-- reads no further into it than the page; the filters of one value (step, light) now come with
-- the default order, so that a filtered page, newest first, is read in order from one index, as
-- a grid's page is from case_record_grid_opened_idx (grid_code varchar_pattern_ops, opened_at).
-- That index leads with the grid code, so the grid code's own index is redundant: dropped (one
-- index less to write per case).
drop index case_record_grid_code_idx;
drop index case_record_step_idx;
create index case_record_step_opened_idx on case_record (step, opened_at);
drop index case_record_light_idx;
create index case_record_light_opened_idx on case_record (light, opened_at);
-- Due dates fall on the same instants by the hundred (the end of a working day): with the id in
-- the index, a page by due date is read in its full order from the index, instead of sorting
-- every case of the first due instant by id.
drop index case_record_step_due_at_idx;
create index case_record_step_due_at_idx on case_record (step_due_at, id);
drop index case_record_case_due_at_idx;
create index case_record_case_due_at_idx on case_record (case_due_at, id);
