package uk.nhs.dma.core.assessment;

/**
 * A stored document, as an evidence event records it: the SHA-256 of its bytes (64 lower-case hex digits, the key
 * under which the bytes are kept), its size in bytes, its content type and the file name it was uploaded with.
 */
public record EvidenceFile(String sha256, long size, String contentType, String fileName) {
}
