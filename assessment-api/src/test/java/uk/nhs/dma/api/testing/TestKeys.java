package uk.nhs.dma.api.testing;

/**
 * A development Ed25519 key pair for signing audit checkpoints in tests only (generated with
 * {@code openssl genpkey -algorithm ed25519}); never use it anywhere else.
 */
public final class TestKeys {

    public static final String PRIVATE_KEY = "MC4CAQAwBQYDK2VwBCIEIAaDqEwLwo1H+3a91taX7ovcXlnxkZlLmJXj4vQbOWV/";
    public static final String PUBLIC_KEY = "MCowBQYDK2VwAyEAMQCt+jE7fADh5+qfLeTLlGO1iS8hZRi+X5hViDqGXhI=";
    public static final String PRIVATE_PROPERTY = "assessment.audit.checkpoint-key=" + PRIVATE_KEY;
    public static final String PUBLIC_PROPERTY = "assessment.audit.checkpoint-public-key=" + PUBLIC_KEY;

    private TestKeys() {
    }
}
