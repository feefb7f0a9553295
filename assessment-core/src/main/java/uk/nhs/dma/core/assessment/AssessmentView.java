package uk.nhs.dma.core.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An assessment: status, revision, answers and EPR of the current revision; scores, flags and submission
 * fields of the latest submitted revision (null until one is submitted).
 */
public record AssessmentView(String assessmentId, String odsCode, int year, String frameworkId, LocalDate assessedOn,
                             AssessmentStatus status, int revision, List<Answer> answers, EprDeclaration epr,
                             Integer submittedRevision, ScoresView scores, Boolean coreCapability,
                             Boolean foundational, String submittedBy, Instant submittedAt, String approvedBy,
                             Instant approvedAt, LocalDate boardDate, long version) {

    /**
     * The latest submitted revision's measure scores, their mean and, for a framework with domains, the domain
     * scores in the framework's domain order (left out when there are none).
     */
    public record ScoresView(Map<String, BigDecimal> measures, BigDecimal overall,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, BigDecimal> domains) {

        public ScoresView {
            domains = domains == null ? Map.of() : domains;
        }

        public ScoresView(Map<String, BigDecimal> measures, BigDecimal overall) {
            this(measures, overall, Map.of());
        }
    }
}
