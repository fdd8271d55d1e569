-- A session is what one password sign-in starts: a chain of refresh tokens (RFC 6749 §6), each
-- used once and replaced by the next. Only a token's SHA-256 is kept: the table never holds a
-- token that works. A token presented again after it was replaced means someone else holds a copy,
-- so the whole session is revoked (reuse detection).
create table auth_session (
    id          uuid primary key,
    subject     varchar(100) not null,
    started_at  timestamptz  not null,
    address     varchar(100) not null,
    revoked_at  timestamptz,
    revoked_why varchar(40)
);
create index auth_session_subject on auth_session (lower(subject)) where revoked_at is null;

create table refresh_token (
    token_hash  char(64) primary key,
    session_id  uuid        not null references auth_session (id),
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index refresh_token_session on refresh_token (session_id);

-- Failed sign-ins, counted per account and address together and per address alone, here rather
-- than in one gateway's memory so that every gateway instance slows the same guesser down.
create table login_failure (
    key        varchar(300) primary key,
    failures   integer     not null,
    first_at   timestamptz not null,
    last_at    timestamptz not null
);

-- The keys access tokens are signed with, shared by every gateway instance. A new key is
-- published in the JWKS some minutes before it signs (services refetch the JWKS every 5 minutes),
-- and the key it replaces stays published until the last token it signed has expired.
create table signing_key (
    kid         varchar(100) primary key,
    private_key text         not null,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    signs_from  timestamptz  not null,
    retires_at  timestamptz
);

-- Requests per caller and rate-limit period, summed over every gateway instance (each adds its
-- own once a second), so that N instances do not allow N times a caller's limit.
create table rate_usage (
    key        varchar(400) primary key,
    used       bigint      not null,
    expires_at timestamptz not null
);
