package uk.nhs.dma.core.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.capability.DeclaredStatus;
import uk.nhs.dma.core.organisation.ProgrammeStatus;
import uk.nhs.dma.core.target.Metric;

/**
 * Whether one organisation of a target's population counts on a date, under the rule in force then:
 * <ul>
 * <li>EPR_LIVE counts an organisation whose latest counted EPR declaration has a counted status and, for LIVE,
 *     went live on or before the date;</li>
 * <li>FOUNDATIONAL counts the latest counted assessment dated on or before the date being foundational, or a
 *     programme status awarded on or before the date;</li>
 * <li>CORE_CAPABILITY counts that assessment being core capable;</li>
 * <li>CAPABILITY counts the named capability's declaration in force on the date (the latest effective on or
 *     before it) having a counted status;</li>
 * <li>REPORTED counts no organisation (its figure is an observation, not a count);</li>
 * <li>an organisation with nothing to judge by does not count and is unknown.</li>
 * </ul>
 */
public final class TargetCounting {

    private TargetCounting() {
    }

    /**
     * What the rule in force counts: the metric, the EPR statuses, whether only approved revisions count, and for
     * CAPABILITY the capability and its counted statuses.
     */
    public record Rule(Metric metric, List<EprStatus> countedEprStatuses, boolean approvedOnly, Capability capability,
                       List<CapabilityStatus> countedCapabilityStatuses) {

        public Rule(Metric metric, List<EprStatus> countedEprStatuses, boolean approvedOnly) {
            this(metric, countedEprStatuses, approvedOnly, null, List.of());
        }
    }

    /**
     * The verdict, and the revision, programme status or capability declaration that decided it (null when none
     * did).
     */
    public record Verdict(boolean counted, boolean unknown, SubmittedRevision revision, ProgrammeStatus programmeStatus,
                          DeclaredStatus declaration) {

        public Verdict(boolean counted, boolean unknown, SubmittedRevision revision, ProgrammeStatus programmeStatus) {
            this(counted, unknown, revision, programmeStatus, null);
        }
    }

    public static Verdict verdict(Rule rule, CountingFacts facts, LocalDate date) {
        return switch (rule.metric()) {
            case EPR_LIVE -> {
                Optional<SubmittedRevision> latest = facts.latest(rule.approvedOnly());
                boolean counted = latest.map(s -> rule.countedEprStatuses().contains(s.eprStatus())
                        && (s.eprStatus() != EprStatus.LIVE || (s.liveSince() != null && !s.liveSince().isAfter(date))))
                        .orElse(false);
                yield new Verdict(counted, latest.isEmpty(), latest.orElse(null), null);
            }
            case FOUNDATIONAL -> {
                Optional<SubmittedRevision> latest = facts.latestAssessedBy(date, rule.approvedOnly());
                Optional<ProgrammeStatus> status = facts.programmeStatusBy(date);
                boolean counted = status.isPresent() || latest.map(SubmittedRevision::foundational).orElse(false);
                yield new Verdict(counted, latest.isEmpty() && status.isEmpty(), latest.orElse(null),
                        status.orElse(null));
            }
            case CORE_CAPABILITY -> {
                Optional<SubmittedRevision> latest = facts.latestAssessedBy(date, rule.approvedOnly());
                yield new Verdict(latest.map(SubmittedRevision::coreCapability).orElse(false), latest.isEmpty(),
                        latest.orElse(null), null);
            }
            case CAPABILITY -> {
                Optional<DeclaredStatus> inForce = facts.declaredOn(rule.capability(), date);
                boolean counted = inForce.map(d -> rule.countedCapabilityStatuses().contains(d.status())).orElse(false);
                yield new Verdict(counted, inForce.isEmpty(), null, null, inForce.orElse(null));
            }
            case REPORTED -> new Verdict(false, true, null, null);
        };
    }
}
