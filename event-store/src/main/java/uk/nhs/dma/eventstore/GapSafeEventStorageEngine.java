package uk.nhs.dma.eventstore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC engine, with gaps never dropped by age.
 * <p>
 * A gap is a global position taken by a transaction that has not committed yet. Axon records no gap below an
 * event that is older than the gap timeout when it is read, and drops gaps older than the timeout once a token
 * holds more than the cleaning threshold of them. An event's time says when its
 * command ran, not whether a lower position is still in flight: a transaction held open past the timeout (a
 * slow commit, an instance paused by the garbage collector) would have its events skipped for good. Here the
 * cleaning threshold is out of reach (see {@link EventStoreConfiguration}) and the first token records its gaps
 * whatever their age; gaps go only by position, once {@code maxGapOffset} later events are stored.
 */
final class GapSafeEventStorageEngine extends JdbcEventStorageEngine {

    /** Where the event table's bigserial starts. */
    private static final long FIRST_POSITION = 1;

    private final int maxGapOffset;

    GapSafeEventStorageEngine(Builder builder, int maxGapOffset) {
        super(builder.maxGapOffset(maxGapOffset));
        this.maxGapOffset = maxGapOffset;
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        TrackedEventData<?> read = super.getTrackedEventData(resultSet, previousToken);
        long position = resultSet.getLong(schema().globalIndexColumn());
        GapAwareTrackingToken token = previousToken != null ? previousToken.advanceTo(position, maxGapOffset)
                : GapAwareTrackingToken.newInstance(position, LongStream
                        .range(Math.max(FIRST_POSITION, position - maxGapOffset), position)
                        .boxed().collect(Collectors.toCollection(TreeSet::new)));
        return new TrackedDomainEventData<>(token, (DomainEventData<?>) read);
    }
}
