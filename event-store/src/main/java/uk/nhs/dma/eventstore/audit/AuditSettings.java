package uk.nhs.dma.eventstore.audit;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code assessment.audit.*}: the checkpoint signing key pair (PEM; blank: no checkpoints) and how often a
 * checkpoint is recorded (see {@link Checkpoints}). Bound as part of the application's settings.
 */
public record AuditSettings(@DefaultValue("") String checkpointKey, @DefaultValue("") String checkpointPublicKey,
                            @NotNull @DefaultValue("1h") Duration checkpointInterval) {
}
