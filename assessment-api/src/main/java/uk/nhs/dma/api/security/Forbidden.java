package uk.nhs.dma.api.security;

/** The caller is authenticated but may not do this, or not here: 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
