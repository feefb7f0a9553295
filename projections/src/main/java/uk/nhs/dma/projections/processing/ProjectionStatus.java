package uk.nhs.dma.projections.processing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.eventstore.EventTable;

/**
 * How far each projection processor has read, against the head of the event store, over every segment whoever
 * claims it: with several instances on one database each holds only some segments, and all of them must answer
 * alike. A segment this instance processes is read from its processor (its status advances once a batch has
 * committed, and also over events none of its handlers take); any other from its token in {@code token_entry},
 * which that instance stores with each batch and at least every {@code token-store-interval}.
 */
@Component
public class ProjectionStatus {

    public record Processor(String name, long position, boolean caughtUp, boolean replaying) {
    }

    /** One segment's token as stored (null before its first batch), and the instance that claims it. */
    record Segment(String processor, int segment, TrackingToken token, String owner) {
    }

    private final EventProcessingConfiguration processing;
    private final EventTable events;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public ProjectionStatus(EventProcessingConfiguration processing, EventTable events, JdbcTemplate jdbc,
                            Serializer serializer) {
        this.processing = processing;
        this.events = events;
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The global position of the newest stored event (-1 for an empty store). */
    public long head() {
        return events.head();
    }

    public List<Processor> processors() {
        long head = head();
        Map<String, List<Segment>> segments = segments();
        return names().stream()
                .map(name -> describe(name, segments.getOrDefault(name, List.of()), head))
                .sorted(Comparator.comparing(Processor::name))
                .toList();
    }

    /** Whether some projection processor is rebuilding its read model (see {@link #replaying(TrackingToken)}). */
    public boolean anyReplaying() {
        return segments().values().stream().flatMap(List::stream).anyMatch(s -> replaying(s.token()));
    }

    /**
     * Whether every projection processor has committed the read-model changes of every stored event up to the
     * given global position. A segment's token is stored in the transaction of its batch. A token can be
     * past a position while an event below it is still a gap (its transaction took a lower position and
     * committed later): such a gap counts only if that event is stored by now.
     */
    public boolean reached(long position) {
        if (position < 0) {
            return true;
        }
        Map<String, List<Segment>> all = segments();
        Set<Long> gaps = new TreeSet<>();
        for (String name : names()) {
            List<Segment> segments = all.getOrDefault(name, List.of());
            if (segments.isEmpty()) {
                return false;
            }
            for (Segment segment : segments) {
                TrackingToken current = segment.token() == null ? null
                        : WrappedToken.unwrapLowerBound(segment.token());
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

    /** The instance that claims each segment of each processor (null: unclaimed), as {@code token_entry} says. */
    public Map<String, Map<Integer, String>> owners() {
        Map<String, Map<Integer, String>> owners = new TreeMap<>();
        segments().forEach((name, segments) -> segments.forEach(s ->
                owners.computeIfAbsent(name, n -> new TreeMap<>()).put(s.segment(), s.owner())));
        return owners;
    }

    /** The projection processors this service runs (every instance runs the same ones). */
    public List<String> names() {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(p -> p.getName()).sorted().toList();
    }

    private Map<String, List<Segment>> segments() {
        Map<String, Map<Integer, EventTrackerStatus>> local = new HashMap<>();
        processing.eventProcessors().values().stream().filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .forEach(p -> local.put(p.getName(), p.processingStatus()));
        Map<String, List<Segment>> segments = new HashMap<>();
        jdbc.query("select processor_name, segment, token, token_type, owner from token_entry", rs -> {
            String name = rs.getString(1);
            int segment = rs.getInt(2);
            EventTrackerStatus here = local.getOrDefault(name, Map.of()).get(segment);
            TrackingToken token;
            if (here != null && !here.isErrorState()) {
                token = here.getTrackingToken();
            } else {
                byte[] bytes = rs.getBytes(3);
                String type = rs.getString(4);
                token = bytes == null || type == null ? null
                        : serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
            }
            segments.computeIfAbsent(name, n -> new ArrayList<>()).add(new Segment(name, segment, token,
                    rs.getString(5)));
        });
        return segments;
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

    static boolean covers(TrackingToken token, long position) {
        TrackingToken current = token == null ? null : WrappedToken.unwrapLowerBound(token);
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= position && !gapAware.getGaps().contains(position);
        }
        return current != null && current.position().orElse(-1) >= position;
    }

    private static Processor describe(String name, List<Segment> segments, long head) {
        long position = segments.isEmpty() ? -1 : segments.stream()
                .mapToLong(s -> s.token() == null ? -1 : s.token().position().orElse(-1))
                .min().orElse(-1);
        boolean caughtUp = head < 0 || !segments.isEmpty() && segments.stream()
                .allMatch(segment -> covers(segment.token(), head));
        boolean replaying = segments.stream().anyMatch(segment -> replaying(segment.token()));
        return new Processor(name, position, caughtUp, replaying);
    }
}
