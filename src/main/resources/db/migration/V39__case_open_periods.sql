-- When each case was open and where: what other modules may read of case_record (the history
-- search finds a grid subtree's process instances through it, by business key). A plain view, so
-- PostgreSQL plans it as the table itself and the V32 index on (grid_code, opened_at) serves it.
create view case_open_period as
select tracking_number, grid_code, opened_at, closed_at
  from case_record
 where tracking_number is not null;
