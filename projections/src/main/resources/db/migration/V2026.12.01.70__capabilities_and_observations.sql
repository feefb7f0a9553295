-- Declared capabilities, one row per declaration (each in force from its date until the next), and the
-- observations of nationally reported figures. recorded_at is when the event was stored, for knownAt.
create table read_model.capability_declaration (
    ods_code       varchar(6)   not null,
    capability     varchar(40)  not null,
    declaration    integer      not null,
    status         varchar(40)  not null,
    effective_from date         not null,
    note           varchar(1000),
    recorded_at    timestamptz  not null,
    recorded_by    varchar(200) not null,
    primary key (ods_code, capability, declaration)
);

create table read_model.target_observation (
    target_id   varchar(80)   not null,
    observed_on date          not null,
    percent     numeric(7, 2) not null,
    source      varchar(1000) not null,
    recorded_at timestamptz   not null,
    recorded_by varchar(200)  not null,
    primary key (target_id, observed_on)
);
