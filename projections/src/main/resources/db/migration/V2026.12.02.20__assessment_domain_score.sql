-- Each submitted revision's domain scores (AssessmentSubmitted's scores.domains), in the framework's domain order.
-- Kept after the revision is superseded; recorded_at is when the submission was stored, for knownAt. Submissions
-- of frameworks without domains have no rows. Filled by the assessments processor; a replay rebuilds it.
create table read_model.assessment_domain_score (
    assessment_id varchar(20)   not null,
    revision      integer       not null,
    ordinal       integer       not null,
    domain_id     varchar(40)   not null,
    score         numeric       not null,
    recorded_at   timestamptz   not null,
    primary key (assessment_id, revision, domain_id)
);
