package uk.nhs.dma.core.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A scope's domain scores for one assessment year: a row per organisation and domain of its latest submitted
 * revision (as the summary counts it), in the framework's domain order. Organisations whose framework has no
 * domains, or with nothing submitted, have no rows.
 */
public record DomainScoresView(Scope scope, int year, LocalDate asOf, List<Row> rows) {

    public record Row(String odsCode, String name, String type, String regionCode, String icbCode, String assessmentId,
                      int revision, String frameworkId, String domainId, BigDecimal score) {
    }
}
