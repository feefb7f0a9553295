package uk.nhs.dma.core.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.nhs.dma.core.progress.Scope;

/**
 * A group's figures per measure (plain mean and its rank, mix-adjusted mean and its rank, among {@code groups} ICBs
 * or regions) and its trusts: each score, its type's national median and the difference from it.
 */
public record MixAdjustedView(Scope scope, int year, LocalDate asOf, List<MixAdjustment.MixFigure> measures,
                              List<TrustDifferences> trusts) {

    public record TrustDifferences(String odsCode, String name, String type, Map<String, BigDecimal> scores,
                        Map<String, BigDecimal> nationalMedians, Map<String, BigDecimal> differences) {
    }
}
