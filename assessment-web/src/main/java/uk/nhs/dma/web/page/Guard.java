package uk.nhs.dma.web.page;

import org.springframework.stereotype.Component;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.web.port.People;

/**
 * The assessment a page is about, and what the person may do with it, for the page to offer (links, buttons). Who
 * may open the page at all is its handler's {@code @PreAuthorize} rule ({@link uk.nhs.dma.web.port.PageRules}).
 */
@Component
public class Guard {

    private final Reads reads;
    private final People people;

    public Guard(Reads reads, People people) {
        this.reads = reads;
        this.people = people;
    }

    /** The assessment (the handler's rule has let the person read it). */
    public AssessmentView assessment(String id) {
        return reads.assessment(id);
    }

    public boolean may(String role, String odsCode) {
        return people.may(role, odsCode);
    }
}
