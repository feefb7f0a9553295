package uk.nhs.dma.web.port;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The audit stream, its verification and the progress changes, read exactly as the API's audit endpoints read them. */
public interface AuditTrail {

    record Event(long sequence, long globalPosition, String eventType, String recordedAt, String user,
                 String correlationId, Map<String, Object> payload) {
    }

    record Stream(String aggregateId, String aggregateType, List<Event> events) {
    }

    record Failure(String aggregateId, Long sequence, String reason) {
    }

    record Verification(boolean ok, int streams, long events, List<Failure> failures) {
    }

    record Figure(Instant knownAt, int numerator, int denominator, BigDecimal percent) {
    }

    record Side(boolean inPopulation, boolean counted, boolean unknown) {
    }

    record EventRef(String aggregateId, long sequence, String eventType, String recordedAt, String user) {
    }

    record Change(String odsCode, Side before, Side after, List<EventRef> events) {
    }

    record Changes(String targetId, LocalDate asOf, String scope, Figure from, Figure to, List<Change> organisations,
                   List<EventRef> targetEvents) {
    }

    Optional<Stream> stream(String aggregateId);

    Verification verify();

    /** The failures of one stream's verification (its chain, head and rescored submissions), reading that stream. */
    List<Failure> verify(String aggregateId);

    /** The figure of a target on {@code asOf} as known at {@code from} and at {@code to}; refuses like the API. */
    Changes changes(String targetId, LocalDate asOf, String scope, Instant from, Instant to);
}
