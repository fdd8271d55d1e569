-- Weak-and-lax village party organisations: one case per village and year, "one plan per
-- organisation, one countermeasure per problem", the four-ones cover, closed out (销号) once every
-- problem is resolved.
create table rectification (
    id                       uuid          primary key,
    village_id               uuid          not null,
    year                     int           not null,
    identified_on            date          not null,
    status                   varchar(20)   not null,
    status_on                date          not null,
    plan_summary             varchar(4000) not null,
    city_leader_assignment_id      uuid,
    township_leader_assignment_id  uuid,
    first_secretary_assignment_id  uuid,
    paired_agency_assignment_id    uuid,
    version                  bigint        not null,
    created_at               timestamptz   not null,
    created_by               varchar(100)  not null,
    updated_at               timestamptz   not null,
    updated_by               varchar(100)  not null,
    constraint rectification_status_check check (status in ('RECTIFYING', 'CLOSED_OUT'))
);
create unique index rectification_village_year on rectification (village_id, year);

create table rectification_problem (
    id              uuid          primary key,
    rectification_id uuid         not null references rectification (id),
    category        varchar(40)   not null,
    description     varchar(2000) not null,
    countermeasure  varchar(2000) not null,
    owner           varchar(100)  not null,
    raised_on       date          not null,
    resolved_on     date,
    resolution      varchar(2000),
    recorded_by     varchar(100)  not null,
    recorded_at     timestamptz   not null,
    constraint rectification_problem_dates_check check (resolved_on is null or resolved_on >= raised_on)
);
create index rectification_problem_case on rectification_problem (rectification_id);

create table rectification_note (
    id               uuid          primary key,
    rectification_id uuid          not null references rectification (id),
    noted_on         date          not null,
    note             varchar(4000) not null,
    recorded_by      varchar(100)  not null,
    recorded_at      timestamptz   not null
);
create index rectification_note_case on rectification_note (rectification_id, noted_on);

create sequence rectification_step_seq;
create table rectification_step (
    id               uuid          primary key,
    rectification_id uuid          not null references rectification (id),
    seq              bigint        not null default nextval('rectification_step_seq'),
    action           varchar(20)   not null,
    from_status      varchar(20),
    to_status        varchar(20)   not null,
    occurred_on      date          not null,
    reason           varchar(1000),
    evidence_ref     varchar(500),
    recorded_by      varchar(100)  not null,
    recorded_at      timestamptz   not null
);
create index rectification_step_history on rectification_step (rectification_id, occurred_on, seq);
create index rectification_step_action on rectification_step (action, occurred_on);

-- "Claim a post, act, achieve": party members' post claims, their fulfilment and evaluation.
create table post_claim (
    id                uuid          primary key,
    village_id        uuid          not null,
    year              int           not null,
    post_type         varchar(40)   not null,
    member_name       varchar(100)  not null,
    member_id_number  varchar(18),
    mobile            boolean       not null,
    commitment        varchar(2000) not null,
    claimed_on        date          not null,
    status            varchar(20)   not null,
    status_on         date          not null,
    evaluation        varchar(30),
    status_note       varchar(1000),
    version           bigint        not null,
    created_at        timestamptz   not null,
    created_by        varchar(100)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(100)  not null,
    constraint post_claim_status_check check (status in ('CLAIMED', 'EVALUATED', 'RELEASED'))
);
create index post_claim_village on post_claim (village_id, year);
-- a member claims a post type at most once a year (members named by ID number)
create unique index post_claim_member_type_year on post_claim (member_id_number, post_type, year)
    where member_id_number is not null;

create table post_fulfilment (
    id            uuid          primary key,
    claim_id      uuid          not null references post_claim (id),
    occurred_on   date          not null,
    description   varchar(2000) not null,
    hours         numeric(6,2),
    recorded_by   varchar(100)  not null,
    recorded_at   timestamptz   not null
);
create index post_fulfilment_claim on post_fulfilment (claim_id, occurred_on);
