package uk.nhs.dma.core.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
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
            Require.present(m.dueBy(), "milestones.dueBy");
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
}
