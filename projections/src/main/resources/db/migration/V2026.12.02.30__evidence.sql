-- Evidence items of assessments, withdrawn ones kept (withdrawn_at set), one row per item. question_id null: the
-- item is about the EPR declaration. version is the aggregate sequence number of the event that added it.
create table read_model.evidence (
    assessment_id     varchar(20)   not null,
    evidence_id       varchar(80)   not null,
    question_id       varchar(80),
    kind              varchar(20)   not null,
    title             varchar(200)  not null,
    link              varchar(2000),
    note              varchar(4000),
    sha256            char(64),
    size              bigint,
    content_type      varchar(200),
    file_name         varchar(255),
    effective_on      date          not null,
    expires_on        date,
    added_by          varchar(200)  not null,
    added_at          timestamptz   not null,
    revision          integer       not null,
    carried_from      varchar(20),
    withdrawn_by      varchar(200),
    withdrawn_at      timestamptz,
    withdrawal_reason varchar(2000),
    version           bigint        not null,
    primary key (assessment_id, evidence_id)
);
create index evidence_sha256 on read_model.evidence (sha256);

-- Answers carried forward at an assessment's start, until confirmed (CONFIRMED) or recorded again (CHANGED).
create table read_model.carried_answer (
    assessment_id varchar(20)  not null,
    question_id   varchar(80)  not null,
    carried_from  varchar(20)  not null,
    settled       varchar(20),
    settled_by    varchar(200),
    settled_at    timestamptz,
    version       bigint       not null,
    primary key (assessment_id, question_id)
);

-- The bytes of uploaded evidence documents, once per content (keyed by SHA-256). Not a read model: a replay or a
-- reset of the projections leaves it alone; the events name these rows by their sha256.
create table evidence_file (
    sha256       char(64)     primary key,
    content      bytea        not null,
    size         bigint       not null,
    content_type varchar(200) not null,
    stored_at    timestamptz  not null default now()
);
