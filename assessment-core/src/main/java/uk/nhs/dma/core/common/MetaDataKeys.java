package uk.nhs.dma.core.common;

/** Metadata keys every command and event carries: who asked, under which correlation, and when. */
public final class MetaDataKeys {

    public static final String USER = "user";
    public static final String CORRELATION_ID = "correlationId";
    public static final String REQUESTED_AT = "requestedAt";
    /**
     * On a command only (never copied onto its events): the moment a back-filled command is taken to run at. The
     * domain's clock reads it while the command is handled, wherever that happens.
     */
    public static final String SIMULATED_AT = "simulatedAt";
    /** Used when a message carries no user, for example one sent by a test fixture. */
    public static final String UNKNOWN = "unknown";

    private MetaDataKeys() {
    }

    public static String orUnknown(String user) {
        return user == null || user.isBlank() ? UNKNOWN : user;
    }
}
