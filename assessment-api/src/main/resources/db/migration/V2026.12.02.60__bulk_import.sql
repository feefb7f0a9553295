-- Bulk imports of a year's results (see bulk/ImportJobs): a job per uploaded file, and a row per line of it. The
-- file is staged here row by row when it is uploaded (never kept whole), so a restarted service picks up every
-- job that has rows without an outcome. A row's outcome is written in the same transaction as its events.
create table import_job (
    job_id       varchar(36)  primary key,
    file_name    varchar(255) not null,
    file_format  varchar(4)   not null check (file_format in ('CSV', 'XLSX')),
    uploaded_by  varchar(255) not null,
    uploaded_at  timestamptz  not null,
    status       varchar(10)  not null check (status in ('QUEUED', 'RUNNING', 'DONE')),
    total_rows   integer      not null,
    started_at   timestamptz,
    finished_at  timestamptz
);

create index import_job_unfinished on import_job (uploaded_at) where status <> 'DONE';

create table import_row (
    job_id      varchar(36)   not null references import_job (job_id) on delete cascade,
    row_number  integer       not null,
    cells       jsonb         not null,
    outcome     varchar(10)   check (outcome in ('ACCEPTED', 'UNCHANGED', 'REJECTED')),
    assessment_id varchar(64),
    rule        varchar(100),
    field       varchar(255),
    detail      varchar(1000),
    done_at     timestamptz,
    primary key (job_id, row_number)
);

create index import_row_pending on import_row (job_id, row_number) where outcome is null;
