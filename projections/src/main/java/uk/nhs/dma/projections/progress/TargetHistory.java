package uk.nhs.dma.projections.progress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.core.progress.TargetCounting;
import uk.nhs.dma.core.target.Metric;
import uk.nhs.dma.core.target.Milestone;
import uk.nhs.dma.core.target.Observation;
import uk.nhs.dma.core.target.TargetDefined;
import uk.nhs.dma.core.target.TargetRevised;
import uk.nhs.dma.core.target.TargetRules;

/**
 * A target's definition, its revisions and (REPORTED) its observations; which version was in force on any date.
 * A capability and its counted statuses are the definition's: a revision keeps them.
 */
public record TargetHistory(TargetDefined definition, List<TargetRevised> revisions, List<Observation> observations) {

    public TargetHistory(TargetDefined definition, List<TargetRevised> revisions) {
        this(definition, revisions, List.of());
    }

    /** The latest observation on or before the date, if any: reported figures are never interpolated. */
    public java.util.Optional<Observation> observedBy(LocalDate date) {
        return observations.stream().filter(o -> !o.observedOn().isAfter(date))
                .max(Comparator.comparing(Observation::observedOn));
    }

    /** The rule in force: what is counted, among whom, and the milestones. */
    public record InForce(Metric metric, List<OrganisationType> population, List<EprStatus> countedEprStatuses,
                          List<AssessmentStatus> countedAssessmentStatuses, List<Milestone> milestones, int revision,
                          Capability capability, List<CapabilityStatus> countedCapabilityStatuses) {

        /** Only board-approved revisions count. */
        public boolean approvedOnly() {
            return TargetRules.approvedOnly(countedAssessmentStatuses);
        }

        /** What the rule counts, for {@link TargetCounting}. */
        public TargetCounting.Rule counting() {
            return new TargetCounting.Rule(metric, countedEprStatuses, approvedOnly(), capability,
                    countedCapabilityStatuses);
        }
    }

    /** The latest revision effective on or before the date, or the original definition. */
    public InForce inForceOn(LocalDate date) {
        return revisions.stream()
                .filter(r -> !r.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(TargetRevised::effectiveFrom))
                .map(r -> new InForce(definition.metric(), definition.population(), r.countedEprStatuses(),
                        r.countedAssessmentStatuses(), r.milestones(), r.revision(), definition.capability(),
                        definition.countedCapabilityStatuses()))
                .orElseGet(() -> new InForce(definition.metric(), definition.population(),
                        definition.countedEprStatuses(), definition.countedAssessmentStatuses(),
                        definition.milestones(), 0, definition.capability(), definition.countedCapabilityStatuses()));
    }
}
