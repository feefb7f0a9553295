package uk.nhs.dma.core.assessment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Attaches an evidence item to the draft; the sender names the item with a fresh id (a UUID). */
public record AttachEvidence(@TargetAggregateIdentifier AssessmentId assessmentId, Evidence evidence,
                             @TargetAggregateVersion Long expectedVersion) {
}
