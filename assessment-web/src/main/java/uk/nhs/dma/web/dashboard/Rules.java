package uk.nhs.dma.web.dashboard;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Collectors;
import uk.nhs.dma.core.target.TargetView;

/** The rule of a target in force on a date, in words: the latest revision effective by then, or the definition. */
final class Rules {

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

    private static String statuses(java.util.List<?> counted, TargetView target) {
        return switch (target.metric()) {
            case EPR_LIVE -> "an EPR " + counted.stream().map(Object::toString).collect(Collectors.joining(" or "));
            case FOUNDATIONAL -> "foundational capability or a programme status";
            case CORE_CAPABILITY -> "core capability";
            case CAPABILITY -> "a declared " + target.capability() + " of " + target.countedCapabilityStatuses().stream()
                    .map(Object::toString).collect(Collectors.joining(" or "));
            case REPORTED -> "the latest nationally reported figure (no organisations are counted)";
        };
    }
}
