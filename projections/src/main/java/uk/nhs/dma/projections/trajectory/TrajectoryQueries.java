package uk.nhs.dma.projections.trajectory;

import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.assessment.FindTrajectory;
import uk.nhs.dma.core.assessment.TrajectoryView;
import uk.nhs.dma.projections.assessment.DomainScoreRows;
import uk.nhs.dma.projections.assessment.SubmissionRows;
import uk.nhs.dma.projections.progress.ProgressFacts;
import uk.nhs.dma.projections.support.Sql;

/** An organisation's trajectory: its submitted years from SQL, the math from {@link TrajectoryMath}. */
@Component
public class TrajectoryQueries {

    /** Without a CORE_CAPABILITY target, trajectories are judged against 2025. */
    static final int DEFAULT_DEADLINE_YEAR = 2025;

    private final SubmissionRows submissions;
    private final ProgressFacts facts;
    private final NamedParameterJdbcTemplate jdbc;
    private final DomainScoreRows.Reader domains;

    public TrajectoryQueries(SubmissionRows submissions, ProgressFacts facts, NamedParameterJdbcTemplate jdbc) {
        this.submissions = submissions;
        this.facts = facts;
        this.jdbc = jdbc;
        this.domains = new DomainScoreRows.Reader(jdbc);
    }

    @QueryHandler
    public Optional<TrajectoryView> handle(FindTrajectory query) {
        String ods = query.odsCode().value();
        Integer known = jdbc.queryForObject("select count(*) from read_model.organisation where ods_code = :ods"
                        + " and (cast(:t as timestamptz) is null or registered_at <= :t)",
                new MapSqlParameterSource("ods", ods).addValue("t", Sql.timestamp(query.knownAt())), Integer.class);
        if (known == null || known == 0) {
            return Optional.empty();
        }
        List<TrajectoryMath.YearResult> years = submissions.yearsOf(ods, query.knownAt()).stream()
                .map(r -> new TrajectoryMath.YearResult(r.year(), r.assessmentId(), r.revision(), r.measures(),
                        r.overall(), EprStatus.valueOf(r.eprStatus()), r.coreCapability(), r.foundational(),
                        r.coreMinimum()))
                .toList();
        int deadline = facts.coreCapabilityDeadlineYear(query.knownAt()).orElse(DEFAULT_DEADLINE_YEAR);
        TrajectoryView view = TrajectoryMath.compute(ods, years, deadline);
        return Optional.of(new TrajectoryView(view.odsCode(), view.years().stream()
                .map(y -> y.withDomains(domains.of(y.assessmentId(), y.revision()))).toList(), view.trend(),
                view.projectedCoreYear(), view.status()));
    }
}
