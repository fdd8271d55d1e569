-- Shared by every service: the first response to each Idempotency-Key, kept for a day.
create table idempotency_key (
    scope        varchar(300) not null,
    idem_key     varchar(200) not null,
    request_hash char(64)     not null,
    status       int,
    location     varchar(1000),
    etag         varchar(100),
    body         text,
    created_at   timestamptz  not null,
    primary key (scope, idem_key)
);
create index idempotency_key_created_at on idempotency_key (created_at);
