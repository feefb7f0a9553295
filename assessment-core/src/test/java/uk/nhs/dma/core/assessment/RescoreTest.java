package uk.nhs.dma.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.framework.CapabilityRules;
import uk.nhs.dma.core.framework.CoreCapabilityRule;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.testsupport.TestFrameworks;

/** A stored submission stands only if its scores, verdicts and rules are those its answers and framework give. */
class RescoreTest {

    private final FrameworkDefinition wgll = TestFrameworks.wgll2024();

    /** A submission as the aggregate records it: scores and verdicts computed from its answers. */
    private AssessmentSubmitted honest() {
        AssessmentSubmitted e = AssessmentTest.submitted(1, "alice");
        Scores scores = Scoring.score(wgll, e.answers());
        return with(e, scores, e.rules(), Capability.isCoreCapable(e.rules().coreCapability(), scores, e.epr()),
                Capability.isFoundational(e.rules().foundational(), scores, e.epr()));
    }

    private static AssessmentSubmitted with(AssessmentSubmitted e, Scores scores, CapabilityRules rules,
                                            boolean core, boolean foundational) {
        return new AssessmentSubmitted(e.assessmentId(), e.odsCode(), e.year(), e.frameworkId(), e.revision(),
                e.assessedOn(), e.answers(), e.epr(), scores, rules, core, foundational, e.submittedBy(),
                e.submittedAt());
    }

    @Test
    void a_submission_recomputed_to_the_same_scores_verdicts_and_rules_stands() {
        assertThat(Rescore.discrepancy(honest(), wgll)).isEmpty();
    }

    @Test
    void a_raised_measure_score_is_found() {
        AssessmentSubmitted e = honest();
        Map<String, BigDecimal> raised = new LinkedHashMap<>(e.scores().measures());
        raised.put("well-led", raised.get("well-led").add(BigDecimal.ONE));
        assertThat(Rescore.discrepancy(with(e, new Scores(raised, e.scores().overall()), e.rules(),
                e.coreCapability(), e.foundational()), wgll))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("the scores differ"));
    }

    @Test
    void a_flipped_verdict_is_found() {
        AssessmentSubmitted e = honest();
        assertThat(Rescore.discrepancy(with(e, e.scores(), e.rules(), !e.coreCapability(), e.foundational()), wgll))
                .contains("the capability verdicts differ from those recomputed");
    }

    @Test
    void rules_other_than_the_published_ones_are_found() {
        AssessmentSubmitted e = honest();
        CapabilityRules lenient = new CapabilityRules(new CoreCapabilityRule(new BigDecimal("0.5"), false),
                e.rules().foundational());
        Scores scores = e.scores();
        AssessmentSubmitted forged = with(e, scores, lenient,
                Capability.isCoreCapable(lenient.coreCapability(), scores, e.epr()), e.foundational());
        assertThat(Rescore.discrepancy(forged, wgll))
                .contains("the rules used differ from the framework's published rules");
    }

    @Test
    void a_framework_never_published_is_named() {
        assertThat(Rescore.discrepancy(honest(), null)).contains("framework wgll-2024 was never published");
    }
}
