package uk.nhs.dma.web.port;

/** Someone else changed the record since the page was rendered at the version it carried. */
public class StaleVersion extends RuntimeException {

    public StaleVersion(String message) {
        super(message);
    }
}
