-- API tokens for machine clients: only the SHA-256 hash of a token is kept, never the token itself.
create table api_token (
    id           uuid         primary key,
    token_hash   bytea        not null unique,
    owner        varchar(100) not null,
    roles        text[]       not null,
    ods_codes    text[]       not null,
    region_codes text[]       not null,
    expires_at   timestamptz  not null,
    created_at   timestamptz  not null,
    created_by   varchar(200) not null,
    revoked_at   timestamptz,
    revoked_by   varchar(200),
    last_used_at timestamptz
);

-- Who created or revoked which token, when, in which request (not domain events: the tokens are not the domain).
create table api_token_audit (
    id             bigserial    primary key,
    token_id       uuid         not null references api_token (id),
    action         varchar(20)  not null,
    actor          varchar(200) not null,
    correlation_id varchar(100),
    at             timestamptz  not null
);
