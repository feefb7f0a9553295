package uk.nhs.dma.api.web;

/** A malformed request parameter or header: 400, with a stable rule name. */
public class BadRequest extends RuntimeException {

    private final String rule;

    public BadRequest(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
