-- The case record: our side of every case, kept in step with its process instance
-- (business key = case id) in the same transaction.
create table case_record (
    id          uuid         primary key,
    issue_type  varchar(64)  not null,
    description varchar(2000) not null,
    step        varchar(32)  not null,
    opened_at   timestamptz  not null,
    version     bigint       not null
);

create index case_record_step_idx on case_record (step);
