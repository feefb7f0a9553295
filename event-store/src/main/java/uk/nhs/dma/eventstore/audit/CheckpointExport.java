package uk.nhs.dma.eventstore.audit;

import java.util.List;

/**
 * Every checkpoint with what an auditor needs to check them: the algorithm, the public key and its id (the
 * SHA-256 of the base64 key), and whether this service records checkpoints. POST it back to
 * /api/audit/verification to verify the store against it.
 */
public record CheckpointExport(String algorithm, String keyId, String publicKey, Boolean recording, String status,
                               List<Checkpoint> checkpoints) {
}
