-- Whistle statistics read tallies instead of the whistles: per unit on the path of the whistle's
-- community (the community and each ancestor, so a district's figures are its own rows), per
-- local day of raising, the counts WhistleStats defines. Statement triggers keep them: a change
-- of whistles subtracts the old rows' contribution and adds the new rows', so every writer (a
-- step, an import of past whistles, a reopening, a subtree move, bulk SQL) leaves them exact.

-- The local date of raising in the zone of business dates (governance.time-zone, Asia/Shanghai).
alter table whistle add column raised_on date generated always as ((raised_at at time zone 'Asia/Shanghai')::date) stored;
alter table whistle_assignment
    add column raised_on date generated always as ((raised_at at time zone 'Asia/Shanghai')::date) stored;

-- The median minutes to check in (a median is no sum) comes from a histogram kept like the counts,
-- in buckets of 1/16 of a doubling of the minutes, which finds the bucket holding the middle; the
-- exact values are then read from that bucket's whistles alone. Minutes as double precision, as
-- percentile_cont takes them; the bucket rises with the minutes, so the order within is the order.
alter table whistle add column minutes_to_check_in double precision
    generated always as (extract(epoch from first_lead_check_in_at - first_lead_assigned_at) / 60) stored;
alter table whistle add column check_in_bucket integer generated always as (case when first_lead_check_in_at is not null
    and first_lead_assigned_at is not null then
    floor(16 * ln(greatest(extract(epoch from first_lead_check_in_at - first_lead_assigned_at) / 60, 0) + 1) / ln(2)) end) stored;
create index whistle_check_in_minutes on whistle (check_in_bucket, raised_on) include (community_path, minutes_to_check_in)
    where first_lead_check_in_at is not null;

-- The covering indexes of V7 served the statistics that the tallies now answer; lists still sort by raised_at.
create index whistle_raised_at on whistle (raised_at);
drop index whistle_stats;
drop index whistle_assignment_stats;

create table whistle_tally (
    scope_path         ltree       not null,
    raised_on          date        not null,
    category_id        uuid        not null,
    status             varchar(12) not null,
    raised             integer     not null,
    dispatched         integer     not null,
    checked_in         integer     not null,
    checked_in_on_time integer     not null,
    resolved           integer     not null,
    confirmed          integer     not null,
    rated              integer     not null,
    rated_satisfied    integer     not null,
    -- the counts ride in the key's index, so a period's rows are read from it alone
    primary key (scope_path, raised_on, category_id, status)
        include (raised, dispatched, checked_in, checked_in_on_time, resolved, confirmed, rated, rated_satisfied)
);

create table whistle_check_in_tally (
    scope_path ltree   not null,
    raised_on  date    not null,
    bucket     integer not null,
    check_ins  integer not null,
    primary key (scope_path, raised_on, bucket) include (check_ins)
);

-- Lead assignments only: the department ranking counts nothing else.
create table whistle_department_tally (
    scope_path         ltree   not null,
    raised_on          date    not null,
    department_id      uuid    not null,
    lead_assignments   integer not null,
    checked_in         integer not null,
    checked_in_on_time integer not null,
    results_reported   integer not null,
    returned           integer not null,
    primary key (scope_path, raised_on, department_id)
        include (lead_assignments, checked_in, checked_in_on_time, results_reported, returned)
);

-- The statement adding sign × each row's contribution, source being a query of (sign, whistle.*) rows.
create function whistle_tally_sql(source text) returns text language sql immutable as $$
    select format($q$
        insert into whistle_tally as t (scope_path, raised_on, category_id, status, raised, dispatched, checked_in,
            checked_in_on_time, resolved, confirmed, rated, rated_satisfied)
        select * from (
            select subpath(w.community_path, 0, i) as scope_path, w.raised_on, w.category_id, w.status,
                   sum(w.sign) as raised,
                   sum(w.sign * (w.first_dispatched_at is not null)::int) as dispatched,
                   sum(w.sign * (w.first_lead_check_in_at is not null)::int) as checked_in,
                   sum(w.sign * coalesce(w.first_lead_check_in_on_time, false)::int) as checked_in_on_time,
                   sum(w.sign * (w.first_resolved_at is not null)::int) as resolved,
                   sum(w.sign * (w.confirmed_at is not null)::int) as confirmed,
                   sum(w.sign * (w.rating is not null)::int) as rated,
                   sum(w.sign * coalesce(w.rating >= 4, false)::int) as rated_satisfied
            from (%s) w cross join generate_series(1, nlevel(w.community_path)) i
            group by 1, 2, 3, 4) d
        -- a step that changes nothing counted (a note, an escalation) writes nothing
        where (d.raised, d.dispatched, d.checked_in, d.checked_in_on_time, d.resolved, d.confirmed, d.rated,
               d.rated_satisfied) <> (0, 0, 0, 0, 0, 0, 0, 0)
        on conflict (scope_path, raised_on, category_id, status) do update set
            raised = t.raised + excluded.raised, dispatched = t.dispatched + excluded.dispatched,
            checked_in = t.checked_in + excluded.checked_in,
            checked_in_on_time = t.checked_in_on_time + excluded.checked_in_on_time,
            resolved = t.resolved + excluded.resolved, confirmed = t.confirmed + excluded.confirmed,
            rated = t.rated + excluded.rated, rated_satisfied = t.rated_satisfied + excluded.rated_satisfied
        $q$, source)
$$;

-- The same for the check-in histogram: whistles with minutes to their first lead check-in, by bucket.
create function whistle_check_in_tally_sql(source text) returns text language sql immutable as $$
    select format($q$
        insert into whistle_check_in_tally as t (scope_path, raised_on, bucket, check_ins)
        select * from (
            select subpath(w.community_path, 0, i) as scope_path, w.raised_on, w.check_in_bucket as bucket,
                   sum(w.sign) as check_ins
            from (%s) w cross join generate_series(1, nlevel(w.community_path)) i
            where w.check_in_bucket is not null
            group by 1, 2, 3) d
        where d.check_ins <> 0
        on conflict (scope_path, raised_on, bucket) do update set check_ins = t.check_ins + excluded.check_ins
        $q$, source)
$$;

-- The same for lead assignments, source being a query of (sign, whistle_assignment.*) rows.
create function whistle_department_tally_sql(source text) returns text language sql immutable as $$
    select format($q$
        insert into whistle_department_tally as t (scope_path, raised_on, department_id, lead_assignments, checked_in,
            checked_in_on_time, results_reported, returned)
        select * from (
            select subpath(a.community_path, 0, i) as scope_path, a.raised_on, a.department_id,
                   sum(a.sign) as lead_assignments,
                   sum(a.sign * (a.checked_in_at is not null)::int) as checked_in,
                   sum(a.sign * coalesce(a.checked_in_at <= a.check_in_deadline, false)::int) as checked_in_on_time,
                   sum(a.sign * (a.result_reported_at is not null)::int) as results_reported,
                   sum(a.sign * (a.returned_at is not null)::int) as returned
            from (%s) a cross join generate_series(1, nlevel(a.community_path)) i
            where a.role = 'LEAD'
            group by 1, 2, 3) d
        where (d.lead_assignments, d.checked_in, d.checked_in_on_time, d.results_reported, d.returned) <> (0, 0, 0, 0, 0)
        on conflict (scope_path, raised_on, department_id) do update set
            lead_assignments = t.lead_assignments + excluded.lead_assignments,
            checked_in = t.checked_in + excluded.checked_in,
            checked_in_on_time = t.checked_in_on_time + excluded.checked_in_on_time,
            results_reported = t.results_reported + excluded.results_reported,
            returned = t.returned + excluded.returned
        $q$, source)
$$;

-- The transition tables of the statement that fired, as signed rows (only this function's own
-- statements see them, hence EXECUTE here).
create function whistle_tally_change() returns trigger language plpgsql as $$
declare
    source text := case tg_op when 'INSERT' then 'select 1 as sign, * from new_rows'
                            when 'DELETE' then 'select -1 as sign, * from old_rows'
                            else 'select -1 as sign, * from old_rows union all select 1, * from new_rows' end;
begin
    if tg_table_name = 'whistle' then
        execute whistle_tally_sql(source);
        execute whistle_check_in_tally_sql(source);
    else
        execute whistle_department_tally_sql(source);
    end if;
    return null;
end $$;

create trigger whistle_tally_insert after insert on whistle referencing new table as new_rows
    for each statement execute function whistle_tally_change();
create trigger whistle_tally_update after update on whistle referencing old table as old_rows new table as new_rows
    for each statement execute function whistle_tally_change();
create trigger whistle_tally_delete after delete on whistle referencing old table as old_rows
    for each statement execute function whistle_tally_change();
create trigger whistle_department_tally_insert after insert on whistle_assignment referencing new table as new_rows
    for each statement execute function whistle_tally_change();
create trigger whistle_department_tally_update after update on whistle_assignment
    referencing old table as old_rows new table as new_rows for each statement execute function whistle_tally_change();
create trigger whistle_department_tally_delete after delete on whistle_assignment referencing old table as old_rows
    for each statement execute function whistle_tally_change();

do $$
begin
    execute whistle_tally_sql('select 1 as sign, * from whistle');
    execute whistle_check_in_tally_sql('select 1 as sign, * from whistle');
    execute whistle_department_tally_sql('select 1 as sign, * from whistle_assignment');
end $$;
