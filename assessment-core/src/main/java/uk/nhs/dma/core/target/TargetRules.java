package uk.nhs.dma.core.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import uk.nhs.dma.core.assessment.AssessmentStatus;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.common.Require;
import uk.nhs.dma.core.organisation.OrganisationType;

/** Canonical forms of a target's parts: sorted, distinct, in range. Pure functions. */
public final class TargetRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetRules() {
    }

    public static List<Milestone> milestones(List<Milestone> given) {
        Require.notEmpty(given, "milestones");
        List<Milestone> clean = new ArrayList<>();
        for (Milestone m : given) {
            Require.present(m, "milestones");
            Require.date(m.dueBy(), "milestones.dueBy");
            BigDecimal threshold = Require.present(m.thresholdPercent(), "milestones.thresholdPercent");
            Require.that(threshold.scale() <= 4 && threshold.precision() <= 12, "milestones.thresholdPercent",
                    "thresholdPercent has at most 4 decimal places");
            Require.that(threshold.signum() >= 0 && threshold.compareTo(HUNDRED) <= 0, "milestones.thresholdPercent",
                    "thresholdPercent must be between 0 and 100");
            clean.add(new Milestone(m.dueBy(), threshold.setScale(2, RoundingMode.HALF_EVEN)));
        }
        clean.sort(Comparator.comparing(Milestone::dueBy));
        Require.that(clean.stream().map(Milestone::dueBy).distinct().count() == clean.size(), "milestones.dueBy",
                "two milestones fall on the same date");
        return List.copyOf(clean);
    }

    /**
     * The organisation types counted: none for a REPORTED figure, which counts no organisation; for a CAPABILITY
     * target only types that may declare the capability.
     */
    public static List<OrganisationType> population(Metric metric, Capability capability, List<OrganisationType> given) {
        if (metric == Metric.REPORTED) {
            Require.that(given == null || given.isEmpty(), "population",
                    "a REPORTED target is a national figure and counts no organisations");
            return List.of();
        }
        List<OrganisationType> clean = population(given);
        if (capability != null) {
            Require.that(clean.stream().allMatch(capability::declarableBy), "population",
                    capability + " is declared only by " + capability.declarableBy());
        }
        return clean;
    }

    /** The capability a CAPABILITY target counts; every other metric names none. */
    public static Capability capability(Metric metric, Capability given) {
        if (metric != Metric.CAPABILITY) {
            Require.that(given == null, "capability", "capability applies only to CAPABILITY targets");
            return null;
        }
        return Require.present(given, "capability");
    }

    /** A CAPABILITY target counts its capability's default statuses unless told otherwise; others count none. */
    public static List<CapabilityStatus> countedCapabilityStatuses(Capability capability, List<CapabilityStatus> given) {
        if (capability == null) {
            Require.that(given == null || given.isEmpty(), "countedCapabilityStatuses",
                    "countedCapabilityStatuses applies only to CAPABILITY targets");
            return List.of();
        }
        if (given == null) {
            return capability.countedByDefault();
        }
        Require.notEmpty(given, "countedCapabilityStatuses");
        Require.that(given.stream().noneMatch(Objects::isNull) && given.size() == new HashSet<>(given).size(),
                "countedCapabilityStatuses", "countedCapabilityStatuses lists distinct statuses");
        Require.that(capability.statuses().containsAll(given), "countedCapabilityStatuses",
                capability + " is declared as one of " + capability.statuses());
        return given.stream().sorted().toList();
    }

    /** A reported figure: a percentage from 0 to 100 with at most 4 decimal places, kept to 2. */
    public static BigDecimal observedPercent(BigDecimal given) {
        BigDecimal percent = Require.present(given, "percent");
        Require.that(percent.scale() <= 4 && percent.precision() <= 12, "percent", "percent has at most 4 decimal places");
        Require.that(percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0, "percent",
                "percent must be between 0 and 100");
        return percent.setScale(2, RoundingMode.HALF_EVEN);
    }

    public static List<OrganisationType> population(List<OrganisationType> given) {
        Require.notEmpty(given, "population");
        Require.that(given.stream().noneMatch(Objects::isNull) && given.size() == new HashSet<>(given).size(), "population",
                "population lists distinct organisation types");
        return given.stream().sorted().toList();
    }

    /** EPR_LIVE targets count LIVE unless told otherwise; other metrics count no EPR statuses. */
    public static List<EprStatus> countedEprStatuses(Metric metric, List<EprStatus> given) {
        if (metric != Metric.EPR_LIVE) {
            Require.that(given == null || given.isEmpty(), "countedEprStatuses",
                    "countedEprStatuses applies only to EPR_LIVE targets");
            return List.of();
        }
        if (given == null) {
            return List.of(EprStatus.LIVE);
        }
        Require.notEmpty(given, "countedEprStatuses");
        Require.that(given.stream().noneMatch(Objects::isNull) && given.size() == new HashSet<>(given).size(), "countedEprStatuses",
                "countedEprStatuses lists distinct EPR statuses");
        return given.stream().sorted().toList();
    }

    /** Every submitted revision counts (approved or not): the default, and the rule before the field existed. */
    public static final List<AssessmentStatus> SUBMITTED_OR_APPROVED =
            List.of(AssessmentStatus.SUBMITTED, AssessmentStatus.APPROVED);

    /**
     * Which assessment revisions a target counts: {@code [SUBMITTED, APPROVED]} (the default: every submitted
     * revision, approved or not) or {@code [APPROVED]} (only board-approved ones). An approved revision was
     * submitted too, so a list without APPROVED, or with DRAFT, is refused.
     */
    public static List<AssessmentStatus> countedAssessmentStatuses(List<AssessmentStatus> given) {
        if (given == null) {
            return SUBMITTED_OR_APPROVED;
        }
        Require.notEmpty(given, "countedAssessmentStatuses");
        Require.that(given.stream().noneMatch(Objects::isNull) && given.size() == new HashSet<>(given).size(),
                "countedAssessmentStatuses", "countedAssessmentStatuses lists distinct statuses");
        Require.that(!given.contains(AssessmentStatus.DRAFT), "countedAssessmentStatuses",
                "a draft is never counted: list SUBMITTED and APPROVED, or APPROVED alone");
        Require.that(given.contains(AssessmentStatus.APPROVED), "countedAssessmentStatuses",
                "an approved revision is a submitted one too: list SUBMITTED and APPROVED, or APPROVED alone");
        return given.stream().sorted().toList();
    }

    /** As stored: a missing list (events and rows written before the field existed) reads as the default. */
    static List<AssessmentStatus> storedAssessmentStatuses(List<AssessmentStatus> stored) {
        return stored == null ? SUBMITTED_OR_APPROVED : List.copyOf(stored);
    }

    /** Whether only approved revisions count under these statuses. */
    public static boolean approvedOnly(List<AssessmentStatus> counted) {
        return counted != null && !counted.contains(AssessmentStatus.SUBMITTED);
    }
}
