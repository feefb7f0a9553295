package uk.nhs.dma.api.config;

import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** How far each projection processor has read, against the head of the event store. */
@Component
public class ProjectionStatus {

    public record Processor(String name, long position, boolean caughtUp, boolean replaying) {
    }

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    public ProjectionStatus(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    /** The global position of the newest stored event (-1 for an empty store). */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    public List<Processor> processors() {
        long head = head();
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .map(p -> describe(p, head))
                .sorted(java.util.Comparator.comparing(Processor::name))
                .toList();
    }

    /**
     * Whether every processor has handled the event at the given global position. A processor's token can be
     * past a position while that event is still a gap (a transaction that took a lower position committed
     * later), so the gaps are checked too, on every segment.
     */
    public boolean reached(long position) {
        if (position < 0) {
            return true;
        }
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .allMatch(p -> covers(p.processingStatus(), position));
    }

    private static boolean covers(Map<Integer, EventTrackerStatus> segments, long position) {
        return !segments.isEmpty() && segments.values().stream()
                .allMatch(segment -> covers(segment.getTrackingToken(), position));
    }

    static boolean covers(TrackingToken token, long position) {
        TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return current != null && current.position().orElse(-1) >= position;
    }

    private static Processor describe(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long position = segments.isEmpty() ? -1 : segments.values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(-1))
                .min().orElse(-1);
        boolean replaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
        return new Processor(processor.getName(), position, head < 0 || covers(segments, head), replaying);
    }

}
