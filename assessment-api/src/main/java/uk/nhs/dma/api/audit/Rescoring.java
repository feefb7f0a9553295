package uk.nhs.dma.api.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.dma.api.config.EventStoreConfiguration;
import uk.nhs.dma.core.assessment.AssessmentSubmitted;
import uk.nhs.dma.core.assessment.Capability;
import uk.nhs.dma.core.assessment.Scores;
import uk.nhs.dma.core.assessment.Scoring;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FrameworkPublished;
import uk.nhs.dma.api.audit.Verification.Failure;

/** Recomputes every submitted assessment's scores and verdicts from its raw answers with its framework's rule. */
final class Rescoring {

    private static final ObjectMapper EVENTS = EventStoreConfiguration.STORED_MESSAGES;

    private final Map<String, FrameworkDefinition> frameworks = new HashMap<>();
    private final List<Object[]> submissions = new ArrayList<>();

    void event(String type, byte[] payload, String id, long sequence, List<Failure> failures) {
        collect(type, payload, frameworks, submissions, id, sequence, failures);
    }

    void finish(List<Failure> failures) {
        for (Object[] s : submissions) {
            rescore((String) s[0], (Long) s[1], (AssessmentSubmitted) s[2], frameworks, failures);
        }
    }

    private static void collect(String type, byte[] payload, Map<String, FrameworkDefinition> frameworks,
                                List<Object[]> submissions, String id, long sequence, List<Failure> failures) {
        try {
            if (type.equals(FrameworkPublished.class.getName())) {
                FrameworkDefinition d = EVENTS.readValue(payload, FrameworkPublished.class).definition();
                frameworks.put(d.frameworkId().value(), d);
            } else if (type.equals(AssessmentSubmitted.class.getName())) {
                submissions.add(new Object[] {id, sequence, EVENTS.readValue(payload, AssessmentSubmitted.class)});
            }
        } catch (IOException | RuntimeException e) {
            failures.add(new Failure(id, sequence, "payload cannot be read as " + type));
        }
    }

    private static void rescore(String id, long sequence, AssessmentSubmitted event,
                                Map<String, FrameworkDefinition> frameworks, List<Failure> failures) {
        FrameworkDefinition framework = frameworks.get(event.frameworkId().value());
        if (framework == null) {
            failures.add(new Failure(id, sequence, "framework " + event.frameworkId() + " was never published"));
            return;
        }
        try {
            Scores scores = Scoring.score(framework, event.answers());
            boolean core = Capability.isCoreCapable(event.rules().coreCapability(), scores, event.epr());
            boolean foundational = Capability.isFoundational(event.rules().foundational(), scores, event.epr());
            if (!scores.measures().equals(event.scores().measures())
                    || scores.overall().compareTo(event.scores().overall()) != 0) {
                failures.add(new Failure(id, sequence, "the scores differ from those recomputed from the answers: "
                        + scores.measures() + " overall " + scores.overall()));
            } else if (core != event.coreCapability() || foundational != event.foundational()) {
                failures.add(new Failure(id, sequence, "the capability verdicts differ from those recomputed"));
            } else if (!event.rules().equals(framework.rules())) {
                failures.add(new Failure(id, sequence, "the rules used differ from the framework's published rules"));
            }
        } catch (RuntimeException e) {
            failures.add(new Failure(id, sequence, "the scores cannot be recomputed: " + e.getMessage()));
        }
    }
}
