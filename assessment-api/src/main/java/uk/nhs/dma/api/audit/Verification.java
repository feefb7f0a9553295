package uk.nhs.dma.api.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.dma.api.config.EventStoreConfiguration;
import uk.nhs.dma.core.assessment.AssessmentSubmitted;
import uk.nhs.dma.core.assessment.Capability;
import uk.nhs.dma.core.assessment.Scores;
import uk.nhs.dma.core.assessment.Scoring;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FrameworkPublished;

/**
 * Proves the log untampered, or says where it is not: recomputes every stream's hash chain from the stored
 * bytes, checks each stream is complete from sequence 0 up to its recorded head, and recomputes every submitted
 * assessment's scores and verdicts from its raw answers with its framework's rule.
 */
@Component
public class Verification {

    public record Failure(String aggregateId, Long sequence, String reason) {
    }

    public record Report(boolean ok, int streams, long events, List<Failure> failures) {
    }

    private static final ObjectMapper EVENTS = EventStoreConfiguration.eventObjectMapper();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    public Verification(JdbcTemplate shared, TransactionTemplate transactions) {
        // A template of its own: PostgreSQL streams rows only with a fetch size, inside a transaction.
        this.jdbc = new JdbcTemplate(Objects.requireNonNull(shared.getDataSource()));
        this.jdbc.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
        this.readOnly.setReadOnly(true);
    }

    public Report verify() {
        return readOnly.execute(status -> run());
    }

    private Report run() {
        Map<String, long[]> headSequences = new HashMap<>();
        Map<String, String> headHashes = new HashMap<>();
        jdbc.query("select aggregate_identifier, last_sequence, last_hash from audit_stream_head", rs -> {
            headSequences.put(rs.getString(1), new long[] {rs.getLong(2)});
            headHashes.put(rs.getString(1), rs.getString(3));
        });
        List<Failure> failures = new ArrayList<>();
        Map<String, FrameworkDefinition> frameworks = new HashMap<>();
        List<Object[]> submissions = new ArrayList<>();
        long[] events = {0};
        String[] current = {null};
        long[] expected = {0};
        String[] previousHash = {EventHash.GENESIS};
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        jdbc.query("""
                select aggregate_identifier, sequence_number, payload_type, payload, meta_data
                from domain_event_entry order by aggregate_identifier, sequence_number""", rs -> {
            String id = rs.getString(1);
            long sequence = rs.getLong(2);
            String type = rs.getString(3);
            byte[] payload = rs.getBytes(4);
            Map<String, Object> metadata = readableMetadata(rs.getBytes(5));
            events[0]++;
            if (!id.equals(current[0])) {
                if (current[0] != null) {
                    checkHead(current[0], expected[0] - 1, previousHash[0], headSequences, headHashes, failures);
                }
                current[0] = id;
                seen.add(id);
                expected[0] = 0;
                previousHash[0] = EventHash.GENESIS;
            }
            if (sequence != expected[0]) {
                failures.add(new Failure(id, expected[0], "events " + expected[0] + " to " + (sequence - 1)
                        + " are missing"));
            }
            String recorded = (String) metadata.get(EventHash.HASH);
            String recordedPrevious = (String) metadata.get(EventHash.PREVIOUS_HASH);
            String recomputed = hashOrNull(previousHash[0], id, sequence, type, payload);
            if (recomputed == null) {
                failures.add(new Failure(id, sequence, "the payload is not readable JSON"));
            } else if (recordedPrevious == null || !recordedPrevious.equals(previousHash[0])) {
                failures.add(new Failure(id, sequence, "previousHash does not match the hash of the event before it"));
            } else if (!recomputed.equals(recorded)) {
                failures.add(new Failure(id, sequence, "hash does not match the stored event"));
            }
            previousHash[0] = recorded == null ? recomputed : recorded;
            expected[0] = sequence + 1;
            collect(type, payload, frameworks, submissions, id, sequence, failures);
        });
        if (current[0] != null) {
            checkHead(current[0], expected[0] - 1, previousHash[0], headSequences, headHashes, failures);
        }
        headSequences.keySet().stream().filter(id -> !seen.contains(id)).sorted()
                .forEach(id -> failures.add(new Failure(id, null, "every event of this stream is missing")));
        for (Object[] s : submissions) {
            rescore((String) s[0], (Long) s[1], (AssessmentSubmitted) s[2], frameworks, failures);
        }
        return new Report(failures.isEmpty(), seen.size(), events[0], failures);
    }

    private static Map<String, Object> readableMetadata(byte[] bytes) {
        try {
            return AuditLog.metadata(bytes);
        } catch (RuntimeException unreadable) {
            return Map.of();
        }
    }

    private static String hashOrNull(String previous, String id, long sequence, String type, byte[] payload) {
        try {
            return EventHash.of(previous, id, sequence, type, payload);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static void checkHead(String id, long lastSequence, String lastHash, Map<String, long[]> headSequences,
                                  Map<String, String> headHashes, List<Failure> failures) {
        long[] head = headSequences.get(id);
        if (head == null) {
            failures.add(new Failure(id, lastSequence, "the stream has no recorded head"));
        } else if (head[0] > lastSequence) {
            failures.add(new Failure(id, lastSequence + 1, "events " + (lastSequence + 1) + " to " + head[0]
                    + " are missing from the end of the stream"));
        } else if (head[0] < lastSequence) {
            failures.add(new Failure(id, head[0] + 1, "events " + (head[0] + 1) + " to " + lastSequence
                    + " lie beyond the recorded head of the stream"));
        } else if (!headHashes.get(id).equals(lastHash)) {
            failures.add(new Failure(id, lastSequence, "the last event does not match the recorded head"));
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
