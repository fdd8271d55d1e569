-- Service activities and fairs, sign-ups and check-ins, the service-hour ledger and certificates.
create table service_activity (
    id               uuid primary key,
    kind             varchar(20)   not null,
    title            varchar(200)  not null,
    theme            varchar(40)   not null,
    organizer_team_id uuid references volunteer_team (id),
    -- the organising unit, or the organising team's unit: what scopes the activity
    org_unit_id      uuid          not null,
    place            varchar(300)  not null,
    starts_at        timestamptz   not null,
    ends_at          timestamptz   not null,
    capacity         int,
    -- live sign-ups; moved only by one conditional update, so it never passes capacity
    signed_up        int           not null default 0,
    status           varchar(20)   not null,
    cancel_reason    varchar(1000),
    version          bigint        not null,
    created_at       timestamptz   not null,
    created_by       varchar(100)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(100)  not null,
    constraint service_activity_times_check check (ends_at > starts_at),
    constraint service_activity_capacity_check check (capacity is null or (capacity >= 1 and signed_up <= capacity)),
    constraint service_activity_signed_up_check check (signed_up >= 0)
);
create index service_activity_unit on service_activity (org_unit_id, starts_at);

create table service_item (
    id          uuid primary key,
    activity_id uuid          not null references service_activity (id),
    seq         int           not null,
    name        varchar(200)  not null,
    provider    varchar(200),
    description varchar(1000),
    unique (activity_id, seq)
);

-- A sign-up, or a walk-in who checked in without one.
create table activity_participation (
    id            uuid primary key,
    activity_id   uuid         not null references service_activity (id),
    volunteer_id  uuid         not null references volunteer (id),
    walk_in       boolean      not null,
    signed_up_at  timestamptz,
    checked_in_at timestamptz,
    cancelled_at  timestamptz,
    version       bigint       not null,
    created_at    timestamptz  not null,
    created_by    varchar(100) not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(100) not null,
    constraint activity_participation_kind_check check (walk_in = (signed_up_at is null)),
    constraint activity_participation_walk_in_check check (not walk_in or checked_in_at is not null)
);
create unique index activity_participation_one_live on activity_participation (activity_id, volunteer_id)
    where cancelled_at is null;
create index activity_participation_volunteer on activity_participation (volunteer_id);

-- The service-hour ledger: rows are only ever added. A correction is a REVERSAL (the negated hours
-- of the record it corrects, on that record's dates) and, for an amendment, an AMENDMENT with the
-- corrected values; the sum of a volunteer's rows is their hours.
create table service_record (
    id           uuid primary key,
    seq          bigserial     not null unique,
    volunteer_id uuid          not null references volunteer (id),
    kind         varchar(20)   not null,
    corrects_id  uuid references service_record (id),
    activity_id  uuid references service_activity (id),
    org_unit_id  uuid          not null,
    started_at   timestamptz   not null,
    ended_at     timestamptz   not null,
    -- the local day the service began (volunteer.time-zone): the day statistics and stars count it on
    served_on    date          not null,
    hours        numeric(5, 1) not null,
    description  varchar(1000),
    reason       varchar(1000),
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null,
    constraint service_record_kind_check check (kind in ('ORIGINAL', 'REVERSAL', 'AMENDMENT')),
    constraint service_record_correction_check check ((kind = 'ORIGINAL') = (corrects_id is null)),
    constraint service_record_hours_check check ((kind = 'REVERSAL') = (hours < 0) and hours <> 0
        and mod(hours * 2, 1) = 0),
    constraint service_record_times_check check (ended_at > started_at)
);
create index service_record_volunteer on service_record (volunteer_id, started_at);
create index service_record_activity on service_record (activity_id) where activity_id is not null;
create index service_record_corrects on service_record (corrects_id) where corrects_id is not null;
-- a record is reversed at most once: a second correction must correct the amendment
create unique index service_record_one_reversal on service_record (corrects_id) where kind = 'REVERSAL';

create function service_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'service records are never changed or deleted; add a correction instead';
end $$;
create trigger service_record_append_only before update or delete on service_record
    for each statement execute function service_record_is_append_only();

-- Derived from the ledger in the same transaction as every write, for each volunteer it touched, and
-- again when a volunteer's home community or status changes. Each row also says where the
-- statistics count it: the volunteer's home community then, and whether they were ACTIVE.
-- Hours per volunteer and year of served_on:
create table volunteer_year_hours (
    volunteer_id      uuid          not null references volunteer (id),
    year              int           not null,
    hours             numeric(9, 1) not null,
    home_community_id uuid          not null,
    active            boolean       not null,
    primary key (volunteer_id, year)
);
-- The same hours summed by home community and year over ACTIVE volunteers, so a district's hours are
-- a few hundred rows however many volunteers it has. A rebuild takes out what its volunteers' rows
-- added and adds the new figures.
create table community_year_hours (
    community_id uuid           not null,
    year         int            not null,
    hours        numeric(12, 1) not null,
    primary key (community_id, year)
);
-- The day each star level was reached: the first served_on on which the cumulative hours of the
-- records served up to and including that day reached the level's threshold.
create table volunteer_star (
    volunteer_id      uuid    not null references volunteer (id),
    stars             int     not null,
    attained_on       date    not null,
    home_community_id uuid    not null,
    active            boolean not null,
    primary key (volunteer_id, stars),
    constraint volunteer_star_check check (stars between 1 and 5)
);
create index volunteer_star_home on volunteer_star (home_community_id, stars, attained_on) where active;

create table service_certificate (
    id              uuid primary key,
    number          varchar(24)   not null unique,
    volunteer_id    uuid          not null references volunteer (id),
    issuer_unit_id  uuid          not null,
    period_from     date,
    period_to       date          not null,
    hours           numeric(9, 1) not null,
    stars           int           not null,
    purpose         varchar(200),
    issued_on       date          not null,
    revoked_on      date,
    revoke_reason   varchar(1000),
    version         bigint        not null,
    created_at      timestamptz   not null,
    created_by      varchar(100)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(100)  not null
);
create index service_certificate_volunteer on service_certificate (volunteer_id);
