package uk.nhs.dma.api.web;

/** ETags are the aggregate's version, the sequence number of its latest event, as a strong tag: "3". */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
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
}
