package uk.nhs.dma.core.query;

import uk.nhs.dma.core.common.Require;

/** Which slice of a list to return. */
public record PageRequest(int limit, int offset) {

    public static final int MAX_LIMIT = 1000;

    /** A page a caller asked for: 1 to 1000 items from a non-negative offset. */
    public static PageRequest of(int limit, int offset) {
        Require.that(limit >= 1 && limit <= MAX_LIMIT, "limit", "limit must be between 1 and " + MAX_LIMIT);
        Require.that(offset >= 0, "offset", "offset must not be negative");
        return new PageRequest(limit, offset);
    }

    /** The whole list, for callers that do not page. */
    public static PageRequest all() {
        return new PageRequest(Integer.MAX_VALUE, 0);
    }
}
