package uk.nhs.dma.core.assessment;

import java.math.BigDecimal;
import java.util.Collection;
import uk.nhs.dma.core.framework.CoreCapabilityRule;
import uk.nhs.dma.core.framework.FoundationalRule;

/** The capability rules as pure functions of scores, the EPR declaration and the framework's thresholds. */
public final class Capability {

    private Capability() {
    }

    public static boolean isCoreCapable(CoreCapabilityRule rule, Scores scores, EprDeclaration epr) {
        return allAtLeast(scores.measures().values(), rule.minMeasureScore()) && eprSatisfied(rule.requiresEpr(), epr);
    }

    public static boolean isFoundational(FoundationalRule rule, Scores scores, EprDeclaration epr) {
        boolean measured = rule.measureIds().stream().allMatch(id -> scores.measures().containsKey(id));
        return measured
                && allAtLeast(rule.measureIds().stream().map(scores.measures()::get).toList(), rule.minMeasureScore())
                && eprSatisfied(rule.requiresEpr(), epr);
    }

    private static boolean allAtLeast(Collection<BigDecimal> values, BigDecimal minimum) {
        return values.stream().allMatch(v -> v.compareTo(minimum) >= 0);
    }

    private static boolean eprSatisfied(boolean required, EprDeclaration epr) {
        return !required || (epr != null && epr.status() == EprStatus.LIVE);
    }
}
