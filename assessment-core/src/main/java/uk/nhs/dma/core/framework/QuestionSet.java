package uk.nhs.dma.core.framework;

import java.util.List;
import uk.nhs.dma.core.organisation.OrganisationType;

/** The questions one or more organisation types answer, by id (a question may sit in several sets). */
public record QuestionSet(List<OrganisationType> organisationTypes, List<String> questionIds) {
}
