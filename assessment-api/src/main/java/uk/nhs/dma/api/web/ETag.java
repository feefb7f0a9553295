package uk.nhs.dma.api.web;

/**
 * An aggregate's version as an HTTP entity tag: the sequence number of its latest event, as a strong tag ("3").
 * {@link #expected} reads the version an If-Match header demands.
 */
public record ETag(long version) {

    /** How an answer's ETag header is described in the contract. */
    public static final String OF_VIEW = "The aggregate's version, quoted; send it as If-Match";

    public static ETag of(long version) {
        return new ETag(version);
    }

    /**
     * The version an If-Match header demands, or null when there is none (or it is "*"). A header that cannot
     * name one of our versions can never match, so it fails the precondition.
     */
    public static Long expected(String ifMatch, String aggregateId) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new PreconditionFailed("If-Match '" + ifMatch + "' does not name a version of " + aggregateId + ".");
        }
    }

    /** The header value: the version in double quotes. */
    @Override
    public String toString() {
        return "\"" + version + "\"";
    }
}
