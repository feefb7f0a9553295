-- Checkpoints sign a digest over every stream head in aggregate id order; that order must be the same in the
-- database as in an auditor's tools, whatever the database's locale: byte order ("C").
alter table domain_event_entry alter column aggregate_identifier type varchar(255) collate "C";

-- Signed checkpoints of the event store (see audit/Checkpoints): at a global position, how many events and
-- streams the store held and a digest over every stream's head. Auditors export them and keep them outside.
create table audit_checkpoint (
    global_position bigint       primary key,
    event_count     bigint       not null,
    stream_count    bigint       not null,
    heads_digest    varchar(64)  not null,
    created_at      varchar(40)  not null,
    key_id          varchar(64)  not null,
    signature       varchar(200) not null
);
