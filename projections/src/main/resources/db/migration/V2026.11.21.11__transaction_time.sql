-- Transaction time: when each fact became known (its event's timestamp), so any query can be answered as the
-- service would have answered it at an earlier instant ("knownAt"). The read models are rebuilt from the events
-- to fill the new columns: they are emptied here and their processors start again from the first event.
alter table read_model.organisation add column registered_at timestamptz;
alter table read_model.organisation add column closed_recorded_at timestamptz;
alter table read_model.organisation_parent add column recorded_at timestamptz;
alter table read_model.programme_status add column recorded_at timestamptz;
alter table read_model.target_revision add column recorded_at timestamptz;
alter table read_model.assessment_submission add column recorded_at timestamptz;

-- Every state an assessment has been in, as its GET would have shown it after each of its events.
create table read_model.assessment_version (
    assessment_id varchar(20) not null,
    version       bigint      not null,
    recorded_at   timestamptz not null,
    view          json        not null, -- json, not jsonb: kept exactly as it was shown
    primary key (assessment_id, version)
);

truncate read_model.organisation, read_model.organisation_parent, read_model.programme_status,
    read_model.framework, read_model.target, read_model.target_revision, read_model.assessment,
    read_model.assessment_submission;
-- The token store belongs to the service; where it exists, the processors are sent back to the first event.
do $$
begin
    if to_regclass('token_entry') is not null then
        delete from token_entry where processor_name in ('organisations', 'frameworks', 'targets', 'assessments');
    end if;
end $$;
