-- District departments (区直单位) and their pairings with communities (结对共建).
create table department (
    id             uuid primary key,
    name           varchar(200) not null,
    district_id    uuid         not null references org_unit (id),
    -- the district's path when the department was saved: scope checks are path tests
    district_path  ltree        not null,
    kind           varchar(40)  not null,
    liaison_name   varchar(100),
    liaison_phone  varchar(30),
    version        bigint       not null,
    created_at     timestamptz  not null,
    created_by     varchar(100) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(100) not null
);
create unique index department_district_name on department (district_id, lower(name));
create index department_district_path on department using gist (district_path);

create table pairing (
    id              uuid primary key,
    department_id   uuid         not null references department (id),
    community_id    uuid         not null references org_unit (id),
    community_path  ltree        not null,
    valid_from      date         not null,
    valid_to        date,
    version         bigint       not null,
    created_at      timestamptz  not null,
    created_by      varchar(100) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(100) not null,
    constraint pairing_dates check (valid_to is null or valid_to >= valid_from)
);
create index pairing_department on pairing (department_id);
create index pairing_community on pairing (community_id);
create index pairing_community_path on pairing using gist (community_path);
