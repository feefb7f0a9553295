package uk.nhs.dma.projections.processing;

import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.eventstore.NodeIdentity;

/**
 * Spreads each projection processor's segments over the instances alive on the database. Every claim interval
 * this instance renews its row in {@code node_heartbeat}, counts the instances seen within the claim timeout,
 * and releases, through Axon's {@link StreamingEventProcessor#releaseSegment}, every segment it holds beyond its
 * fair share, ceil(segments / live instances), for an instance holding fewer to claim. An instance that stops
 * cleanly deletes its row, and a killed one's lapses with its claims: the survivors' share grows, and they take
 * its segments as Axon lets them (a killed instance's once its claims are past the claim timeout). Alone, an
 * instance holds every segment.
 */
@Component
public class SegmentBalancer extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final NodeIdentity node;

    public SegmentBalancer(EventProcessingConfiguration processing, JdbcTemplate jdbc, NodeIdentity node,
                           ProjectionSettings settings) {
        super("segment-balancer", Duration.ZERO, settings.claimInterval());
        this.processing = processing;
        this.jdbc = jdbc;
        this.node = node;
    }

    /** How many segments of {@code segments} one of {@code instances} live instances may hold. */
    static int fairShare(int segments, int instances) {
        return instances <= 1 ? segments : (segments + instances - 1) / instances;
    }

    @Override
    void tick() {
        try {
            jdbc.update("insert into node_heartbeat (node_id, seen_at) values (?, now())"
                    + " on conflict (node_id) do update set seen_at = now()", node.id());
            Integer seen = jdbc.queryForObject("select count(*) from node_heartbeat"
                    + " where seen_at > now() - make_interval(secs => ?)", Integer.class,
                    node.claimTimeout().toMillis() / 1000.0);
            int live = Math.max(1, seen == null ? 1 : seen);
            processing.eventProcessors().values().stream()
                    .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                    .filter(StreamingEventProcessor::isRunning)
                    .forEach(processor -> balance(processor, live));
        } catch (DataAccessException e) {
            log.warn("Segments not balanced this time: {}", e.getMostSpecificCause().getMessage());
        }
    }

    private void balance(StreamingEventProcessor processor, int live) {
        Integer segments = jdbc.queryForObject("select count(*) from token_entry where processor_name = ?",
                Integer.class, processor.getName());
        int share = fairShare(segments == null ? 0 : segments, live);
        List<Integer> held = processor.processingStatus().keySet().stream().sorted().toList();
        for (int segment : held.subList(Math.min(share, held.size()), held.size())) {
            log.info("Releasing segment {} of {}: {} live instances share {} segments", segment,
                    processor.getName(), live, segments);
            processor.releaseSegment(segment);
        }
    }

    /** The others count one instance fewer at once, rather than after the claim timeout. */
    @Override
    void stopped() {
        try {
            jdbc.update("delete from node_heartbeat where node_id = ?", node.id());
        } catch (DataAccessException e) {
            log.warn("Heartbeat of {} left to lapse: {}", node.id(), e.getMostSpecificCause().getMessage());
        }
    }
}
