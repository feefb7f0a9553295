package uk.nhs.dma.api.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.dma.api.web.Csv;
import uk.nhs.dma.api.web.NotFound;

/** What auditors read: any stream with who did what and when, and the verification of the whole log. */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

    private final AuditLog log;
    private final Verification verification;

    public AuditController(AuditLog log, Verification verification) {
        this.log = log;
        this.verification = verification;
    }

    @GetMapping("/streams/{aggregateId}")
    public ResponseEntity<?> stream(@PathVariable String aggregateId,
                                    @org.springframework.web.bind.annotation.RequestParam(required = false) String format,
                                    @RequestHeader(name = "Accept", required = false) String accept) {
        boolean csv = Csv.wanted(accept, format);
        AuditLog.Stream stream = log.stream(aggregateId)
                .orElseThrow(() -> new NotFound("No event stream '" + aggregateId + "' exists."));
        if (!csv) {
            return ResponseEntity.ok(stream);
        }
        List<List<?>> rows = new ArrayList<>();
        for (AuditLog.StoredEvent e : stream.events()) {
            rows.add(List.of(e.sequence(), e.globalPosition(), e.eventType(), e.recordedAt(),
                    value(e.metadata().get("user")), value(e.metadata().get("correlationId")),
                    value(e.metadata().get(EventHash.HASH)), value(e.metadata().get(EventHash.PREVIOUS_HASH)),
                    e.payload().toString()));
        }
        return Csv.response(aggregateId + "-events.csv", List.of("sequence", "globalPosition", "eventType",
                "recordedAt", "user", "correlationId", "hash", "previousHash", "payload"), rows);
    }

    @GetMapping("/verification")
    public Verification.Report verify() {
        return verification.verify();
    }

    private static Object value(Object value) {
        return value == null ? "" : value;
    }
}
