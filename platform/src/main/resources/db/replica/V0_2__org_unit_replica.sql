-- A service's local copy of the org units it refers to, kept current from org-structure's
-- change feed, so subtree filters and scope checks are local SQL.
create extension if not exists ltree;

create table org_unit_replica (
    id        uuid primary key,
    parent_id uuid,
    path      ltree        not null,
    level     varchar(20)  not null,
    name      varchar(200) not null,
    status    varchar(10)  not null,
    version   bigint       not null
);
create index org_unit_replica_path on org_unit_replica using gist (path);
create index org_unit_replica_parent on org_unit_replica (parent_id);

-- Where the replica has read the feed up to; moves forward in the same transaction as the rows.
create table org_feed_cursor (
    feed       varchar(50) primary key,
    position   bigint      not null,
    updated_at timestamptz not null
);
