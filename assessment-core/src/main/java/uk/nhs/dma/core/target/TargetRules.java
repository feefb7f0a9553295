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
