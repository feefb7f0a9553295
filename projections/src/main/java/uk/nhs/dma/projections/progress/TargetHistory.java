package uk.nhs.dma.projections.progress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.target.Metric;
import uk.nhs.dma.core.target.Milestone;
import uk.nhs.dma.core.target.TargetDefined;
import uk.nhs.dma.core.target.TargetRevised;

/** A target's definition and its revisions; which version was in force on any date. */
public record TargetHistory(TargetDefined definition, List<TargetRevised> revisions) {

    /** The rule in force: what is counted, among whom, and the milestones. */
    public record InForce(Metric metric, List<OrganisationType> population, List<EprStatus> countedEprStatuses,
                          List<Milestone> milestones, int revision) {
    }

    /** The latest revision effective on or before the date, or the original definition. */
    public InForce inForceOn(LocalDate date) {
        return revisions.stream()
                .filter(r -> !r.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(TargetRevised::effectiveFrom))
                .map(r -> new InForce(definition.metric(), definition.population(), r.countedEprStatuses(),
                        r.milestones(), r.revision()))
                .orElseGet(() -> new InForce(definition.metric(), definition.population(),
                        definition.countedEprStatuses(), definition.milestones(), 0));
    }
}
