-- Red property ("3+N"): compounds under communities with their property-service grade and its
-- history, the property company and owners' committee with their party presence, and the
-- tripartite meetings of community, company and committee with decisions followed up.
create table property_company (
    id                        uuid primary key,
    name                      varchar(200)  not null,
    credit_code               varchar(18)   not null,
    org_unit_id               uuid          not null,
    has_party_organization    boolean       not null,
    party_organization_name   varchar(200),
    party_member_count        int           not null,
    version                   bigint        not null,
    created_at                timestamptz   not null,
    created_by                varchar(100)  not null,
    updated_at                timestamptz   not null,
    updated_by                varchar(100)  not null,
    constraint property_company_credit_code_unique unique (credit_code),
    constraint property_company_members_check check (party_member_count >= 0)
);
create index property_company_unit on property_company (org_unit_id);

create table residential_compound (
    id                  uuid primary key,
    name                varchar(200)  not null,
    community_id        uuid          not null,
    address             varchar(300)  not null,
    households          int           not null,
    grade               varchar(20)   not null,
    grade_since         date          not null,
    property_company_id uuid references property_company (id),
    version             bigint        not null,
    created_at          timestamptz   not null,
    created_by          varchar(100)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(100)  not null,
    constraint residential_compound_households_check check (households >= 0)
);
create index residential_compound_community on residential_compound (community_id);
create index residential_compound_company on residential_compound (property_company_id);

-- Every grade a compound held, dated when it was graded; the first row is its first grading.
create table compound_grade_change (
    id           uuid primary key,
    seq          bigserial     not null unique,
    compound_id  uuid          not null references residential_compound (id),
    from_grade   varchar(20),
    to_grade     varchar(20)   not null,
    occurred_on  date          not null,
    reason       varchar(1000),
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null
);
create index compound_grade_change_compound on compound_grade_change (compound_id, occurred_on, seq);

create table owners_committee (
    id                     uuid primary key,
    compound_id            uuid          not null references residential_compound (id),
    name                   varchar(200)  not null,
    chair_name             varchar(100)  not null,
    term_starts_on         date          not null,
    term_ends_on           date          not null,
    member_count           int           not null,
    party_member_count     int           not null,
    has_party_organization boolean       not null,
    version                bigint        not null,
    created_at             timestamptz   not null,
    created_by             varchar(100)  not null,
    updated_at             timestamptz   not null,
    updated_by             varchar(100)  not null,
    -- one committee per compound
    constraint owners_committee_compound_unique unique (compound_id),
    constraint owners_committee_term_check check (term_ends_on > term_starts_on),
    constraint owners_committee_members_check check (party_member_count between 0 and member_count)
);

create table tripartite_meeting (
    id                 uuid primary key,
    compound_id        uuid          not null references residential_compound (id),
    held_on            date          not null,
    community_attendee varchar(100)  not null,
    company_attendee   varchar(100)  not null,
    committee_attendee varchar(100)  not null,
    minutes_ref        varchar(500),
    recorded_by        varchar(100)  not null,
    recorded_at        timestamptz   not null
);
create index tripartite_meeting_compound on tripartite_meeting (compound_id, held_on);

create table tripartite_topic (
    meeting_id uuid         not null references tripartite_meeting (id),
    seq        int          not null,
    topic      varchar(200) not null,
    primary key (meeting_id, seq)
);

create table tripartite_decision (
    id                uuid primary key,
    meeting_id        uuid          not null references tripartite_meeting (id),
    seq               int           not null,
    content           varchar(1000) not null,
    responsible_party varchar(30)   not null,
    due_on            date,
    status            varchar(20)   not null,
    status_on         date          not null,
    version           bigint        not null,
    created_at        timestamptz   not null,
    created_by        varchar(100)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(100)  not null,
    unique (meeting_id, seq)
);

create table decision_follow_up (
    id           uuid primary key,
    seq          bigserial     not null unique,
    decision_id  uuid          not null references tripartite_decision (id),
    from_status  varchar(20)   not null,
    to_status    varchar(20)   not null,
    occurred_on  date          not null,
    note         varchar(1000),
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null
);
create index decision_follow_up_decision on decision_follow_up (decision_id, seq);
