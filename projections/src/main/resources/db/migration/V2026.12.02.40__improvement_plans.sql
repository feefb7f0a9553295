-- Improvement plans (the assessments processor). A plan's row says what it rests on; every event of its actions
-- adds a row holding the action as it stood after that event, so the plan as known at any instant (knownAt) is
-- each action's latest row recorded by then. Rows are keyed by the plan's event sequence: replays are idempotent.
create table read_model.improvement_plan (
    plan_id      varchar(80)  primary key,
    ods_code     varchar(6)   not null,
    year         integer      not null,
    measure_id   varchar(40)  not null,
    revision     integer      not null,
    score        numeric(8,4) not null,
    core_minimum numeric(8,4) not null,
    opened_at    timestamptz  not null,
    opened_by    varchar(200) not null
);
create index improvement_plan_ods_year on read_model.improvement_plan (ods_code, year);

create table read_model.plan_action_version (
    plan_id         varchar(80)   not null,
    sequence_number bigint        not null,
    action          integer       not null,
    change          varchar(20)   not null, -- ADDED, STATUS or REVISED
    description     varchar(500)  not null,
    owner           varchar(200)  not null,
    due_date        date          not null,
    target_score    integer       not null,
    status          varchar(20)   not null,
    previous_status varchar(20),
    note            varchar(1000),
    recorded_at     timestamptz   not null,
    recorded_by     varchar(200)  not null,
    primary key (plan_id, sequence_number)
);
create index plan_action_version_action on read_model.plan_action_version (plan_id, action, sequence_number desc);
create index plan_action_version_due on read_model.plan_action_version (due_date) where status in ('PLANNED', 'IN_PROGRESS');
