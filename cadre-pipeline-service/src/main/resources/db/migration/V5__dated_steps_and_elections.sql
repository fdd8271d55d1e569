-- Steps are entered after the fact with the day they happened (occurred_on); who entered them
-- and when is kept apart (recorded_by, recorded_at).
alter table reserve_cadre_transition rename column actor to recorded_by;
alter table reserve_cadre_transition rename column occurred_at to recorded_at;
-- Orders the steps of one day as they were taken (an import records a whole history at one instant).
create sequence reserve_cadre_transition_seq;
alter table reserve_cadre_transition add column seq bigint;
update reserve_cadre_transition t set seq = o.n
    from (select id, row_number() over (order by recorded_at, occurred_on) as n from reserve_cadre_transition) o
    where o.id = t.id;
select setval('reserve_cadre_transition_seq', coalesce((select max(seq) from reserve_cadre_transition), 0) + 1, false);
alter table reserve_cadre_transition alter column seq set default nextval('reserve_cadre_transition_seq');
alter table reserve_cadre_transition alter column seq set not null;
create index reserve_cadre_transition_history on reserve_cadre_transition (cadre_id, occurred_on, seq);

-- The day the cadre entered its current stage: the next step may not be dated before it.
alter table reserve_cadre add column stage_on date;
update reserve_cadre c set stage_on = (select max(t.occurred_on) from reserve_cadre_transition t where t.cadre_id = c.id);
alter table reserve_cadre alter column stage_on set not null;
alter table reserve_cadre drop column stage_since;

-- Election into the village committees is an exit of its own, a success (ELECTED), not a removal.
alter table reserve_cadre drop constraint reserve_cadre_stage_check;
alter table reserve_cadre add constraint reserve_cadre_stage_check check (stage in ('RECOMMENDED', 'QUALIFIED',
    'NOMINATED', 'INSPECTED', 'PUBLICIZED', 'IN_RESERVE', 'REJECTED', 'WITHDRAWN', 'REMOVED', 'ELECTED'));
drop index reserve_cadre_one_live_candidacy;
create unique index reserve_cadre_one_live_candidacy on reserve_cadre (id_number)
    where stage not in ('REJECTED', 'WITHDRAWN', 'REMOVED', 'ELECTED');
-- The ledger import is idempotent on ID number and selection year.
create index reserve_cadre_id_number_year on reserve_cadre (id_number, cohort_year);

-- Every election of a cadre, the one that took them out of the pool and any later one.
create table reserve_cadre_election (
    id           uuid primary key,
    cadre_id     uuid          not null references reserve_cadre (id),
    committee    varchar(30)   not null,
    occurred_on  date          not null,
    note         varchar(500),
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null
);
create index reserve_cadre_election_cadre on reserve_cadre_election (cadre_id, occurred_on);
create index reserve_cadre_election_day on reserve_cadre_election (occurred_on);

-- Elections recorded before this migration: the pool members elected leave the pool that day.
insert into reserve_cadre_election (id, cadre_id, committee, occurred_on, recorded_by, recorded_at)
    select gen_random_uuid(), id, elected_committee, elected_on, updated_by, updated_at
    from reserve_cadre where elected_on is not null;
insert into reserve_cadre_transition (id, cadre_id, action, from_stage, to_stage, recorded_by, recorded_at, occurred_on, reason)
    select gen_random_uuid(), id, 'ELECT', 'IN_RESERVE', 'ELECTED', updated_by, updated_at, elected_on,
           'election recorded before elections became an exit (migration V5)'
    from reserve_cadre where elected_on is not null and stage = 'IN_RESERVE';
update mentorship m set ends_on = greatest(m.starts_on, c.elected_on), version = m.version + 1
    from reserve_cadre c where c.id = m.cadre_id and m.ends_on is null and c.elected_on is not null and c.stage = 'IN_RESERVE';
update reserve_cadre set stage = 'ELECTED', stage_on = elected_on, version = version + 1
    where elected_on is not null and stage = 'IN_RESERVE';
