-- Every case belongs to a grid: routing starts there.
alter table case_record add column grid_code varchar(18) not null;
create index case_record_grid_code_idx on case_record (grid_code varchar_pattern_ops);
