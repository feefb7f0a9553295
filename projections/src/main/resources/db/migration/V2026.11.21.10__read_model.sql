-- Read models, computed only from events: every table here can be emptied and rebuilt by a replay.
create schema if not exists read_model;

create table read_model.organisation (
    ods_code           varchar(6)   primary key,
    name               varchar(200) not null,
    type               varchar(40)  not null,
    opened_on          date,
    closed_on          date,
    successor_ods_code varchar(6),
    version            bigint       not null
);

-- The hierarchy, effective-dated: a null effective_from means "since the organisation was recorded".
create table read_model.organisation_parent (
    ods_code        varchar(6) not null,
    sequence_number bigint     not null,
    parent_code     varchar(6) not null,
    effective_from  date,
    primary key (ods_code, sequence_number)
);
create index organisation_parent_parent on read_model.organisation_parent (parent_code);

create table read_model.programme_status (
    ods_code   varchar(6)  not null,
    status     varchar(40) not null,
    awarded_on date        not null,
    primary key (ods_code, status)
);

create table read_model.framework (
    framework_id    varchar(40)  primary key,
    title           varchar(200) not null,
    assessment_year integer      not null,
    reference_date  date         not null,
    definition      jsonb        not null,
    published_at    timestamptz  not null,
    published_by    varchar(200) not null,
    version         bigint       not null
);

create table read_model.target (
    target_id  varchar(80)  primary key,
    definition jsonb        not null,
    defined_at timestamptz  not null,
    defined_by varchar(200) not null,
    version    bigint       not null
);

create table read_model.target_revision (
    target_id    varchar(80)  not null,
    revision     integer      not null,
    revision_doc jsonb        not null,
    primary key (target_id, revision)
);

create table read_model.assessment (
    assessment_id             varchar(20)  primary key,
    ods_code                  varchar(6)   not null,
    year                      integer      not null,
    framework_id              varchar(40)  not null,
    assessed_on               date         not null,
    status                    varchar(20)  not null,
    revision                  integer      not null,
    answers                   jsonb        not null default '{}'::jsonb,
    epr                       jsonb,
    latest_submitted_revision integer,
    version                   bigint       not null
);
create index assessment_ods_year on read_model.assessment (ods_code, year);

-- Every submitted revision, kept after it is superseded.
create table read_model.assessment_submission (
    assessment_id   varchar(20)  not null,
    revision        integer      not null,
    ods_code        varchar(6)   not null,
    year            integer      not null,
    framework_id    varchar(40)  not null,
    assessed_on     date         not null,
    answers         jsonb        not null,
    epr_status      varchar(20)  not null,
    epr_supplier    varchar(200),
    epr_live_since  date,
    measure_scores  jsonb        not null,
    overall_score   numeric(8,4) not null,
    rules           jsonb        not null,
    core_capability boolean      not null,
    foundational    boolean      not null,
    submitted_by    varchar(200) not null,
    submitted_at    timestamptz  not null,
    approved_by     varchar(200),
    approved_at     timestamptz,
    board_date      date,
    primary key (assessment_id, revision)
);
create index assessment_submission_ods_year on read_model.assessment_submission (ods_code, year);
