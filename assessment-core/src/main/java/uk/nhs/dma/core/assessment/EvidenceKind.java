package uk.nhs.dma.core.assessment;

/** What an evidence item is: an uploaded document, a link to one elsewhere, or a written note. */
public enum EvidenceKind {
    DOCUMENT, LINK, NOTE
}
