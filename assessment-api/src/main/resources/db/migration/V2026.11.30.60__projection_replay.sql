-- Replays of the read models, shared by every instance on this database (see replay/Replays): any instance can
-- start one; until the processors' tokens are reset every instance keeps those processors stopped; the driver
-- (the instance that resets and follows it) renews its lease, and another instance takes over a lapsed lease.
create table projection_replay (
    replay_id        varchar(36)   primary key,
    processors       varchar(2000) not null,
    status           varchar(10)   not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    reset_done       boolean       not null default false,
    events_total     bigint        not null,
    events_processed bigint        not null default 0,
    started_at       timestamptz   not null,
    finished_at      timestamptz,
    error            varchar(2000),
    driver           varchar(255)  not null,
    driver_seen_at   timestamptz   not null default now()
);

-- One replay at a time, across every instance.
create unique index projection_replay_one_running on projection_replay ((true)) where status = 'RUNNING';
