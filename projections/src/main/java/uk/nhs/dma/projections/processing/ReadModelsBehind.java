package uk.nhs.dma.projections.processing;

/**
 * A command that reads the read models first (a start copying last year forward) found them still short of the
 * store's head after waiting: nothing was sent, and the caller may retry shortly (503 {@code projections-behind}).
 */
public class ReadModelsBehind extends RuntimeException {

    public ReadModelsBehind(long position) {
        super("The read models have not yet reached position " + position + "; nothing was stored, retry shortly.");
    }
}
