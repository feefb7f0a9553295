-- When each approval became known (its event's timestamp), so that a target counting approved revisions only can
-- be answered as known at an earlier instant. Existing rows are filled exactly from the assessment's kept views:
-- the first view recorded showing that revision approved is the one its approval event produced.
alter table read_model.assessment_submission add column approval_recorded_at timestamptz;

update read_model.assessment_submission s
   set approval_recorded_at = (select min(v.recorded_at) from read_model.assessment_version v
                                where v.assessment_id = s.assessment_id
                                  and v.view->>'status' = 'APPROVED'
                                  and cast(v.view->>'revision' as integer) = s.revision)
 where s.approved_at is not null;
