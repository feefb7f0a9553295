package uk.nhs.dma.api.bulk;

import org.springframework.http.HttpStatus;

/** An uploaded file refused whole (unreadable, too large, unknown or missing columns): nothing of it is stored. */
public class ImportRefused extends RuntimeException {

    private final HttpStatus status;
    private final String rule;
    private final String field;

    ImportRefused(HttpStatus status, String rule, String field, String message) {
        super(message);
        this.status = status;
        this.rule = rule;
        this.field = field;
    }

    public HttpStatus status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
