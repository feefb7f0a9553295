package uk.nhs.dma.web.page;

/** The page asked for does not exist (an unknown assessment, organisation or measure): a 404 page. */
public class PageNotFound extends RuntimeException {

    public PageNotFound(String message) {
        super(message);
    }
}
