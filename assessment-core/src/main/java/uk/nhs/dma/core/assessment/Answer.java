package uk.nhs.dma.core.assessment;

/** A self-assessed score for one question, with an optional comment. */
public record Answer(String questionId, int score, String comment) {
}
