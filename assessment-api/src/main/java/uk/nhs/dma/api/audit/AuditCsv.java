package uk.nhs.dma.api.audit;

import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.nhs.dma.api.web.CsvTable;
import uk.nhs.dma.eventstore.audit.Checkpoint;
import uk.nhs.dma.eventstore.audit.CheckpointExport;
import uk.nhs.dma.eventstore.audit.EventHash;

/** Audit streams and checkpoints as CSV: an event, or a checkpoint, per row. */
@Configuration(proxyBeanMethods = false)
class AuditCsv {

    /** Of an event's metadata, who and which request, and the hash chain; the payload as its JSON. */
    @Bean
    CsvTable<AuditLog.Stream> streamTable() {
        return new CsvTable<>(AuditLog.Stream.class, AuditLog.Stream::events, List.of("sequence", "globalPosition",
                "eventType", "recordedAt", "user", "correlationId", EventHash.HASH, EventHash.PREVIOUS_HASH, "payload"))
                .withInstantText("recordedAt");
    }

    @Bean
    CsvTable<CheckpointExport> checkpointTable() {
        return CsvTable.of(CheckpointExport.class, CheckpointExport::checkpoints, Checkpoint.class, Map.of())
                .withInstantText("createdAt");
    }
}
