create extension if not exists btree_gist;

-- "One village, one product": a village's industries, at most one of them leading on any day.
create table village_industry (
    id                       uuid          primary key,
    village_id               uuid          not null,
    name                     varchar(100)  not null,
    category                 varchar(30)   not null,
    leading_industry         boolean       not null,
    greenhouse_area_hectares numeric(10,2) not null,
    households_involved      int           not null,
    started_on               date          not null,
    ended_on                 date,
    description              varchar(1000),
    version                  bigint        not null,
    created_at               timestamptz   not null,
    created_by               varchar(100)  not null,
    updated_at               timestamptz   not null,
    updated_by               varchar(100)  not null,
    constraint village_industry_dates_check check (ended_on is null or ended_on >= started_on),
    constraint village_industry_amounts_check check (greenhouse_area_hectares >= 0 and households_involved >= 0),
    constraint village_industry_one_leading exclude using gist
        (village_id with =, daterange(started_on, ended_on, '[]') with &&) where (leading_industry)
);
create index village_industry_village on village_industry (village_id, started_on);

-- Farmer cooperatives and family farms, the cadre who leads each ("branch + cooperative + households").
create table cooperative (
    id                 uuid          primary key,
    village_id         uuid          not null,
    kind               varchar(30)   not null,
    name               varchar(200)  not null,
    registration_code  varchar(18),
    industry           varchar(100),
    leader_name        varchar(100)  not null,
    leader_role        varchar(30)   not null,
    leader_id_number   varchar(18),
    founded_on         date          not null,
    dissolved_on       date,
    version            bigint        not null,
    created_at         timestamptz   not null,
    created_by         varchar(100)  not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(100)  not null,
    constraint cooperative_dates_check check (dissolved_on is null or dissolved_on >= founded_on)
);
create index cooperative_village on cooperative (village_id);

-- What a cooperative achieved in a year: households linked in, income increase attributed to it.
create table cooperative_result (
    id                 uuid          primary key,
    cooperative_id     uuid          not null references cooperative (id),
    year               int           not null,
    linked_households  int           not null,
    income_increase    numeric(14,2) not null,
    evidence_ref       varchar(500),
    version            bigint        not null,
    created_at         timestamptz   not null,
    created_by         varchar(100)  not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(100)  not null,
    constraint cooperative_result_amounts_check check (linked_households >= 0 and income_increase >= 0)
);
create unique index cooperative_result_year on cooperative_result (cooperative_id, year);

-- Demonstration ratings: villages BASIC / UPGRADED / DEMONSTRATION, townships whole-township demonstrations.
create table demonstration_rating (
    id            uuid          primary key,
    org_unit_id   uuid          not null,
    year          int           not null,
    rating        varchar(40)   not null,
    rated_on      date          not null,
    evidence_ref  varchar(500),
    version       bigint        not null,
    created_at    timestamptz   not null,
    created_by    varchar(100)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(100)  not null
);
create unique index demonstration_rating_unit_year on demonstration_rating (org_unit_id, year) include (rating);
create index demonstration_rating_year on demonstration_rating (year, rating);

-- Every rating as it was set and changed, with the reason for each change.
create sequence demonstration_rating_change_seq;
create table demonstration_rating_change (
    id            uuid          primary key,
    rating_id     uuid          not null references demonstration_rating (id),
    seq           bigint        not null default nextval('demonstration_rating_change_seq'),
    from_rating   varchar(40),
    to_rating     varchar(40)   not null,
    rated_on      date          not null,
    reason        varchar(1000),
    evidence_ref  varchar(500),
    recorded_by   varchar(100)  not null,
    recorded_at   timestamptz   not null
);
create index demonstration_rating_change_rating on demonstration_rating_change (rating_id, seq);
