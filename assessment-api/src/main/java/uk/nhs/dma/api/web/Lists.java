package uk.nhs.dma.api.web;

import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.query.PageRequest;

/** The page a list endpoint is asked for ({@link Listing} is its answer). */
public final class Lists {

    private Lists() {
    }

    public static PageRequest request(Integer limit, Integer offset) {
        if (limit == null && offset == null) {
            return PageRequest.all();
        }
        try {
            return PageRequest.of(limit == null ? 100 : limit, offset == null ? 0 : offset);
        } catch (RuleViolation e) {
            throw new BadRequest("invalid-parameter", e.getMessage());
        }
    }
}
