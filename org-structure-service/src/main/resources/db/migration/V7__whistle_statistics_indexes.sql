-- Whistle statistics read the period's rows from narrow indexes (index-only), never the wide
-- tables: the raising time leads, the counted facts ride along. A lead assignment carries its
-- whistle's raising time and community path for the same reason (the path follows moves).
create index whistle_stats on whistle (raised_at) include (community_path, status, category_id, first_dispatched_at,
    first_lead_assigned_at, first_lead_check_in_at, first_lead_check_in_on_time, first_resolved_at, confirmed_at, rating);
drop index whistle_raised_at;

alter table whistle_assignment add column raised_at timestamptz, add column community_path ltree;
update whistle_assignment a set raised_at = w.raised_at, community_path = w.community_path
from whistle w where w.id = a.whistle_id;
alter table whistle_assignment alter column raised_at set not null, alter column community_path set not null;
create index whistle_assignment_stats on whistle_assignment (raised_at)
    include (community_path, department_id, checked_in_at, check_in_deadline, result_reported_at, returned_at)
    where role = 'LEAD';
