package uk.nhs.dma.api.web;

import java.util.Map;
import uk.nhs.dma.core.common.RuleViolation;
import java.util.List;
import uk.nhs.dma.core.query.PageRequest;

/** List endpoints answer a plain array, or a page object {items, total} when the caller pages. */
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

    public static Object body(List<?> items, long total, Integer limit, Integer offset) {
        if (limit == null && offset == null) {
            return items;
        }
        return Map.of("items", items, "total", total);
    }
}
