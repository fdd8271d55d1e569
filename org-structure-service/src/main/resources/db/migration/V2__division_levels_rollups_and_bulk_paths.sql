-- 1. Levels as the official statistical division data has them: five tiers, seventeen kinds
--    (orgunit.Level; names fixed suite-wide by platform.orgreplica.OrgLevels).
alter table org_unit drop constraint org_unit_level_check;
alter table org_unit add constraint org_unit_level_check check (level in (
    'PROVINCE', 'CITY',
    'DISTRICT', 'COUNTY', 'AUTONOMOUS_COUNTY', 'COUNTY_CITY', 'BANNER', 'AUTONOMOUS_BANNER',
    'FORESTRY_AREA', 'SPECIAL_AREA', 'OTHER_COUNTY_LEVEL',
    'SUBDISTRICT', 'TOWN', 'TOWNSHIP', 'OTHER_TOWNSHIP_LEVEL',
    'COMMUNITY', 'VILLAGE'));

-- 2. Existing rows keep their meaning under the finer kinds. TOWNSHIP meant 镇 or 乡: an official
--    9-digit code decides by its number (as division.DivisionLevels does), else a name ending in 镇
--    is a TOWN. DISTRICT stood for every county-level unit that was not a city: the name's suffix
--    names the kind. Each reclassified unit gets a new version and an UPDATED entry in the change
--    feed, numbered under the feed's lock (changefeed.ChangeFeed.FEED_LOCK), so replicas follow.
select pg_advisory_xact_lock(8030594744992490852);
with kinds as (
    select id, case
        when level = 'TOWNSHIP' and division_code ~ '^[0-9]{9}$' then case
            when substr(division_code, 7, 3)::int between 1 and 99 then 'SUBDISTRICT'
            when substr(division_code, 7, 3)::int between 100 and 199 then 'TOWN'
            when substr(division_code, 7, 3)::int between 200 and 399 then 'TOWNSHIP'
            else 'OTHER_TOWNSHIP_LEVEL' end
        when level = 'TOWNSHIP' and name like '%镇' then 'TOWN'
        when level = 'DISTRICT' and name like '%自治县' then 'AUTONOMOUS_COUNTY'
        when level = 'DISTRICT' and name like '%县' then 'COUNTY'
        when level = 'DISTRICT' and name like '%自治旗' then 'AUTONOMOUS_BANNER'
        when level = 'DISTRICT' and name like '%旗' then 'BANNER'
        when level = 'DISTRICT' and name like '%特区' then 'SPECIAL_AREA'
        else level end as new_level
    from org_unit),
reclassified as (
    update org_unit u set level = k.new_level, version = u.version + 1, updated_at = now(),
        updated_by = 'migration V2 (division levels)'
    from kinds k where k.id = u.id and k.new_level <> u.level
    returning u.*)
insert into org_unit_change (org_unit_id, change_type, name, level, parent_id, path, previous_path,
    division_code, status, version, changed_at, changed_by)
select id, 'UPDATED', name, level, parent_id, path, null, division_code, status, version, updated_at, updated_by
from reclassified order by path;

-- 3. Subtrees are ranges of a btree on the path: descendants of P sort between P and P||'-', as
--    every label is a node number (orgunit.Subtree). That serves list-by-ancestor in path order
--    with a LIMIT, where the GiST index had to collect the whole subtree first. Bulk imports
--    maintained the GiST, the name trigram index and the parent foreign key at 5.5, 5.5 and 4.3 s
--    of CPU per 665k rows: the GiST and the trigrams go (two-character Chinese searches, the usual
--    ones, could not use trigrams anyway), and parents are checked by the service, the only writer,
--    which never deletes a unit. Node numbers come from a sequence and need no index.
drop index org_unit_path_gist;
drop index org_unit_name_trgm;
alter table org_unit drop constraint org_unit_parent_id_fkey;
alter table org_unit drop constraint org_unit_node_no_key;
create unique index org_unit_path on org_unit (path);
-- Codes are digits: byte order is their order, and cheaper to compare than the locale's. Sibling
-- names only need equality, which is byte equality in every deterministic collation.
alter table org_unit alter column division_code type varchar(12) collate "C";
drop index org_unit_active_sibling_name;
create unique index org_unit_active_sibling_name on org_unit
    (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), (lower(name) collate "C"))
    where status = 'ACTIVE';
-- Each value starts a block of 1024 node numbers that a process hands out itself (orgunit.NodeNumbers).
alter sequence org_unit_node_seq increment by 1024;

-- 4. A bulk import does not copy each unit into org_unit_change: the unit's CREATED entry is read
--    from the unit itself, at the feed position reserved for it, until the unit first changes;
--    then the entry is written to org_unit_change as it was (changefeed.ChangeFeed.materialise).
alter table org_unit add column created_change_seq bigint;
create unique index org_unit_created_change_seq on org_unit (created_change_seq) where created_change_seq is not null;

-- 5. Roll-ups: for every unit (by node number), how many descendants of each level are active or
--    dissolved, kept with each change in the same transaction (changefeed.ChangeFeed), so a
--    subtree's statistics are one short index read whatever its size.
create table org_unit_rollup (
    node_no   bigint      not null,
    level     varchar(20) not null,
    active    integer     not null,
    dissolved integer     not null,
    primary key (node_no, level)
);
insert into org_unit_rollup (node_no, level, active, dissolved)
select a.node_no::bigint, d.level,
       count(*) filter (where d.status = 'ACTIVE'), count(*) filter (where d.status <> 'ACTIVE')
from org_unit d
cross join lateral unnest(string_to_array(subpath(d.path, 0, nlevel(d.path) - 1)::text, '.')) as a(node_no)
where nlevel(d.path) > 1
group by 1, 2;
