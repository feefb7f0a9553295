package uk.nhs.dma.api.tokens;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An API token as the admin sees it: never the token itself (only its SHA-256 hash is stored), but its owner,
 * roles and scopes (as in the users file), expiry, and when it was created, revoked and last used (to the minute).
 */
public record ApiToken(UUID id, String owner, List<String> roles, List<String> odsCodes, List<String> regionCodes,
                       Instant expiresAt, Instant createdAt, String createdBy, Instant revokedAt, String revokedBy,
                       Instant lastUsedAt) {

    /** The answer to a creation: the token, shown this once, and what it allows. */
    public record Created(UUID id, String token, String owner, List<String> roles, List<String> odsCodes,
                          List<String> regionCodes, Instant expiresAt, Instant createdAt, String createdBy) {
    }

    /** What an admin asks for; {@code expiresAt} defaults to the configured lifetime from now. */
    public record Request(String owner, List<String> roles, List<String> odsCodes, List<String> regionCodes,
                          Instant expiresAt) {
    }
}
