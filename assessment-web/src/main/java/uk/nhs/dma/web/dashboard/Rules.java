package uk.nhs.dma.web.dashboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Collectors;
import uk.nhs.dma.core.target.TargetView;
import uk.nhs.dma.web.Labels;

/** The rule of a target in force on a date, in words: the latest revision effective by then, or the definition. */
final class Rules {

    private static final Labels LABELS = new Labels();

    private Rules() {
    }

    static String inForce(TargetView target, LocalDate date) {
        String population = target.population().stream().map(Enum::name).collect(Collectors.joining(", "));
        return target.revisions().stream().filter(r -> !r.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(TargetView.Revision::effectiveFrom))
                .map(r -> "Revision " + r.revision() + ", in force from " + r.effectiveFrom() + " (" + r.reason()
                        + "): counts " + statuses(r.countedEprStatuses(), target) + " among " + population)
                .orElse("The original definition: counts " + statuses(target.countedEprStatuses(), target)
                        + " among " + population);
    }

    private static String statuses(java.util.List<? extends Enum<?>> counted, TargetView target) {
        return switch (target.metric()) {
            case EPR_LIVE -> "an EPR " + LABELS.join(counted, " or ");
            case FOUNDATIONAL -> "foundational capability or a programme status";
            case CORE_CAPABILITY -> "core capability";
            case CAPABILITY -> "a declared " + LABELS.of(target.capability()) + " of "
                    + LABELS.join(target.countedCapabilityStatuses(), " or ");
            case REPORTED -> "the latest nationally reported figure (no organisations are counted)";
        };
    }
}
