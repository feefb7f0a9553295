package uk.nhs.dma.api.config;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.stereotype.Component;

/** How far each projection processor has read, against the head of the event store. */
@Component
public class ProjectionStatus {

    public record Processor(String name, long position, boolean caughtUp, boolean replaying) {
    }

    private final EventProcessingConfiguration processing;
    private final EventTable events;

    public ProjectionStatus(EventProcessingConfiguration processing, EventTable events) {
        this.processing = processing;
        this.events = events;
    }

    /** The global position of the newest stored event (-1 for an empty store). */
    public long head() {
        return events.head();
    }

    public List<Processor> processors() {
        long head = head();
        return streaming().stream()
                .map(p -> describe(p, head))
                .sorted(Comparator.comparing(Processor::name))
                .toList();
    }

    /** Whether some projection processor is rebuilding its read model (see {@link #replaying(TrackingToken)}). */
    public boolean anyReplaying() {
        return streaming().stream().anyMatch(p -> p.processingStatus().values().stream()
                .anyMatch(segment -> replaying(segment.getTrackingToken())));
    }

    /**
     * Whether every projection processor has committed the read-model changes of every stored event up to the
     * given global position. Each segment's status advances only after its batch has committed. A token can be
     * past a position while an event below it is still a gap (its transaction took a lower position and
     * committed later): such a gap counts only if that event is stored by now.
     */
    public boolean reached(long position) {
        if (position < 0) {
            return true;
        }
        Set<Long> gaps = new TreeSet<>();
        for (StreamingEventProcessor processor : streaming()) {
            Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
            if (segments.isEmpty()) {
                return false;
            }
            for (EventTrackerStatus segment : segments.values()) {
                TrackingToken token = segment.getTrackingToken();
                TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
                if (current == null || current.position().orElse(-1) < position) {
                    return false;
                }
                if (current instanceof GapAwareTrackingToken gapAware) {
                    gapAware.getGaps().stream().filter(g -> g <= position).forEach(gaps::add);
                }
            }
        }
        return !events.anyStoredAt(gaps);
    }

    /**
     * A token is replaying while it is a ReplayToken whose current position is short of the position the
     * processor had reached when it was reset. Axon keeps the ReplayToken until an event beyond that position
     * arrives, which on a quiet store may be never; the replay itself is over once that position is reached.
     */
    static boolean replaying(TrackingToken token) {
        Optional<ReplayToken> replay = token == null ? Optional.empty() : WrappedToken.unwrap(token, ReplayToken.class);
        if (replay.isEmpty()) {
            return false;
        }
        OptionalLong atReset = ReplayToken.getTokenAtReset(token);
        TrackingToken current = replay.get().getCurrentToken();
        long position = current == null ? -1 : current.position().orElse(-1);
        return atReset.isEmpty() || position < atReset.getAsLong();
    }

    private List<StreamingEventProcessor> streaming() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .toList();
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
        boolean caughtUp = head < 0 || !segments.isEmpty() && segments.values().stream()
                .allMatch(segment -> covers(segment.getTrackingToken(), head));
        boolean replaying = segments.values().stream().anyMatch(segment -> replaying(segment.getTrackingToken()));
        return new Processor(processor.getName(), position, caughtUp, replaying);
    }
}
