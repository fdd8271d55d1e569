-- Village collective incomes: one return per village and year, its amounts kept as revisions
-- (a correction after confirmation is a new revision with its reason, never an edit), and every
-- review step dated when it happened, recorded apart from who entered it and when.
create table collective_income (
    id                 uuid          primary key,
    village_id         uuid          not null,
    year               int           not null,
    status             varchar(20)   not null,
    -- the day of the latest step: the next one may not be dated before it
    status_on          date          not null,
    current_revision   int           not null,
    current_total      numeric(14,2) not null,
    -- the latest confirmed revision: what the statistics count until a correction is confirmed
    confirmed_revision int,
    confirmed_total    numeric(14,2),
    version            bigint        not null,
    created_at         timestamptz   not null,
    created_by         varchar(100)  not null,
    updated_at         timestamptz   not null,
    updated_by         varchar(100)  not null,
    constraint collective_income_status_check
        check (status in ('REPORTED', 'TOWNSHIP_REVIEWED', 'CONFIRMED', 'RETURNED')),
    constraint collective_income_confirmed_pair check ((confirmed_revision is null) = (confirmed_total is null)),
    constraint collective_income_totals_check check (current_total >= 0 and (confirmed_total is null or confirmed_total >= 0))
);
create unique index collective_income_village_year on collective_income (village_id, year)
    include (current_total, confirmed_total, current_revision, confirmed_revision);
create index collective_income_year on collective_income (year, status);

create table collective_income_revision (
    id            uuid          primary key,
    income_id     uuid          not null references collective_income (id),
    revision      int           not null,
    land          numeric(14,2) not null,
    enclave       numeric(14,2) not null,
    capable_person numeric(14,2) not null,
    asset_leasing numeric(14,2) not null,
    service       numeric(14,2) not null,
    other         numeric(14,2) not null,
    total         numeric(14,2) not null,
    evidence_ref  varchar(500),
    reason        varchar(1000),
    reported_on   date          not null,
    confirmed_on  date,
    recorded_by   varchar(100)  not null,
    recorded_at   timestamptz   not null,
    constraint collective_income_revision_amounts_check check (land >= 0 and enclave >= 0 and capable_person >= 0
        and asset_leasing >= 0 and service >= 0 and other >= 0),
    constraint collective_income_revision_total_check
        check (total = land + enclave + capable_person + asset_leasing + service + other)
);
create unique index collective_income_revision_number on collective_income_revision (income_id, revision);

create sequence collective_income_step_seq;
create table collective_income_step (
    id           uuid          primary key,
    income_id    uuid          not null references collective_income (id),
    -- orders the steps of one day as they were taken (an import records a whole history at once)
    seq          bigint        not null default nextval('collective_income_step_seq'),
    revision     int           not null,
    action       varchar(20)   not null,
    from_status  varchar(20),
    to_status    varchar(20)   not null,
    occurred_on  date          not null,
    reason       varchar(1000),
    evidence_ref varchar(500),
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null
);
create index collective_income_step_history on collective_income_step (income_id, occurred_on, seq);
