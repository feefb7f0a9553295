package uk.nhs.dma.api.tokens;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** New tokens (256 random bits, with a recognisable prefix) and the SHA-256 hash that is all the store keeps. */
final class TokenHashes {

    /** Tells an API token from a JWT or the metrics scrape token at a glance. */
    static final String PREFIX = "dma_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenHashes() {
    }

    static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static boolean looksLikeToken(String bearer) {
        return bearer != null && bearer.startsWith(PREFIX);
    }
}
