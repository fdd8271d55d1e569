-- The "1+1+x" training ledger: township rotation, village directed training and x.
create table training_record (
    id          uuid primary key,
    cadre_id    uuid          not null references reserve_cadre (id),
    kind        varchar(30)   not null,
    title       varchar(200)  not null,
    provider    varchar(200),
    starts_on   date          not null,
    ends_on     date          not null,
    hours       numeric(6, 1) not null,
    version     bigint        not null,
    created_at  timestamptz   not null,
    created_by  varchar(100)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(100)  not null,
    constraint training_record_hours_check check (hours > 0),
    constraint training_record_dates_check check (ends_on >= starts_on)
);
create index training_record_cadre on training_record (cadre_id, starts_on);

-- "Passing on, helping, leading": one township and one village mentor per reserve cadre.
create table mentorship (
    id              uuid primary key,
    cadre_id        uuid          not null references reserve_cadre (id),
    level           varchar(10)   not null,
    mentor_name     varchar(100)  not null,
    mentor_position varchar(100),
    starts_on       date          not null,
    ends_on         date,
    version         bigint        not null,
    created_at      timestamptz   not null,
    created_by      varchar(100)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(100)  not null,
    constraint mentorship_dates_check check (ends_on is null or ends_on >= starts_on)
);
create unique index mentorship_one_current_per_level on mentorship (cadre_id, level) where ends_on is null;

-- Heart-to-heart talks: by a mentor (with the mentorship) or by the township Party secretary.
create table talk_record (
    id            uuid primary key,
    cadre_id      uuid          not null references reserve_cadre (id),
    mentorship_id uuid references mentorship (id),
    talker_role   varchar(20)   not null,
    talker_name   varchar(100)  not null,
    held_on       date          not null,
    summary       varchar(2000) not null,
    version       bigint        not null,
    created_at    timestamptz   not null,
    created_by    varchar(100)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(100)  not null
);
create index talk_record_cadre on talk_record (cadre_id, talker_role, held_on);
create index talk_record_mentorship on talk_record (mentorship_id, held_on);

-- Practice: posts with responsibilities in the village's key work.
create table practice_assignment (
    id               uuid primary key,
    cadre_id         uuid          not null references reserve_cadre (id),
    kind             varchar(30)   not null,
    title            varchar(200)  not null,
    responsibilities varchar(2000) not null,
    starts_on        date          not null,
    ends_on          date,
    assessment       varchar(2000),
    version          bigint        not null,
    created_at       timestamptz   not null,
    created_by       varchar(100)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(100)  not null,
    constraint practice_assignment_dates_check check (ends_on is null or ends_on >= starts_on)
);
create index practice_assignment_cadre on practice_assignment (cadre_id, starts_on);
