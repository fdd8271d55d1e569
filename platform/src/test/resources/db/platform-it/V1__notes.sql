create table note (
    id         uuid primary key,
    text       varchar(200) not null,
    version    bigint       not null,
    created_at timestamptz  not null,
    created_by varchar(100) not null,
    updated_at timestamptz  not null,
    updated_by varchar(100) not null
);
