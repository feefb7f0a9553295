package uk.nhs.dma.api.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import uk.nhs.dma.core.query.PageRequest;

/**
 * A list endpoint's answer: a plain array of the page's items, or, when the caller pages (limit or offset), the
 * page object {items, total} itself. {@code P} is that page record; the contract shows both shapes.
 */
public final class Listing<P extends Record> {

    private final Object body;

    private Listing(Object body) {
        this.body = body;
    }

    public static <P extends Record> Listing<P> of(P page, List<?> items, Integer limit, Integer offset) {
        return new Listing<>(limit == null && offset == null ? items : page);
    }

    /** The page asked for: everything when neither {@code limit} nor {@code offset} is given, else 100 from 0. */
    public static PageRequest requested(Integer limit, Integer offset) {
        if (limit == null && offset == null) {
            return PageRequest.all();
        }
        return PageRequest.of(limit == null ? 100 : limit, offset == null ? 0 : offset);
    }

    @JsonValue
    public Object body() {
        return body;
    }
}
