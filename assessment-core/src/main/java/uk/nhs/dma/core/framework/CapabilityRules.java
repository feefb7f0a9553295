package uk.nhs.dma.core.framework;

import java.math.BigDecimal;
import java.util.List;

/** The framework's capability thresholds: data published with the framework, never constants in code. */
public record CapabilityRules(CoreCapabilityRule coreCapability, FoundationalRule foundational) {

    public static final BigDecimal DEFAULT_MIN_SCORE = new BigDecimal("3.00");
    public static final List<String> DEFAULT_FOUNDATIONAL_MEASURES = List.of("smart-foundations", "safe-practice");

    public static CapabilityRules defaults() {
        return new CapabilityRules(new CoreCapabilityRule(DEFAULT_MIN_SCORE, true),
                new FoundationalRule(DEFAULT_FOUNDATIONAL_MEASURES, DEFAULT_MIN_SCORE, true));
    }
}
