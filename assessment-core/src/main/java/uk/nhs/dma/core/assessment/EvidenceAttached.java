package uk.nhs.dma.core.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * An evidence item was attached to the draft of {@code revision}, by {@code addedBy}; when carried forward from last
 * year's assessment at the start, {@code carriedFrom} names that assessment (and the item keeps its author and,
 * for a document, the same stored file).
 */
@JsonTypeName("EvidenceAttached")
public record EvidenceAttached(AssessmentId assessmentId, int revision, Evidence evidence, String addedBy,
                               @JsonInclude(JsonInclude.Include.NON_NULL) AssessmentId carriedFrom)
        implements AssessmentEvent {

    @Override
    public <C> void dispatch(AssessmentEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
