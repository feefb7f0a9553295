package uk.nhs.dma.api.web;

/** The addressed resource does not exist: 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
