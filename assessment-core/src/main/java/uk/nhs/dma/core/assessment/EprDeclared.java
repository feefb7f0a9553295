package uk.nhs.dma.core.assessment;

public record EprDeclared(AssessmentId assessmentId, int revision, EprDeclaration epr) {
}
