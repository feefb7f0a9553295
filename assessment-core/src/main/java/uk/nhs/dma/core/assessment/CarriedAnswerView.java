package uk.nhs.dma.core.assessment;

import java.time.Instant;

/**
 * An answer carried forward at the start from an earlier year's assessment, and how it was settled: CONFIRMED as
 * it stood (by whom, when) or CHANGED by recording it again; neither while it awaits confirmation.
 */
public record CarriedAnswerView(String questionId, String carriedFrom, String settled, String settledBy,
                                Instant settledAt) {

    public boolean awaitingConfirmation() {
        return settled == null;
    }
}
