package uk.nhs.dma.projections.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.projections.testing.Fixtures.date;
import static uk.nhs.dma.projections.testing.Fixtures.dec;
import static uk.nhs.dma.projections.testing.Fixtures.frameworkId;
import static uk.nhs.dma.projections.testing.Fixtures.live;
import static uk.nhs.dma.projections.testing.Fixtures.mean;
import static uk.nhs.dma.projections.testing.Fixtures.ods;
import static uk.nhs.dma.projections.testing.Fixtures.uniform;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.AssessmentReopened;
import uk.nhs.dma.core.assessment.AssessmentStarted;
import uk.nhs.dma.core.assessment.AssessmentSubmitted;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.assessment.FindAssessment;
import uk.nhs.dma.core.assessment.FindRevision;
import uk.nhs.dma.core.assessment.FindTrajectory;
import uk.nhs.dma.core.assessment.Scores;
import uk.nhs.dma.core.assessment.TrajectoryView;
import uk.nhs.dma.core.framework.CapabilityRules;
import uk.nhs.dma.core.framework.ScoringMethod;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.progress.FindDomainScores;
import uk.nhs.dma.core.progress.FindSummary;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.projections.testing.ReadModel;
import uk.nhs.dma.projections.testing.World;

/**
 * Each submitted revision's domain scores, kept in {@code read_model.assessment_domain_score} in the framework's
 * domain order and shown by the assessment's GET, by revision and as known at an instant; a rebuild gives the same
 * rows. On real PostgreSQL.
 */
class DomainScoresProjectionTest {

    private static final AssessmentId RJ1 = AssessmentId.of("RJ1-2025");

    private ReadModel model;

    @BeforeEach
    void history() {
        model = ReadModel.fresh();
        World world = new World(model);
        world.region("Y56").icb("QKK", "Y56").trust("RJ1", OrganisationType.ACUTE, "QKK", "2001-04-01");
        world.emit(RJ1.value(), new AssessmentStarted(RJ1, ods("RJ1"), 2025, frameworkId(2025), date("2025-03-31"), 1));
        // deliberately not in alphabetical order: the framework's order is kept
        world.emit(RJ1.value(), submission(1, ordered("wl-strategy", "2", "sf-network", "4", "sf-devices", "3")));
        world.emit(RJ1.value(), new AssessmentReopened(RJ1, 1, 2, "new evidence", "submitter@nhs.net"));
        world.emit(RJ1.value(), submission(2, ordered("wl-strategy", "3", "sf-network", "5", "sf-devices", "3")));
    }

    private static Map<String, BigDecimal> ordered(String... idsAndScores) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (int i = 0; i < idsAndScores.length; i += 2) {
            scores.put(idsAndScores[i], new BigDecimal(idsAndScores[i + 1]).setScale(4));
        }
        return scores;
    }

    private static AssessmentSubmitted submission(int revision, Map<String, BigDecimal> domains) {
        Map<String, BigDecimal> measures = uniform("3.0000");
        return new AssessmentSubmitted(RJ1, ods("RJ1"), 2025, frameworkId(2025), revision, date("2025-03-31"),
                List.of(), live("Epic", "2023-06-01"), new Scores(measures, mean(measures), domains),
                CapabilityRules.defaults(), true, true, "submitter@nhs.net", Instant.parse("2025-04-20T10:00:00Z"),
                ScoringMethod.LEVEL_GATED, OrganisationType.ACUTE);
    }

    private List<Map<String, Object>> rows() {
        return model.jdbc.queryForList("select assessment_id, revision, ordinal, domain_id, score, recorded_at"
                + " from read_model.assessment_domain_score order by assessment_id, revision, ordinal", Map.of());
    }

    @Test
    void each_revisions_domain_scores_are_kept_in_the_frameworks_order() {
        assertThat(rows()).extracting(r -> r.get("revision") + " " + r.get("domain_id") + " " + r.get("score"))
                .containsExactly("1 wl-strategy 2.0000", "1 sf-network 4.0000", "1 sf-devices 3.0000",
                        "2 wl-strategy 3.0000", "2 sf-network 5.0000", "2 sf-devices 3.0000");
    }

    @Test
    void the_get_shows_the_latest_submitted_revisions_domain_scores_in_order() {
        AssessmentView view = model.assessmentQueries.handle(new FindAssessment(RJ1)).orElseThrow();

        assertThat(view.scores().domains()).containsExactly(Map.entry("wl-strategy", dec("3.0000")),
                Map.entry("sf-network", dec("5.0000")), Map.entry("sf-devices", dec("3.0000")));
    }

    @Test
    void a_revision_and_an_earlier_instant_show_their_own_domain_scores() {
        AssessmentView first = model.assessmentQueries.handle(new FindRevision(RJ1, 1)).orElseThrow();
        assertThat(first.scores().domains()).containsExactly(Map.entry("wl-strategy", dec("2.0000")),
                Map.entry("sf-network", dec("4.0000")), Map.entry("sf-devices", dec("3.0000")));

        Instant firstRecorded = model.jdbc.queryForObject("select min(recorded_at) from"
                + " read_model.assessment_domain_score", Map.of(), Timestamp.class).toInstant();
        AssessmentView then = model.assessmentQueries.handle(new FindAssessment(RJ1, firstRecorded)).orElseThrow();
        assertThat(then.submittedRevision()).isEqualTo(1);
        assertThat(then.scores().domains()).containsEntry("wl-strategy", dec("2.0000"));
    }

    @Test
    void a_rebuild_gives_the_same_rows_and_answers() {
        List<Map<String, Object>> before = rows();
        AssessmentView view = model.assessmentQueries.handle(new FindAssessment(RJ1)).orElseThrow();

        model.rebuild();

        assertThat(rows()).isEqualTo(before);
        assertThat(model.assessmentQueries.handle(new FindAssessment(RJ1)).orElseThrow()).isEqualTo(view);
    }

    @Test
    void the_domain_scores_behind_a_summary_are_those_of_the_revision_it_counts_as_known_then() {
        DomainScoreQueries queries = new DomainScoreQueries(model.progressQueries, model.jdbc);
        FindSummary now = new FindSummary(Scope.parse("REGION:Y56"), 2025, date("2025-06-01"));
        assertThat(queries.handle(new FindDomainScores(now)).rows())
                .extracting(r -> r.odsCode() + " " + r.revision() + " " + r.domainId() + " " + r.score())
                .containsExactly("RJ1 2 wl-strategy 3.0000", "RJ1 2 sf-network 5.0000", "RJ1 2 sf-devices 3.0000");

        Instant firstRecorded = model.jdbc.queryForObject("select min(recorded_at) from"
                + " read_model.assessment_domain_score", Map.of(), Timestamp.class).toInstant();
        assertThat(queries.handle(new FindDomainScores(new FindSummary(Scope.NATIONAL, 2025, date("2025-06-01"),
                        firstRecorded))).rows())
                .extracting(r -> r.revision() + " " + r.domainId() + " " + r.score())
                .containsExactly("1 wl-strategy 2.0000", "1 sf-network 4.0000", "1 sf-devices 3.0000");
        assertThat(queries.handle(new FindDomainScores(new FindSummary(Scope.parse("REGION:Y56"), 2025,
                date("2025-06-01"), null, null, java.util.Set.of(OrganisationType.ICB)))).rows()).isEmpty();
    }

    @Test
    void the_trajectory_shows_each_years_domain_scores_beside_the_seven_measures() {
        TrajectoryView trajectory = model.trajectoryQueries.handle(new FindTrajectory(ods("RJ1"))).orElseThrow();

        assertThat(trajectory.years()).singleElement().satisfies(year -> {
            assertThat(year.revision()).isEqualTo(2);
            assertThat(year.domains()).containsExactly(Map.entry("wl-strategy", dec("3.0000")),
                    Map.entry("sf-network", dec("5.0000")), Map.entry("sf-devices", dec("3.0000")));
            assertThat(year.measures()).hasSize(7);
        });
    }

    @Test
    void a_submission_without_domains_has_no_rows_and_shows_none() {
        AssessmentId other = AssessmentId.of("RJ2-2024");
        World world = new World(model);
        world.trust("RJ2", OrganisationType.ACUTE, "QKK", "2001-04-01").assessed("RJ2", 2024, "2024-03-31",
                uniform("3.0"), live("Epic", "2023-06-01"));

        assertThat(model.assessmentQueries.handle(new FindAssessment(other)).orElseThrow().scores().domains()).isEmpty();
        assertThat(rows()).extracting(r -> r.get("assessment_id")).containsOnly("RJ1-2025");
    }
}
