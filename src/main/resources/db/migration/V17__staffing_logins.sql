-- When an assignment was entered: one entered by mistake may be withdrawn the same day
-- (China Standard Time). Assignments entered before this column existed cannot be withdrawn.
alter table role_assignment add column entered_at timestamptz;

-- Logins opened with a first password (default profile): the person must choose their own at
-- their first login; the row goes when they have.
create table login_first_password (
    username   varchar(64) primary key,
    opened_at  timestamptz not null
);
