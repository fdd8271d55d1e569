create extension if not exists ltree;
create extension if not exists pg_trgm;

-- Each unit gets a short number; its path is the numbers from the root down ("1.17.402"),
-- so subtree tests are ltree operators on a GiST index, never a walk of the tree.
create sequence org_unit_node_seq;

create table org_unit (
    id                   uuid primary key,
    node_no              bigint       not null unique,
    name                 varchar(200) not null,
    level                varchar(20)  not null,
    parent_id            uuid references org_unit (id),
    path                 ltree        not null,
    division_code        varchar(12) unique,
    party_org_kind       varchar(30),
    party_org_name       varchar(200),
    party_secretary_name varchar(100),
    status               varchar(10)  not null,
    dissolved_reason     varchar(500),
    version              bigint       not null,
    created_at           timestamptz  not null,
    created_by           varchar(100) not null,
    updated_at           timestamptz  not null,
    updated_by           varchar(100) not null,
    constraint org_unit_level_check check (level in
        ('CITY', 'DISTRICT', 'COUNTY_CITY', 'SUBDISTRICT', 'TOWNSHIP', 'COMMUNITY', 'VILLAGE')),
    constraint org_unit_status_check check (status in ('ACTIVE', 'DISSOLVED'))
);
create index org_unit_path_gist on org_unit using gist (path);
create index org_unit_parent on org_unit (parent_id);
create index org_unit_name_trgm on org_unit using gin (name gin_trgm_ops);
-- Names are unique among a parent's active children (roots count as siblings of each other).
create unique index org_unit_active_sibling_name on org_unit
    (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name))
    where status = 'ACTIVE';

-- The change feed: one row per create, update, move and dissolve, numbered in commit order
-- (writers number rows only while holding the feed's advisory lock; see ChangeFeed).
create sequence org_unit_change_seq;
create table org_unit_change (
    seq           bigint primary key default nextval('org_unit_change_seq'),
    org_unit_id   uuid        not null,
    change_type   varchar(10) not null,
    name          varchar(200) not null,
    level         varchar(20) not null,
    parent_id     uuid,
    path          ltree       not null,
    previous_path ltree,
    division_code varchar(12),
    status        varchar(10) not null,
    version       bigint      not null,
    changed_at    timestamptz not null,
    changed_by    varchar(100) not null
);
