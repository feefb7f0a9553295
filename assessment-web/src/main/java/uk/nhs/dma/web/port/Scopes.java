package uk.nhs.dma.web.port;

import java.util.List;
import uk.nhs.dma.core.progress.Scope;

/** Which figures the signed-in person may see, decided by the API's own scope rules for progress and summaries. */
public interface Scopes {

    /** The widest scopes the person may open: NATIONAL, or each of a regional analyst's regions. */
    List<Scope> visible();

    /** Whether an analyst role of the person covers the whole scope. */
    boolean covers(Scope scope);
}
