package uk.nhs.dma.core.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Measure scores in the framework's measure order, their mean, and the domain scores in the framework's domain
 * order (empty for a framework without domains, and in submissions stored before domains existed).
 */
public record Scores(Map<String, BigDecimal> measures, BigDecimal overall,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, BigDecimal> domains) {

    public Scores {
        domains = domains == null ? Map.of() : domains;
    }

    public Scores(Map<String, BigDecimal> measures, BigDecimal overall) {
        this(measures, overall, Map.of());
    }
}
