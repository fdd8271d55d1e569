-- Reserve village cadres ("thousand geese"): the person, where they stand in the selection
-- workflow, and what they achieved. Villages are org units of the local replica, by id.
create table reserve_cadre (
    id                     uuid primary key,
    name                   varchar(100)  not null,
    gender                 varchar(10)   not null,
    birth_date             date          not null,
    id_number              varchar(18)   not null,
    phone                  varchar(20),
    education              varchar(20)   not null,
    party_status           varchar(20)   not null,
    village_id             uuid          not null,
    source                 varchar(30)   not null,
    channel                varchar(30)   not null,
    recommended_on         date          not null,
    cohort_year            int           not null,
    stage                  varchar(20)   not null,
    stage_since            timestamptz   not null,
    negative_list_findings varchar(300),
    votes_for              int,
    votes_cast             int,
    inspection_report      varchar(4000),
    written_test_score     numeric(5, 2),
    interview_score        numeric(5, 2),
    publicity_starts_on    date,
    publicity_ends_on      date,
    activist_on            date,
    probationary_on        date,
    member_on              date,
    elected_committee      varchar(30),
    elected_on             date,
    prefer_party_admission boolean       not null default false,
    prefer_nomination      boolean       not null default false,
    double_excellent_note  varchar(500),
    version                bigint        not null,
    created_at             timestamptz   not null,
    created_by             varchar(100)  not null,
    updated_at             timestamptz   not null,
    updated_by             varchar(100)  not null,
    constraint reserve_cadre_stage_check check (stage in ('RECOMMENDED', 'QUALIFIED', 'NOMINATED', 'INSPECTED',
        'PUBLICIZED', 'IN_RESERVE', 'REJECTED', 'WITHDRAWN', 'REMOVED')),
    constraint reserve_cadre_votes_check check (votes_for is null or (votes_for >= 0 and votes_for <= votes_cast))
);
create index reserve_cadre_village on reserve_cadre (village_id);
create index reserve_cadre_cohort on reserve_cadre (cohort_year, stage);
-- A person is a candidate at most once at a time; after an exit they may be recommended again.
create unique index reserve_cadre_one_live_candidacy on reserve_cadre (id_number)
    where stage not in ('REJECTED', 'WITHDRAWN', 'REMOVED');

-- Every workflow step, appended in the same transaction as the stage change.
create table reserve_cadre_transition (
    id           uuid primary key,
    cadre_id     uuid          not null references reserve_cadre (id),
    action       varchar(20)   not null,
    from_stage   varchar(20),
    to_stage     varchar(20)   not null,
    actor        varchar(100)  not null,
    occurred_at  timestamptz   not null,
    occurred_on  date          not null,
    reason       varchar(1000),
    evidence_ref varchar(500)
);
create index reserve_cadre_transition_cadre on reserve_cadre_transition (cadre_id, occurred_at);
create index reserve_cadre_transition_to on reserve_cadre_transition (to_stage, occurred_on);

-- Objections filed during a candidate's publicity window; open ones hold the candidate.
create table publicity_objection (
    id          uuid primary key,
    cadre_id    uuid          not null references reserve_cadre (id),
    filed_on    date          not null,
    objector    varchar(100),
    summary     varchar(2000) not null,
    status      varchar(20)   not null,
    settled_on  date,
    settlement  varchar(2000),
    version     bigint        not null,
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(100)  not null
);
create index publicity_objection_cadre on publicity_objection (cadre_id, status);

-- The "three publicities": procedure, candidates and results notices of a township or village.
create table publicity_notice (
    id           uuid primary key,
    org_unit_id  uuid          not null,
    kind         varchar(20)   not null,
    year         int           not null,
    title        varchar(200)  not null,
    content      varchar(10000) not null,
    published_on date          not null,
    public_until date,
    version      bigint        not null,
    created_at   timestamptz   not null,
    created_by   varchar(100)  not null,
    updated_at   timestamptz   not null,
    updated_by   varchar(100)  not null
);
create index publicity_notice_unit on publicity_notice (org_unit_id, year);
