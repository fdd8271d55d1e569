-- Cadres sent down to sub-districts (下沉干部 / 挂职) and wartime-style duty deployments (战时值守).
create table cadre_posting (
    id                     uuid primary key,
    person_name            varchar(100)  not null,
    id_number              varchar(18),
    phone                  varchar(20),
    source                 varchar(30)   not null,
    rank                   varchar(30)   not null,
    from_unit              varchar(200)  not null,
    org_unit_id            uuid          not null,
    managing_committee     varchar(200)  not null,
    post                   varchar(200),
    starts_on              date          not null,
    ends_on                date,
    version                bigint        not null,
    created_at             timestamptz   not null,
    created_by             varchar(100)  not null,
    updated_at             timestamptz   not null,
    updated_by             varchar(100)  not null,
    constraint cadre_posting_dates_check check (ends_on is null or ends_on >= starts_on)
);
create index cadre_posting_unit on cadre_posting (org_unit_id, starts_on);

create table duty_deployment (
    id           uuid primary key,
    kind         varchar(30)   not null,
    org_unit_id  uuid          not null,
    post         varchar(200)  not null,
    place        varchar(200)  not null,
    shift        varchar(20)   not null,
    headcount    int           not null,
    starts_on    date          not null,
    ends_on      date,
    note         varchar(1000),
    version      bigint        not null,
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null,
    updated_at   timestamptz   not null,
    updated_by   varchar(100)  not null,
    constraint duty_deployment_headcount_check check (headcount > 0),
    constraint duty_deployment_dates_check check (ends_on is null or ends_on >= starts_on)
);
create index duty_deployment_unit on duty_deployment (org_unit_id, starts_on);
