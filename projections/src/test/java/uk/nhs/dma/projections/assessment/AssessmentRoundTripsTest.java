package uk.nhs.dma.projections.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static uk.nhs.dma.projections.testing.Fixtures.date;
import static uk.nhs.dma.projections.testing.Fixtures.frameworkId;
import static uk.nhs.dma.projections.testing.Fixtures.live;
import static uk.nhs.dma.projections.testing.Fixtures.mean;
import static uk.nhs.dma.projections.testing.Fixtures.ods;
import static uk.nhs.dma.projections.testing.Fixtures.uniform;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.AnswersConfirmed;
import uk.nhs.dma.core.assessment.AnswersRecorded;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.AssessmentStarted;
import uk.nhs.dma.core.assessment.AssessmentSubmitted;
import uk.nhs.dma.core.assessment.CarriedAnswerView;
import uk.nhs.dma.core.assessment.Evidence;
import uk.nhs.dma.core.assessment.EvidenceAttached;
import uk.nhs.dma.core.assessment.EvidenceKind;
import uk.nhs.dma.core.assessment.EvidenceView;
import uk.nhs.dma.core.assessment.EvidenceWithdrawn;
import uk.nhs.dma.core.assessment.FindAssessment;
import uk.nhs.dma.core.assessment.FindEvidence;
import uk.nhs.dma.core.assessment.Scores;
import uk.nhs.dma.core.framework.CapabilityRules;
import uk.nhs.dma.core.framework.ScoringMethod;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.projections.testing.ReadModelDatabase;

/**
 * The statements the assessment projection sends per event, counted on the connection, as a processor delivers a
 * batch in one unit of work: an answer, a confirmation, an evidence item and its withdrawal each take one
 * statement (the row's change, its guarded evidence or carried-answer write and its view read back), a start two
 * and a submission two, and the kept views of the whole batch go in one batch at the commit.
 */
class AssessmentRoundTripsTest {

    private static final AssessmentId ID = AssessmentId.of("RJ1-2025");
    private static final Instant T1 = Instant.parse("2026-01-15T10:00:00Z");
    private static final Evidence NOTE = new Evidence("e2", null, EvidenceKind.NOTE, "EPR go-live", null,
            "Went live in May", null, date("2024-05-01"), null);

    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());
    private AssessmentProjection projection;
    private EvidenceQueries evidence;
    private AssessmentQueries assessments;

    @BeforeEach
    void countedDatabase() {
        NamedParameterJdbcTemplate plain = ReadModelDatabase.fresh();
        DelegatingDataSource counted = new DelegatingDataSource(plain.getJdbcTemplate().getDataSource()) {
            @Override
            public Connection getConnection() throws SQLException {
                return counting(super.getConnection());
            }
        };
        projection = new AssessmentProjection(new NamedParameterJdbcTemplate(counted));
        evidence = new EvidenceQueries(plain);
        assessments = new AssessmentQueries(plain);
    }

    @Test
    void each_answer_confirmation_and_evidence_event_is_one_statement_and_the_kept_views_one_batch() {
        projection.on(new AssessmentStarted(ID, ods("RJ1"), 2025, frameworkId(2025), date("2025-03-31"), 1, null,
                AssessmentId.of("RJ1-2024"), List.of(new Answer("WL1", 4, null), new Answer("WL2", 3, null))), 0, T1);
        statements.clear();

        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch")).execute(() -> {
            projection.on(new AnswersRecorded(ID, 1, List.of(new Answer("WL1", 5, null))), 1, T1, "erin");
            projection.on(new AnswersConfirmed(ID, 1, List.of("WL2"), "dave"), 2, T1);
            projection.on(new EvidenceAttached(ID, 1, NOTE, "bob", null), 3, T1);
            projection.on(new EvidenceWithdrawn(ID, 1, "e2", "wrong date", "carol"), 4, T1);
        });

        assertThat(statements).hasSize(5);
        assertThat(statements.get(4)).contains("assessment_version");
        var view = evidence.handle(new FindEvidence(ID)).orElseThrow();
        assertThat(view.carriedAnswers()).containsExactly(
                new CarriedAnswerView("WL1", "RJ1-2024", "CHANGED", "erin", T1),
                new CarriedAnswerView("WL2", "RJ1-2024", "CONFIRMED", "dave", T1));
        assertThat(view.items()).extracting(EvidenceView::evidenceId, EvidenceView::withdrawn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("e2", true));
    }

    @Test
    void a_start_carrying_answers_is_two_statements_and_a_submission_with_its_domain_scores_two() {
        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch")).execute(() -> {
            projection.on(new AssessmentStarted(ID, ods("RJ1"), 2025, frameworkId(2025), date("2025-03-31"), 1,
                    null, AssessmentId.of("RJ1-2024"), List.of(new Answer("WL1", 4, null), new Answer("WL2", 3,
                    null), new Answer("WL3", 2, null))), 0, T1);
            projection.on(submission(), 1, T1);
        });

        assertThat(statements).hasSize(5); // start: clear, row + carried answers; submission: rows, row; views
        assertThat(evidence.handle(new FindEvidence(ID)).orElseThrow().awaitingConfirmation())
                .containsExactly("WL1", "WL2", "WL3");
        var scores = assessments.handle(new FindAssessment(ID)).orElseThrow().scores();
        assertThat(scores.domains()).containsExactly(entry("wl-strategy", new BigDecimal("2.0000")),
                entry("sf-network", new BigDecimal("4.0000")), entry("sf-devices", new BigDecimal("3.5000")));
    }

    private static AssessmentSubmitted submission() {
        Map<String, BigDecimal> measures = uniform("3.0000");
        Map<String, BigDecimal> domains = new LinkedHashMap<>();
        domains.put("wl-strategy", new BigDecimal("2.0000"));
        domains.put("sf-network", new BigDecimal("4.0000"));
        domains.put("sf-devices", new BigDecimal("3.5000"));
        return new AssessmentSubmitted(ID, ods("RJ1"), 2025, frameworkId(2025), 1, date("2025-03-31"),
                List.of(), live("Epic", "2023-06-01"), new Scores(measures, mean(measures), domains),
                CapabilityRules.defaults(), true, true, "submitter@nhs.net", Instant.parse("2025-04-20T10:00:00Z"),
                ScoringMethod.LEVEL_GATED, OrganisationType.ACUTE);
    }

    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                        statements.add(args == null || args.length == 0 ? "" : String.valueOf(args[0]));
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
