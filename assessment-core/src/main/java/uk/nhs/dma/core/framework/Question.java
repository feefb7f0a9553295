package uk.nhs.dma.core.framework;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A question scored within [minScore, maxScore]; its answers feed its measure's score. It may sit in a domain,
 * be an element of a level of that domain (level-gated frameworks: scored 0 not met, 1 met) and name the earlier
 * question ids it replaces, so that copy-forward and comparisons follow it across versions.
 */
public record Question(String id, String measureId, String text, int minScore, int maxScore, boolean mandatory,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String domainId,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Integer level,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> replaces) {

    public static final int DEFAULT_MIN = 1;
    public static final int DEFAULT_MAX = 5;

    public Question {
        replaces = replaces == null ? List.of() : replaces;
    }

    /** A question of a framework without domains (as every framework before 2025). */
    public Question(String id, String measureId, String text, int minScore, int maxScore, boolean mandatory) {
        this(id, measureId, text, minScore, maxScore, mandatory, null, null, List.of());
    }

    public boolean accepts(int score) {
        return score >= minScore && score <= maxScore;
    }

    /** Whether an answer with this score meets the element (its top score). */
    public boolean metBy(int score) {
        return score == maxScore;
    }

    /** Whether this question is, or follows, the question with the given id of an earlier version. */
    public boolean follows(String earlierId) {
        return id.equals(earlierId) || replaces.contains(earlierId);
    }
}
