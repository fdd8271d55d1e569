-- "Two representatives, one member" (两代表一委员): deputies and members, their studios and open
-- days, and the opinions received there with every step of their handling.
create table representative_studio (
    id          uuid primary key,
    name        varchar(200)  not null,
    org_unit_id uuid          not null,
    address     varchar(300)  not null,
    opened_on   date          not null,
    version     bigint        not null,
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(100)  not null
);
create index representative_studio_unit on representative_studio (org_unit_id);

create table representative (
    id             uuid primary key,
    name           varchar(100)  not null,
    body           varchar(20)   not null,
    congress_level varchar(20)   not null,
    org_unit_id    uuid          not null,
    studio_id      uuid references representative_studio (id),
    -- personal data, as for volunteers
    phone          varchar(11),
    occupation     varchar(200),
    term_starts_on date          not null,
    term_ends_on   date,
    version        bigint        not null,
    created_at     timestamptz   not null,
    created_by     varchar(100)  not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(100)  not null,
    constraint representative_term_check check (term_ends_on is null or term_ends_on > term_starts_on)
);
create index representative_unit on representative (org_unit_id);
create index representative_studio_members on representative (studio_id);

create table studio_open_day (
    id          uuid primary key,
    studio_id   uuid          not null references representative_studio (id),
    held_on     date          not null,
    theme       varchar(200)  not null,
    visitors    int           not null,
    notes       varchar(2000),
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null,
    constraint studio_open_day_visitors_check check (visitors >= 0)
);
create index studio_open_day_studio on studio_open_day (studio_id, held_on);

create table open_day_attendance (
    open_day_id       uuid not null references studio_open_day (id),
    representative_id uuid not null references representative (id),
    primary key (open_day_id, representative_id)
);

create table opinion (
    id                          uuid primary key,
    studio_id                   uuid          not null references representative_studio (id),
    channel                     varchar(20)   not null,
    open_day_id                 uuid references studio_open_day (id),
    category                    varchar(30)   not null,
    raised_by_name              varchar(100)  not null,
    -- personal data, as for volunteers
    raised_by_phone             varchar(11),
    content                     varchar(4000) not null,
    received_on                 date          not null,
    status                      varchar(30)   not null,
    status_on                   date          not null,
    assigned_representative_id  uuid references representative (id),
    coordination_note           varchar(2000),
    resolution                  varchar(2000),
    proposal_number             varchar(50),
    decline_reason              varchar(1000),
    reply                       varchar(2000),
    replied_on                  date,
    version                     bigint        not null,
    created_at                  timestamptz   not null,
    created_by                  varchar(100)  not null,
    updated_at                  timestamptz   not null,
    updated_by                  varchar(100)  not null,
    constraint opinion_open_day_check check ((channel = 'OPEN_DAY') = (open_day_id is not null))
);
create index opinion_studio on opinion (studio_id, received_on);

create table opinion_step (
    id          uuid primary key,
    seq         bigserial     not null unique,
    opinion_id  uuid          not null references opinion (id),
    -- null for the receipt itself
    action      varchar(30),
    from_status varchar(30),
    to_status   varchar(30)   not null,
    occurred_on date          not null,
    note        varchar(2000),
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null
);
create index opinion_step_opinion on opinion_step (opinion_id, seq);
create index opinion_step_to on opinion_step (to_status, occurred_on);
