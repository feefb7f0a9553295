-- Responses to command requests sent with an Idempotency-Key, replayed when the same key comes again.
create table api_idempotency (
    username        varchar(200) not null,
    idempotency_key varchar(200) not null,
    method          varchar(10)  not null,
    path            varchar(500) not null,
    request_hash    varchar(64)  not null,
    status          integer,
    content_type    varchar(200),
    location        varchar(500),
    etag            varchar(100),
    body            bytea,
    created_at      timestamptz  not null default now(),
    primary key (username, idempotency_key)
);
