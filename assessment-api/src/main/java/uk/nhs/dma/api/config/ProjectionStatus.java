package uk.nhs.dma.api.config;

import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
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

    /** Whether every processor has handled every event up to the given global position. */
    public boolean reached(long position) {
        return processors().stream().allMatch(p -> p.position() >= position);
    }

    private static Processor describe(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long position = segments.isEmpty() ? -1 : segments.values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(p -> p.orElse(-1))
                .min().orElse(-1);
        boolean replaying = segments.values().stream().anyMatch(EventTrackerStatus::isReplaying);
        return new Processor(processor.getName(), position, !segments.isEmpty() && position >= head, replaying);
    }

}
