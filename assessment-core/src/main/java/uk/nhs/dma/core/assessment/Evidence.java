package uk.nhs.dma.core.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * One evidence item: about an answer ({@code questionId}) or, when {@code questionId} is null, about the EPR
 * declaration. A DOCUMENT has a {@code file}, a LINK a {@code link} (http or https), a NOTE its {@code note}. The
 * effective date is when the evidence holds from (not when it was recorded, which the event's timestamp says);
 * the expiry date, when given, is when it stops holding.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(String evidenceId, String questionId, EvidenceKind kind, String title, String link,
                       String note, EvidenceFile file, LocalDate effectiveOn, LocalDate expiresOn) {

    /** Whether it had expired by the given day: an expiry date before it. */
    public boolean expiredOn(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }

    /** The same item about another question (carried forward to the question that replaces it). */
    public Evidence about(String otherQuestionId) {
        return new Evidence(evidenceId, otherQuestionId, kind, title, link, note, file, effectiveOn, expiresOn);
    }
}
