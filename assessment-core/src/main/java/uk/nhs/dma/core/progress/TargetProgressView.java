package uk.nhs.dma.core.progress;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.dma.core.target.Observation;

/**
 * A target evaluated on {@code asOf}: how many of the population count, how many of those counted rest on a
 * board-approved revision ({@code approved}), the milestones due by then each judged at its own date, and the
 * organisations that fall short. {@code withheld} is how many organisations of the scope's population the caller
 * may not read (their trust has moved out of the caller's regions since): they are in no figure and no row.
 * {@code organisations} holds one row per member of the population the caller may read (for CSV). A REPORTED
 * target counts no organisation: {@code percent} is its {@code observation}, the latest on or before {@code asOf}.
 */
public record TargetProgressView(String targetId, LocalDate asOf, Scope scope, int numerator, int denominator,
                                 int unknown, int approved, int withheld, BigDecimal percent,
                                 List<MilestoneProgress> milestones, List<String> nonCompliant,
                                 @JsonIgnore List<ProgressRow> organisations, Observation observation) {

    public TargetProgressView(String targetId, LocalDate asOf, Scope scope, int numerator, int denominator,
                              int unknown, int approved, int withheld, BigDecimal percent,
                              List<MilestoneProgress> milestones, List<String> nonCompliant,
                              List<ProgressRow> organisations) {
        this(targetId, asOf, scope, numerator, denominator, unknown, approved, withheld, percent, milestones,
                nonCompliant, organisations, null);
    }

    public record MilestoneProgress(LocalDate dueBy, BigDecimal thresholdPercent, BigDecimal percentAtDueBy,
                                    Boolean met) {
    }

    /** One organisation of the population, and what decided whether it counts. */
    public record ProgressRow(String odsCode, String name, String regionCode, String icbCode, String type,
                              boolean counted, boolean unknown, Integer assessmentYear, Integer revision,
                              String eprStatus, LocalDate liveSince, Boolean foundational, Boolean coreCapability,
                              String programmeStatus, Boolean approved, String capabilityStatus,
                              LocalDate capabilityEffectiveFrom) {
    }
}
