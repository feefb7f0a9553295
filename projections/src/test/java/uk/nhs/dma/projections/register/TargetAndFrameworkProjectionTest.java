package uk.nhs.dma.projections.register;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.projections.testing.Fixtures.date;
import static uk.nhs.dma.projections.testing.Fixtures.dec;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.target.TargetRules;
import uk.nhs.dma.projections.support.Json;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.framework.FindFramework;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FrameworkPublished;
import uk.nhs.dma.core.framework.FrameworkView;
import uk.nhs.dma.core.framework.ListFrameworks;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.target.FindTarget;
import uk.nhs.dma.core.target.ListTargets;
import uk.nhs.dma.core.target.Metric;
import uk.nhs.dma.core.target.Milestone;
import uk.nhs.dma.core.target.TargetDefined;
import uk.nhs.dma.core.target.TargetId;
import uk.nhs.dma.core.target.TargetRevised;
import uk.nhs.dma.core.target.TargetView;
import uk.nhs.dma.projections.progress.ProgressFacts;
import uk.nhs.dma.projections.progress.TargetHistory;
import uk.nhs.dma.projections.testing.Fixtures;
import uk.nhs.dma.projections.testing.ReadModelDatabase;

/** Targets with their revisions, and published frameworks, fed with events, on real PostgreSQL. */
class TargetAndFrameworkProjectionTest {

    private static final Instant DEFINED_AT = Instant.parse("2023-01-10T09:30:00Z");
    private static final Instant REVISED_AT = Instant.parse("2024-09-15T14:00:00Z");
    private static final Instant PUBLISHED_AT = Instant.parse("2024-02-01T08:00:00Z");

    private static final List<Milestone> MILESTONES = List.of(new Milestone(date("2024-03-31"), dec("50.00")),
            new Milestone(date("2025-03-31"), dec("90.00")));
    private static final TargetDefined EPR = new TargetDefined(TargetId.of("epr-coverage"), "EPR coverage",
            Metric.EPR_LIVE, List.of(OrganisationType.ACUTE, OrganisationType.MENTAL_HEALTH), List.of(EprStatus.LIVE),
            MILESTONES, "NHS Long Term Plan");
    private static final TargetRevised EPR_REVISED = new TargetRevised(TargetId.of("epr-coverage"), 1,
            date("2024-10-01"), "deployments count", "Operational planning guidance 2024/25",
            List.of(new Milestone(date("2025-03-31"), dec("95.00"))), List.of(EprStatus.DEPLOYING, EprStatus.LIVE));
    private static final TargetDefined CORE = new TargetDefined(TargetId.of("core-capability"), "Core capability",
            Metric.CORE_CAPABILITY, List.of(OrganisationType.ACUTE), List.of(),
            List.of(new Milestone(date("2024-03-31"), dec("30.00")), new Milestone(date("2026-03-31"), dec("100.00"))),
            "What Good Looks Like");

    private NamedParameterJdbcTemplate jdbc;
    private TargetProjection targets;
    private FrameworkProjection frameworks;
    private ProgressFacts facts;

    @BeforeEach
    void freshDatabase() {
        jdbc = ReadModelDatabase.fresh();
        targets = new TargetProjection(jdbc);
        frameworks = new FrameworkProjection(jdbc);
        facts = new ProgressFacts(jdbc);
    }

    private void deliverTargets() {
        targets.on(EPR, 0, DEFINED_AT, "planner@england.nhs.uk");
        targets.on(EPR_REVISED, 1, REVISED_AT, "analyst@england.nhs.uk");
        targets.on(CORE, 0, DEFINED_AT, null);
    }

    private void deliverFrameworks() {
        frameworks.on(new FrameworkPublished(Fixtures.framework(2024)), PUBLISHED_AT, "publisher@england.nhs.uk");
        frameworks.on(new FrameworkPublished(Fixtures.framework(2025)), PUBLISHED_AT.plusSeconds(86400L * 365), "");
    }

    private TargetView target(String id) {
        return targets.handle(new FindTarget(TargetId.of(id))).orElseThrow();
    }

    private List<Object> answers() {
        return List.of(targets.handle(new ListTargets()), frameworks.handle(new ListFrameworks()),
                facts.target("epr-coverage"), facts.target("core-capability"), facts.coreCapabilityDeadlineYear());
    }

    @Test
    void aTargetIsKeptAsDefinedWithWhenAndByWhom() {
        deliverTargets();

        TargetView view = target("core-capability");
        assertThat(view.name()).isEqualTo("Core capability");
        assertThat(view.metric()).isEqualTo(Metric.CORE_CAPABILITY);
        assertThat(view.population()).containsExactly(OrganisationType.ACUTE);
        assertThat(view.countedEprStatuses()).isEmpty();
        assertThat(view.milestones()).isEqualTo(CORE.milestones());
        assertThat(view.source()).isEqualTo("What Good Looks Like");
        assertThat(view.definedAt()).isEqualTo(DEFINED_AT);
        assertThat(view.definedBy()).isEqualTo("unknown");
        assertThat(view.revisions()).isEmpty();
        assertThat(view.version()).isZero();
    }

    @Test
    void aRevisionIsKeptBesideTheDefinition() {
        deliverTargets();

        TargetView view = target("epr-coverage");
        assertThat(view.milestones()).isEqualTo(MILESTONES);
        assertThat(view.countedEprStatuses()).containsExactly(EprStatus.LIVE);
        assertThat(view.definedBy()).isEqualTo("planner@england.nhs.uk");
        assertThat(view.revisions()).containsExactly(new TargetView.Revision(1, date("2024-10-01"), "deployments count",
                "Operational planning guidance 2024/25", EPR_REVISED.milestones(),
                List.of(EprStatus.DEPLOYING, EprStatus.LIVE), TargetRules.SUBMITTED_OR_APPROVED, REVISED_AT,
                "analyst@england.nhs.uk"));
        assertThat(view.countedAssessmentStatuses()).isEqualTo(TargetRules.SUBMITTED_OR_APPROVED);
        assertThat(view.version()).isEqualTo(1);
        assertThat(targets.handle(new ListTargets())).extracting(TargetView::targetId)
                .containsExactly("core-capability", "epr-coverage");
    }

    /** Rows and events written before countedAssessmentStatuses existed read as counting every submitted revision. */
    @Test
    void aDefinitionOrRevisionStoredWithoutCountedAssessmentStatusesCountsBoth() {
        TargetDefined old = Json.read("{\"targetId\":\"epr-coverage\",\"name\":\"EPR\",\"metric\":\"EPR_LIVE\","
                + "\"population\":[\"ACUTE\"],\"countedEprStatuses\":[\"LIVE\"],"
                + "\"milestones\":[{\"dueBy\":\"2025-03-31\",\"thresholdPercent\":90.00}],\"source\":\"plan\"}",
                TargetDefined.class);
        assertThat(old.countedAssessmentStatuses()).isEqualTo(TargetRules.SUBMITTED_OR_APPROVED);
        TargetView.Revision revision = Json.read("{\"revision\":1,\"effectiveFrom\":\"2025-01-01\",\"reason\":\"r\","
                + "\"source\":\"s\",\"milestones\":[],\"countedEprStatuses\":[\"LIVE\"],"
                + "\"recordedAt\":\"2025-01-01T00:00:00Z\",\"recordedBy\":\"x\"}", TargetView.Revision.class);
        assertThat(revision.countedAssessmentStatuses()).isEqualTo(TargetRules.SUBMITTED_OR_APPROVED);
        TargetDefined approvedOnly = Json.read(Json.write(new TargetDefined(old.targetId(), old.name(), old.metric(),
                old.population(), old.countedEprStatuses(), List.of(AssessmentStatus.APPROVED), old.milestones(),
                old.source())), TargetDefined.class);
        assertThat(approvedOnly.countedAssessmentStatuses()).containsExactly(AssessmentStatus.APPROVED);
    }

    @Test
    void progressFactsReadTheTargetHistoryBack() {
        deliverTargets();

        TargetHistory history = facts.target("epr-coverage").orElseThrow();
        assertThat(history.definition()).isEqualTo(EPR);
        assertThat(history.revisions()).containsExactly(EPR_REVISED);
        assertThat(history.inForceOn(date("2024-09-30")).countedEprStatuses()).containsExactly(EprStatus.LIVE);
        assertThat(history.inForceOn(date("2024-10-01")).countedEprStatuses())
                .containsExactly(EprStatus.DEPLOYING, EprStatus.LIVE);
        assertThat(facts.target("no-such-target")).isEmpty();
        assertThat(targets.handle(new FindTarget(TargetId.of("no-such-target")))).isEmpty();
    }

    @Test
    void theCoreCapabilityDeadlineIsTheYearOfItsFinalMilestone() {
        assertThat(facts.coreCapabilityDeadlineYear()).isEmpty();

        deliverTargets();

        assertThat(facts.coreCapabilityDeadlineYear()).contains(2026);
    }

    @Test
    void theCoreCapabilityDeadlineFollowsTheLatestRevision() {
        deliverTargets();
        targets.on(new TargetRevised(TargetId.of("core-capability"), 1, date("2025-01-01"), "later", "plan",
                List.of(new Milestone(date("2024-03-31"), dec("30.00")), new Milestone(date("2027-03-31"), dec("100.00"))),
                List.of()), 1, REVISED_AT, "analyst@england.nhs.uk");

        assertThat(facts.coreCapabilityDeadlineYear()).contains(2027);
    }

    @Test
    void aPublishedFrameworkIsReadBackAsPublished() {
        deliverFrameworks();

        FrameworkView view = frameworks.handle(new FindFramework(Fixtures.frameworkId(2024))).orElseThrow();
        FrameworkDefinition published = Fixtures.framework(2024);
        assertThat(view.definition()).isEqualTo(published);
        assertThat(view.publishedAt()).isEqualTo(PUBLISHED_AT);
        assertThat(view.publishedBy()).isEqualTo("publisher@england.nhs.uk");
        assertThat(frameworks.handle(new FindFramework(Fixtures.frameworkId(2025))).orElseThrow().publishedBy())
                .isEqualTo("unknown");
        assertThat(frameworks.handle(new ListFrameworks())).extracting(v -> v.definition().assessmentYear())
                .containsExactly(2025, 2024);
        assertThat(frameworks.handle(new FindFramework(Fixtures.frameworkId(2023)))).isEmpty();
    }

    @Test
    void deliveringEveryEventTwiceChangesNothing() {
        deliverTargets();
        deliverFrameworks();
        List<Object> once = answers();

        deliverTargets();
        deliverFrameworks();

        assertThat(answers()).isEqualTo(once);
        assertThat(ReadModelDatabase.rows(jdbc, "target")).isEqualTo(2);
        assertThat(ReadModelDatabase.rows(jdbc, "target_revision")).isEqualTo(1);
        assertThat(ReadModelDatabase.rows(jdbc, "framework")).isEqualTo(2);
    }

    @Test
    void resetEmptiesTheTablesAndAReplayGivesTheSameAnswers() {
        deliverTargets();
        deliverFrameworks();
        List<Object> before = answers();

        targets.reset();
        frameworks.reset();

        assertThat(ReadModelDatabase.rows(jdbc, "target")).isZero();
        assertThat(ReadModelDatabase.rows(jdbc, "target_revision")).isZero();
        assertThat(ReadModelDatabase.rows(jdbc, "framework")).isZero();
        assertThat(targets.handle(new ListTargets())).isEmpty();
        assertThat(frameworks.handle(new ListFrameworks())).isEmpty();

        deliverTargets();
        deliverFrameworks();
        assertThat(answers()).isEqualTo(before);
    }
}
