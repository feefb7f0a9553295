package uk.nhs.dma.projections.testing;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.nhs.dma.core.plan.PlanEvent;
import uk.nhs.dma.projections.assessment.AssessmentHandlers;
import uk.nhs.dma.projections.plan.PlanProjection;
import uk.nhs.dma.projections.assessment.AssessmentQueries;
import uk.nhs.dma.projections.assessment.SubmissionRows;
import uk.nhs.dma.projections.progress.ProgressFacts;
import uk.nhs.dma.projections.progress.ProgressQueries;
import uk.nhs.dma.projections.progress.TargetFacts;
import uk.nhs.dma.projections.register.OrganisationQueries;
import uk.nhs.dma.projections.register.RegisterHandlers;
import uk.nhs.dma.projections.trajectory.TrajectoryQueries;

/**
 * Every projection and query class over one fresh, migrated database, with an event log that remembers what
 * was delivered so it can be replayed after a reset.
 */
public final class ReadModel {

    public final NamedParameterJdbcTemplate jdbc;
    public final RegisterHandlers register;
    public final AssessmentHandlers assessment;
    public final OrganisationQueries organisationQueries;
    public final AssessmentQueries assessmentQueries;
    public final SubmissionRows submissionRows;
    public final ProgressFacts progressFacts;
    public final TargetFacts targetFacts;
    public final ProgressQueries progressQueries;
    public final TrajectoryQueries trajectoryQueries;
    public final PlanProjection plans;
    private final List<Recorded> log = new ArrayList<>();

    private ReadModel(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.register = new RegisterHandlers(jdbc);
        this.assessment = new AssessmentHandlers(jdbc);
        this.organisationQueries = new OrganisationQueries(jdbc);
        this.assessmentQueries = new AssessmentQueries(jdbc);
        this.submissionRows = new SubmissionRows(jdbc);
        this.progressFacts = new ProgressFacts(jdbc);
        this.targetFacts = new TargetFacts(jdbc);
        this.progressQueries = new ProgressQueries(progressFacts, targetFacts, submissionRows);
        this.trajectoryQueries = new TrajectoryQueries(submissionRows, progressFacts, jdbc);
        this.plans = new PlanProjection(jdbc);
    }

    public static ReadModel fresh() {
        return new ReadModel(ReadModelDatabase.fresh());
    }

    /** Delivers and logs one event. */
    public ReadModel deliver(Recorded event) {
        redeliver(event);
        log.add(event);
        return this;
    }

    /** Delivers without logging, as a processor does when it sees an event again. */
    public void redeliver(Recorded event) {
        boolean handled = register.deliver(event) | assessment.deliver(event);
        if (event.payload() instanceof PlanEvent plan) {
            plans.on(plan, event.sequence(), event.timestamp(), event.user());
            handled = true;
        }
        if (!handled) {
            throw new IllegalArgumentException("no projection handles " + event.payload().getClass());
        }
    }

    public List<Recorded> log() {
        return List.copyOf(log);
    }

    /** Resets every processor, as a replay from the first event starts. */
    public void resetAll() {
        register.reset();
        assessment.reset();
        plans.reset();
    }

    /** Resets every processor and delivers the log again from its first event. */
    public void rebuild() {
        resetAll();
        log.forEach(this::redeliver);
    }

    public int rows(String table) {
        return ReadModelDatabase.rows(jdbc, table);
    }
}
