package uk.nhs.dma.eventstore.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.dma.eventstore.audit.Verification.Failure;
import uk.nhs.dma.eventstore.EventSerializer;
import uk.nhs.dma.eventstore.EventStoreConfiguration;
import uk.nhs.dma.core.assessment.AssessmentSubmitted;
import uk.nhs.dma.core.assessment.Rescore;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FrameworkPublished;

/**
 * Collects, while the store is read, the published frameworks and the submissions, then judges each submission
 * by the core's {@link Rescore} policy.
 */
final class Rescoring {

    private static final ObjectMapper EVENTS = EventStoreConfiguration.STORED_MESSAGES;

    /** A stored submission and where it is. */
    private record Submission(String aggregateId, long sequence, AssessmentSubmitted event) {
    }

    private final Map<String, FrameworkDefinition> frameworks = new HashMap<>();
    private final List<Submission> submissions = new ArrayList<>();

    void event(String type, byte[] payload, String id, long sequence, List<Failure> failures) {
        try {
            Class<?> event = EventSerializer.NAMES.classOf(type).orElse(null);
            if (event == FrameworkPublished.class) {
                FrameworkDefinition d = EVENTS.readValue(payload, FrameworkPublished.class).definition();
                frameworks.put(d.frameworkId().value(), d);
            } else if (event == AssessmentSubmitted.class) {
                submissions.add(new Submission(id, sequence, EVENTS.readValue(payload, AssessmentSubmitted.class)));
            }
        } catch (IOException | RuntimeException e) {
            failures.add(new Failure(id, sequence, "payload cannot be read as " + type));
        }
    }

    /** The frameworks of the submissions seen whose publication has not been seen. */
    java.util.Set<String> frameworksMissing() {
        java.util.Set<String> missing = new java.util.TreeSet<>();
        submissions.forEach(s -> missing.add(s.event().frameworkId().value()));
        missing.removeAll(frameworks.keySet());
        return missing;
    }

    void finish(List<Failure> failures) {
        for (Submission s : submissions) {
            Rescore.discrepancy(s.event(), frameworks.get(s.event().frameworkId().value()))
                    .ifPresent(reason -> failures.add(new Failure(s.aggregateId(), s.sequence(), reason)));
        }
    }
}
