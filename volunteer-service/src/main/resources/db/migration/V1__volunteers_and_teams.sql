-- Real-name volunteers and their teams. Home communities, owning units and organisers are org
-- units of the local replica, by id; every scope check joins the replica's path.
create table volunteer (
    id                uuid primary key,
    name              varchar(100) not null,
    gender            varchar(10)  not null,
    birth_date        date         not null,
    -- personal data: masked in responses for roles that do not need it, never logged
    phone             varchar(11)  not null,
    id_number         varchar(18)  not null,
    home_community_id uuid         not null,
    party_member      boolean      not null,
    -- Skill names, comma-separated
    skills            varchar(500),
    status            varchar(10)  not null,
    registered_on     date         not null,
    version           bigint       not null,
    created_at        timestamptz  not null,
    created_by        varchar(100) not null,
    updated_at        timestamptz  not null,
    updated_by        varchar(100) not null,
    constraint volunteer_id_number_unique unique (id_number),
    constraint volunteer_status_check check (status in ('ACTIVE', 'INACTIVE'))
);
-- statistics read a subtree's volunteers from this index alone
create index volunteer_home on volunteer (home_community_id) include (status, party_member, registered_on);

create table volunteer_team (
    id                  uuid primary key,
    name                varchar(200)  not null,
    kind                varchar(30)   not null,
    level               varchar(20)   not null,
    org_unit_id         uuid          not null,
    leader_volunteer_id uuid references volunteer (id),
    founded_on          date          not null,
    level_since         date          not null,
    description         varchar(2000),
    version             bigint        not null,
    created_at          timestamptz   not null,
    created_by          varchar(100)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(100)  not null
);
create index volunteer_team_unit on volunteer_team (org_unit_id);

-- A team's level from its founding on: one row per level it held, dated when the change happened.
create table team_level_change (
    id          uuid primary key,
    seq         bigserial    not null unique,
    team_id     uuid         not null references volunteer_team (id),
    from_level  varchar(20),
    to_level    varchar(20)  not null,
    occurred_on date         not null,
    reason      varchar(1000),
    recorded_by varchar(100) not null,
    recorded_at timestamptz  not null
);
create index team_level_change_team on team_level_change (team_id, occurred_on, seq);

create table team_membership (
    id           uuid primary key,
    team_id      uuid          not null references volunteer_team (id),
    volunteer_id uuid          not null references volunteer (id),
    joined_on    date          not null,
    left_on      date,
    leave_reason varchar(1000),
    version      bigint        not null,
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null,
    updated_at   timestamptz   not null,
    updated_by   varchar(100)  not null,
    constraint team_membership_dates_check check (left_on is null or left_on >= joined_on)
);
-- one current membership of a volunteer in a team, even under concurrent joins
create unique index team_membership_one_current on team_membership (team_id, volunteer_id) where left_on is null;
create index team_membership_volunteer on team_membership (volunteer_id);
