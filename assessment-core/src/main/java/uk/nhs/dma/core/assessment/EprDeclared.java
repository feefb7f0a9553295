package uk.nhs.dma.core.assessment;

import com.fasterxml.jackson.annotation.JsonTypeName;
@JsonTypeName("EprDeclared")
public record EprDeclared(AssessmentId assessmentId, int revision, EprDeclaration epr) implements AssessmentEvent {

    @Override
    public <C> void dispatch(AssessmentEvent.Handler<C> handler, C context) {
        handler.on(this, context);
    }
}
