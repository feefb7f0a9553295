package uk.nhs.dma.core.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An evidence item as the service shows it: the item, who added it and when it was recorded, in which revision,
 * whether it was carried forward from an earlier year's assessment, and, once withdrawn, by whom, when and why.
 */
public record EvidenceView(String evidenceId, String questionId, EvidenceKind kind, String title, String link,
                           String note, EvidenceFile file, LocalDate effectiveOn, LocalDate expiresOn,
                           String addedBy, Instant addedAt, int revision, String carriedFrom, String withdrawnBy,
                           Instant withdrawnAt, String withdrawalReason) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** Expired by the given day: its expiry date is before it. */
    public boolean expiredOn(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }

    /** Whether it is about the EPR declaration rather than an answer. */
    public boolean aboutEpr() {
        return questionId == null;
    }
}
