package uk.nhs.dma.eventstore.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.dma.eventstore.audit.Verification.Failure;

/**
 * Verifies one stream as the whole log's {@link Verification} verifies it, reading that stream only (by its
 * index): its hash chain, its completeness against its recorded head, no version 1 event after the store's first
 * version 2 event, and each submission's scores recomputed under its framework (read from the framework's own
 * stream). Checkpoints sign the whole store, so only the whole log's verification checks them. It answers the
 * failures found, each naming this stream; it does not take the whole verification's slot.
 */
@Component
public class StreamVerification {

    private static final String COLUMNS = """
            select global_index, aggregate_identifier, sequence_number, event_identifier, type, payload_type,
                   payload_revision, time_stamp, payload, meta_data
            from domain_event_entry""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    public StreamVerification(JdbcTemplate shared, TransactionTemplate transactions) {
        this.jdbc = new JdbcTemplate(Objects.requireNonNull(shared.getDataSource()));
        this.jdbc.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(Objects.requireNonNull(transactions.getTransactionManager()));
        this.readOnly.setReadOnly(true);
    }

    /** The failures of the stream {@code aggregateId}: none when it verifies. */
    public List<Failure> verify(String aggregateId) {
        return Objects.requireNonNull(readOnly.execute(status -> run(aggregateId)));
    }

    private List<Failure> run(String aggregateId) {
        List<Failure> failures = new ArrayList<>();
        CheckpointCheck none = new CheckpointCheck(List.of(), List.of(), null, failures);
        StreamCheck stream = new StreamCheck(jdbc, none, failures, aggregateId);
        Rescoring rescoring = new Rescoring();
        jdbc.query(COLUMNS + " where aggregate_identifier = ? order by sequence_number", rs -> {
            EventHash.Row row = row(rs);
            stream.event(rs.getLong(1), row);
            rescoring.event(row.eventType(), row.payload(), row.aggregateId(), row.sequence(), failures);
        }, aggregateId);
        long latestV1 = stream.latestV1();
        if (latestV1 >= 0) {
            firstV2Before(latestV1).ifPresent(stream::firstV2);
        }
        stream.finishChains();
        stream.finishHeads();
        Set<String> frameworks = rescoring.frameworksMissing();
        List<Failure> ignored = new ArrayList<>();
        for (String framework : frameworks) {
            jdbc.query(COLUMNS + " where aggregate_identifier = ? order by sequence_number", rs -> {
                EventHash.Row row = row(rs);
                rescoring.event(row.eventType(), row.payload(), row.aggregateId(), row.sequence(), ignored);
            }, framework);
        }
        rescoring.finish(failures);
        return failures;
    }

    /** The first version 2 event stored before {@code position}, read in global order until it is found. */
    private java.util.Optional<Long> firstV2Before(long position) {
        ResultSetExtractor<Long> first = rs -> {
            while (rs.next()) {
                if (version(rs.getBytes(2)) == 2) {
                    return rs.getLong(1);
                }
            }
            return null;
        };
        return java.util.Optional.ofNullable(jdbc.query("select global_index, meta_data from domain_event_entry"
                + " where global_index < ? order by global_index", first, position));
    }

    private static int version(byte[] metadata) {
        try {
            return EventHash.version(StoredMetadata.read(metadata));
        } catch (RuntimeException unreadable) {
            return -1;
        }
    }

    private static EventHash.Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new EventHash.Row(rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(10), rs.getBytes(9));
    }
}
