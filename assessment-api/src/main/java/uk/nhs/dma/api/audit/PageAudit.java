package uk.nhs.dma.api.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.nhs.dma.api.security.Access;
import uk.nhs.dma.api.security.Grants;
import uk.nhs.dma.api.security.Callers;
import uk.nhs.dma.api.security.Role;
import tools.jackson.databind.JsonNode;
import uk.nhs.dma.api.web.BadRequest;
import uk.nhs.dma.api.web.NotFound;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.web.port.AuditTrail;
import uk.nhs.dma.eventstore.audit.StreamVerification;
import uk.nhs.dma.eventstore.audit.Verification;

/** The audit pages read through the API's own {@link AuditLog}, {@link Verification} and progress changes. */
@Component
public class PageAudit implements AuditTrail {

    private final AuditLog log;
    private final uk.nhs.dma.eventstore.audit.Verification verification;
    private final ProgressChangesController changes;
    private final StreamVerification streamVerification;

    private final Callers callers;
    private final HttpServletRequest request;

    public PageAudit(AuditLog log, uk.nhs.dma.eventstore.audit.Verification verification, ProgressChangesController changes,
                     StreamVerification streamVerification, Callers callers, HttpServletRequest request) {
        this.streamVerification = streamVerification;
        this.callers = callers;
        this.request = request;
        this.log = log;
        this.verification = verification;
        this.changes = changes;
    }

    @Override
    public Optional<Stream> stream(String aggregateId) {
        return log.stream(aggregateId, -1, AuditLog.MAX_LIMIT).map(s -> new Stream(s.aggregateId(), s.aggregateType(), s.events().stream()
                .map(e -> new Event(e.sequence(), e.globalPosition(), e.eventType(), e.recordedAt(),
                        text(e.metadata().get("user")), text(e.metadata().get("correlationId")), payload(e.payload())))
                .toList()));
    }

    @Override
    public Verification verify() {
        Optional<uk.nhs.dma.eventstore.audit.Verification.Report> ran = verification.verify(List.of());
        if (ran.isEmpty()) {
            return new Verification(false, 0, 0, List.of(new Failure("", null, "Another verification is running;"
                    + " try again in " + verification.retryAfterSeconds() + " seconds.")));
        }
        uk.nhs.dma.eventstore.audit.Verification.Report report = ran.get();
        return new Verification(report.ok(), report.streams(), report.events(), report.failures().stream()
                .map(f -> new Failure(f.aggregateId(), f.sequence(), f.reason())).toList());
    }

    @Override
    public List<Failure> verify(String aggregateId) {
        return streamVerification.verify(aggregateId).stream()
                .map(f -> new Failure(f.aggregateId(), f.sequence(), f.reason())).toList();
    }

    @Override
    public Changes changes(String targetId, LocalDate asOf, String scope, Instant from, Instant to) {
        ProgressChangesController.Changes c;
        try {
            c = asEndpoint(Grants.AUDIT,
                    () -> changes.changes(targetId, asOf, scope, from, to));
        } catch (BadRequest e) {
            throw RuleViolation.invalid("invalid-scope".equals(e.rule()) ? "scope" : "from", e.getMessage());
        } catch (NotFound e) {
            throw RuleViolation.unknown(e.getMessage().contains("target") ? "target" : "scope", e.getMessage());
        }
        return new Changes(c.targetId(), c.asOf(), c.scope().toString(), figure(c.from()), figure(c.to()),
                c.organisations().stream().map(o -> new Change(o.odsCode(), side(o.before()), side(o.after()),
                        refs(o.events()))).toList(), refs(c.targetEvents()));
    }

    private static Figure figure(ProgressChangesController.Figure f) {
        return new Figure(f.knownAt(), f.numerator(), f.denominator(), f.percent());
    }

    private static Side side(ProgressChangesController.Side s) {
        return new Side(s.inPopulation(), s.counted(), s.unknown());
    }

    private static List<EventRef> refs(List<ProgressChangesController.EventRef> events) {
        return events.stream().map(e -> new EventRef(e.aggregateId(), e.sequence(), e.eventType(), e.recordedAt(),
                e.user())).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(JsonNode node) {
        return node.isObject() ? AuditLog.PAYLOADS.convertValue(node, Map.class) : Map.of("text", node.asString());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Grants what the API endpoint would, so {@code Access} decides the page exactly as it decides the API. */
    private <T> T asEndpoint(Set<Role> roles, java.util.function.Supplier<T> call) {
        Set<Role> granted = EnumSet.noneOf(Role.class);
        callers.current().roles().stream().filter(roles::contains).forEach(granted::add);
        Object before = request.getAttribute(Access.GRANTED);
        request.setAttribute(Access.GRANTED, granted);
        try {
            return call.get();
        } finally {
            request.setAttribute(Access.GRANTED, before);
        }
    }
}
