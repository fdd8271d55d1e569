-- Responsibility assignments (包保, the "four ones") and party-and-masses service sites.
create table responsibility_assignment (
    id               uuid primary key,
    org_unit_id      uuid         not null references org_unit (id),
    org_unit_path    ltree        not null,
    kind             varchar(30)  not null,
    -- who: a named leader with a post, a department, or an agency
    person_name      varchar(100),
    person_post      varchar(200),
    department_id    uuid references department (id),
    agency_name      varchar(200),
    valid_from       date         not null,
    valid_to         date,
    version          bigint       not null,
    created_at       timestamptz  not null,
    created_by       varchar(100) not null,
    updated_at       timestamptz  not null,
    updated_by       varchar(100) not null,
    constraint responsibility_dates check (valid_to is null or valid_to >= valid_from)
);
create index responsibility_unit on responsibility_assignment (org_unit_id, kind);
create index responsibility_path on responsibility_assignment using gist (org_unit_path);

create table service_site (
    id             uuid primary key,
    name           varchar(200) not null,
    kind           varchar(40)  not null,
    org_unit_id    uuid         not null references org_unit (id),
    org_unit_path  ltree        not null,
    address        varchar(300) not null,
    latitude       numeric(9, 6),
    longitude      numeric(9, 6),
    opening_hours  varchar(200),
    version        bigint       not null,
    created_at     timestamptz  not null,
    created_by     varchar(100) not null,
    updated_at     timestamptz  not null,
    updated_by     varchar(100) not null
);
create index service_site_path on service_site using gist (org_unit_path);
