package uk.nhs.dma.web.page;

/** The page is outside the signed-in person's roles or scope: a 403 page. */
public class PageForbidden extends RuntimeException {

    public PageForbidden(String message) {
        super(message);
    }
}
