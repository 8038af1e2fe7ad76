-- The patrol log (一日双巡): a grid staff member's patrols of a grid, the points tracked while
-- the phone page was open, the reports filed during the patrol (findings), and one diary entry
-- (民情日记) per person and day.
create sequence patrol_seq increment by 50;

create table patrol (
    id          bigint       primary key,
    username    varchar(64)  not null,
    grid_code   varchar(18)  not null,
    started_at  timestamptz  not null,
    ended_at    timestamptz,
    version     bigint       not null default 0
);
-- at most one patrol under way per person
create unique index patrol_one_active_uk on patrol (username) where ended_at is null;
create index patrol_grid_started_idx on patrol (grid_code, started_at);
create index patrol_username_started_idx on patrol (username, started_at);

create table patrol_point (
    patrol_id   bigint            not null references patrol (id) on delete cascade,
    position    integer           not null,
    recorded_at timestamptz       not null,
    lon         double precision  not null,
    lat         double precision  not null,
    accuracy    double precision,
    primary key (patrol_id, position)
);

create table patrol_finding (
    patrol_id       bigint       not null references patrol (id) on delete cascade,
    tracking_number varchar(20)  not null,
    linked_at       timestamptz  not null,
    primary key (patrol_id, tracking_number)
);

create table patrol_diary (
    username    varchar(64)    not null,
    day         date           not null,
    grid_code   varchar(18)    not null,
    text        varchar(4000)  not null,
    updated_at  timestamptz    not null,
    version     bigint         not null default 0,
    primary key (username, day)
);
