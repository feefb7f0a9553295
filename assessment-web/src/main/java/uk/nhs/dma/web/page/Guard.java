package uk.nhs.dma.web.page;

import org.springframework.stereotype.Component;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.web.port.People;

/** The scope checks of the assessment pages: the API's rules, asked through {@link People}. */
@Component
public class Guard {

    private final Reads reads;
    private final People people;

    public Guard(Reads reads, People people) {
        this.reads = reads;
        this.people = people;
    }

    /** The assessment, if the person may read its organisation. */
    public AssessmentView readable(String id) {
        String ods = Reads.assessmentId(id).odsCode().value();
        if (!people.mayRead(ods)) {
            throw new PageForbidden("The assessments of " + ods + " are outside your scope.");
        }
        return reads.assessment(id);
    }

    /** The assessment, if the person holds the role for its organisation. */
    public AssessmentView actingAs(String role, String id) {
        AssessmentView view = readable(id);
        if (!people.may(role, view.odsCode())) {
            throw new PageForbidden("Only " + (role.equals("APPROVER") ? "an approver" : "a submitter") + " of "
                    + view.odsCode() + " may do this.");
        }
        return view;
    }

    public boolean may(String role, String odsCode) {
        return people.may(role, odsCode);
    }
}
