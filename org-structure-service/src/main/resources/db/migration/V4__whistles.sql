-- "The community blows the whistle, departments check in" (社区吹哨、部门报到).
create table whistle_category (
    id                      uuid primary key,
    name                    varchar(100) not null,
    description             varchar(500),
    -- deadlines by urgency: hours to check in after a dispatch, days to resolve after it
    urgent_check_in_hours   integer      not null,
    urgent_resolve_days     integer      not null,
    ordinary_check_in_hours integer      not null,
    ordinary_resolve_days   integer      not null,
    complex_check_in_hours  integer      not null,
    complex_resolve_days    integer      not null,
    version                 bigint       not null,
    created_at              timestamptz  not null,
    created_by              varchar(100) not null,
    updated_at              timestamptz  not null,
    updated_by              varchar(100) not null
);
create unique index whistle_category_name on whistle_category (lower(name));

create table whistle (
    id                          uuid primary key,
    community_id                uuid          not null references org_unit (id),
    community_path              ltree         not null,
    category_id                 uuid          not null references whistle_category (id),
    title                       varchar(200)  not null,
    description                 varchar(4000) not null,
    address                     varchar(300)  not null,
    latitude                    numeric(9, 6),
    longitude                   numeric(9, 6),
    urgency                     varchar(10)   not null,
    photo_urls                  text[],
    status                      varchar(12)   not null,
    escalation                  varchar(12)   not null,
    raised_at                   timestamptz   not null,
    -- when the latest step happened: no later step may be dated before it
    last_step_at                timestamptz   not null,
    lead_department_id          uuid references department (id),
    dispatched_at               timestamptz,
    check_in_deadline           timestamptz,
    resolve_deadline            timestamptz,
    -- the facts the statistics count, kept on the row so they need no join
    first_dispatched_at         timestamptz,
    first_lead_assigned_at      timestamptz,
    first_lead_check_in_at      timestamptz,
    first_lead_check_in_on_time boolean,
    first_resolved_at           timestamptz,
    confirmed_at                timestamptz,
    rating                      integer,
    rated_at                    timestamptz,
    version                     bigint        not null,
    created_at                  timestamptz   not null,
    created_by                  varchar(100)  not null,
    updated_at                  timestamptz   not null,
    updated_by                  varchar(100)  not null,
    constraint whistle_rating check (rating between 1 and 5)
);
create index whistle_raised_at on whistle (raised_at);
create index whistle_community_path on whistle using gist (community_path);
create index whistle_open_deadlines on whistle (check_in_deadline, resolve_deadline)
    where status in ('DISPATCHED', 'IN_PROGRESS');

create table whistle_assignment (
    id                  uuid primary key,
    whistle_id          uuid         not null references whistle (id),
    department_id       uuid         not null references department (id),
    role                varchar(12)  not null,
    assigned_at         timestamptz  not null,
    check_in_deadline   timestamptz  not null,
    checked_in_at       timestamptz,
    result_reported_at  timestamptz,
    returned_at         timestamptz,
    -- false once the whistle was returned and dispatched anew
    active              boolean      not null
);
create index whistle_assignment_whistle on whistle_assignment (whistle_id);
create index whistle_assignment_department on whistle_assignment (department_id, whistle_id);

create sequence whistle_step_seq;
create table whistle_step (
    seq           bigint primary key default nextval('whistle_step_seq'),
    whistle_id    uuid         not null references whistle (id),
    action        varchar(20)  not null,
    from_status   varchar(12),
    to_status     varchar(12)  not null,
    department_id uuid,
    occurred_at   timestamptz  not null,
    note          varchar(2000),
    rating        integer,
    recorded_by   varchar(100) not null,
    recorded_at   timestamptz  not null
);
create index whistle_step_whistle on whistle_step (whistle_id, seq);
