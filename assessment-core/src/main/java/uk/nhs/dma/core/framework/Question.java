package uk.nhs.dma.core.framework;

/** A question scored within [minScore, maxScore]; its answers feed its measure's score. */
public record Question(String id, String measureId, String text, int minScore, int maxScore, boolean mandatory) {

    public static final int DEFAULT_MIN = 1;
    public static final int DEFAULT_MAX = 5;

    public boolean accepts(int score) {
        return score >= minScore && score <= maxScore;
    }
}
