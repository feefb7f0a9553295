package uk.nhs.dma.core.assessment;

import java.util.Optional;
import uk.nhs.dma.core.framework.FrameworkDefinition;

/**
 * Whether a stored submission still stands: its scores (measures, overall and domains) and verdicts recomputed
 * from its raw answers with its framework's method (MEAN or LEVEL_GATED) over its organisation type's set must
 * equal those it carries, and the method and rules it names must be the framework's published ones.
 */
public final class Rescore {

    private Rescore() {
    }

    /** What differs, if anything; {@code framework} is null when the submission's framework was never published. */
    public static Optional<String> discrepancy(AssessmentSubmitted event, FrameworkDefinition published) {
        if (published == null) {
            return Optional.of("framework " + event.frameworkId() + " was never published");
        }
        FrameworkDefinition framework = published.forType(event.organisationType()).orElse(null);
        if (framework == null) {
            return Optional.of("framework " + event.frameworkId() + " has no set for " + event.organisationType());
        }
        if (event.scoring() != framework.scoring()) {
            return Optional.of("the submission was scored " + event.scoring() + " but the framework scores "
                    + framework.scoring());
        }
        try {
            Scores scores = Scoring.score(framework, event.answers());
            boolean core = Capability.isCoreCapable(event.rules().coreCapability(), scores, event.epr());
            boolean foundational = Capability.isFoundational(event.rules().foundational(), scores, event.epr());
            if (!scores.measures().equals(event.scores().measures())
                    || scores.overall().compareTo(event.scores().overall()) != 0) {
                return Optional.of("the scores differ from those recomputed from the answers: "
                        + scores.measures() + " overall " + scores.overall());
            } else if (!scores.domains().equals(event.scores().domains())) {
                return Optional.of("the domain scores differ from those recomputed from the answers: "
                        + scores.domains());
            } else if (core != event.coreCapability() || foundational != event.foundational()) {
                return Optional.of("the capability verdicts differ from those recomputed");
            } else if (!event.rules().equals(framework.rules())) {
                return Optional.of("the rules used differ from the framework's published rules");
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("the scores cannot be recomputed: " + e.getMessage());
        }
    }
}
