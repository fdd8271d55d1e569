-- People who log in with a password, and scripts that log in with a client id and secret.
-- Both carry roles and, except for whole-tree ADMIN and INTEGRATION, the org unit whose subtree
-- they may see; the token's orgPath is looked up from the replica when a token is issued.
create table account (
    id            uuid primary key,
    username      varchar(100) not null,
    display_name  varchar(200),
    password_hash varchar(100) not null,
    roles         varchar(200) not null,
    org_unit_id   uuid,
    enabled       boolean      not null,
    version       bigint       not null,
    created_at    timestamptz  not null,
    created_by    varchar(100) not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(100) not null
);
create unique index account_username on account (lower(username));
create index account_org_unit on account (org_unit_id);

create table integration_client (
    id           uuid primary key,
    client_id    varchar(100) not null,
    name         varchar(200) not null,
    secret_hash  varchar(100) not null,
    roles        varchar(200) not null,
    org_unit_id  uuid,
    enabled      boolean      not null,
    version      bigint       not null,
    created_at   timestamptz  not null,
    created_by   varchar(100) not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(100) not null
);
create unique index integration_client_client_id on integration_client (lower(client_id));
create index integration_client_org_unit on integration_client (org_unit_id);
