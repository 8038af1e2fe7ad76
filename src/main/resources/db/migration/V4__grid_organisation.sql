-- The grid organisation: places (district → street → community → grid → building), people,
-- departments and who holds which role where. The source of truth for task routing.

create sequence grid_seq increment by 50;
create table grid (
    id         bigint       primary key,
    code       varchar(18)  not null,
    name       varchar(100) not null,
    level      varchar(16)  not null,
    parent_id  bigint       references grid (id),
    boundary   text,
    min_lon    double precision,
    min_lat    double precision,
    max_lon    double precision,
    max_lat    double precision,
    lon        double precision,
    lat        double precision,
    version    bigint       not null,
    constraint grid_code_uk unique (code),
    constraint grid_code_digits_ck check (code ~ '^[0-9]{6}([0-9]{3}){0,4}$')
);
-- subtree queries: code like '410104001%'
create index grid_code_prefix_idx on grid (code varchar_pattern_ops);
create index grid_parent_idx on grid (parent_id);
create index grid_bbox_idx on grid (min_lon, max_lon, min_lat, max_lat);

-- Codes a grid had before it was moved, so groups named after an old code still reach it.
create table grid_former_code (
    code      varchar(18) primary key,
    grid_id   bigint      not null references grid (id),
    replaced_at timestamptz not null
);
create index grid_former_code_grid_idx on grid_former_code (grid_id);

create sequence department_seq increment by 50;
create table department (
    id      bigint       primary key,
    code    varchar(32)  not null,
    name    varchar(100) not null,
    version bigint       not null,
    constraint department_code_uk unique (code)
);

create sequence person_seq increment by 50;
create table person (
    id       bigint       primary key,
    username varchar(64)  not null,
    name     varchar(64)  not null,
    phone    varchar(32),
    email    varchar(128),
    version  bigint       not null,
    constraint person_username_uk unique (username)
);

create sequence role_assignment_seq increment by 50;
create table role_assignment (
    id            bigint      primary key,
    person_id     bigint      not null references person (id),
    role          varchar(32) not null,
    grid_id       bigint      not null references grid (id),
    department_id bigint      references department (id),
    valid_from    date        not null,
    valid_to      date,
    version       bigint      not null,
    constraint role_assignment_validity_ck check (valid_to is null or valid_to > valid_from)
);
-- who holds role R at place P (optionally of department D) now
create index role_assignment_place_idx on role_assignment (grid_id, role, department_id);
-- which places a person serves
create index role_assignment_person_idx on role_assignment (person_id);
create index role_assignment_department_idx on role_assignment (department_id);

-- Each time a role nobody held made routing climb the ladder.
create table routing_climb (
    id          bigint generated always as identity primary key,
    reference   varchar(64)  not null,
    requested   varchar(128) not null,
    resolved    varchar(128) not null,
    skipped     text         not null,
    climbed_at  timestamptz  not null
);
create index routing_climb_reference_idx on routing_climb (reference);
