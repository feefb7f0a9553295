-- The head of every event stream (last sequence and hash), kept with each append for tamper evidence:
-- a stream cut short or removed no longer matches its head.
create table audit_stream_head (
    aggregate_identifier varchar(255) primary key,
    last_sequence        bigint       not null,
    last_hash            varchar(64)  not null
);
