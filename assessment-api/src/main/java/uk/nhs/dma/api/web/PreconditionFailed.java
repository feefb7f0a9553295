package uk.nhs.dma.api.web;

/** An If-Match header that cannot match the resource: 412. */
public class PreconditionFailed extends RuntimeException {

    public PreconditionFailed(String message) {
        super(message);
    }
}
