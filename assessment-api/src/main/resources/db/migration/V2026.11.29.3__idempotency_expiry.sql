-- Idempotency keys expire (assessment.idempotency.ttl) and are purged by created_at; a replayed response carries
-- the first one's X-Event-Position; a claim records the command it ran as soon as that command has committed,
-- so that a failure afterwards (or a crash) is reported to a retry instead of running the command again.
alter table api_idempotency
    add column event_position      bigint,
    add column committed_aggregate varchar(255),
    add column committed_version   bigint;

create index api_idempotency_created_at on api_idempotency (created_at);
