-- Annual assessments of unit secretaries with one-vote veto; member units of a sub-district's
-- big working committee (大工委), their duty reports (述职) and the two-way evaluation.
create table assessment_indicator (
    year            integer      not null,
    code            varchar(40)  not null,
    name            varchar(200) not null,
    weight          numeric(5, 2) not null,
    party_building  boolean      not null,
    pass_mark       numeric(5, 2),
    primary key (year, code)
);

create table assessment (
    id               uuid primary key,
    org_unit_id      uuid          not null references org_unit (id),
    org_unit_path    ltree         not null,
    year             integer       not null,
    secretary_name   varchar(100)  not null,
    -- code → score (0–100), as entered
    scores           jsonb         not null,
    total            numeric(6, 2) not null,
    vetoed           boolean       not null,
    grade            varchar(12)   not null,
    assessed_on      date          not null,
    version          bigint        not null,
    created_at       timestamptz   not null,
    created_by       varchar(100)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(100)  not null
);
create unique index assessment_unit_year on assessment (org_unit_id, year);
create index assessment_path on assessment using gist (org_unit_path);

create table member_unit (
    id               uuid primary key,
    name             varchar(200) not null,
    kind             varchar(40)  not null,
    subdistrict_id   uuid         not null references org_unit (id),
    subdistrict_path ltree        not null,
    head_name        varchar(100),
    joined_on        date         not null,
    status           varchar(10)  not null,
    version          bigint       not null,
    created_at       timestamptz  not null,
    created_by       varchar(100) not null,
    updated_at       timestamptz  not null,
    updated_by       varchar(100) not null
);
create index member_unit_path on member_unit using gist (subdistrict_path);

create table duty_report (
    id              uuid primary key,
    member_unit_id  uuid         not null references member_unit (id),
    year            integer      not null,
    reported_on     date         not null,
    summary         varchar(4000) not null,
    -- [{content, completed, note}]
    commitments     jsonb        not null,
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz  not null,
    unique (member_unit_id, year)
);

create table member_unit_evaluation (
    id              uuid primary key,
    member_unit_id  uuid         not null references member_unit (id),
    year            integer      not null,
    -- who rates whom: the committee rates the unit, or the unit rates the committee
    direction       varchar(20)  not null,
    voted_on        date         not null,
    excellent       integer      not null,
    competent       integer      not null,
    basic           integer      not null,
    incompetent     integer      not null,
    result          varchar(12)  not null,
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz  not null,
    unique (member_unit_id, year, direction)
);
