package uk.nhs.dma.projections.evidence;

import java.util.HexFormat;
import java.util.Optional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.assessment.EvidenceFile;
import uk.nhs.dma.core.common.RuleViolation;

/**
 * The bytes of evidence documents, in PostgreSQL ({@code evidence_file}, bytea), once per content under its
 * SHA-256. An upload is checked against {@link EvidenceSettings} before anything is kept; a caller that stored a
 * file for a command the domain then rejected takes it back ({@link #discard}), unless an item already names it.
 */
@Component
public class EvidenceFiles {

    /** The bytes of a stored document and how to serve them. */
    public record Content(byte[] bytes, String contentType) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final EvidenceSettings settings;

    public EvidenceFiles(NamedParameterJdbcTemplate jdbc, EvidenceSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    public EvidenceSettings settings() {
        return settings;
    }

    /** The file an upload would be recorded as, once its size and type are allowed; nothing is stored yet. */
    public EvidenceFile check(byte[] bytes, String contentType, String fileName) {
        if (bytes == null || bytes.length == 0) {
            throw RuleViolation.invalid("file", "the file is empty");
        }
        long max = settings.maxFileSize().toBytes();
        if (bytes.length > max) {
            throw new RuleViolation(RuleViolation.Kind.INVALID, "evidence-too-large", "file", "the file has "
                    + bytes.length + " bytes; the largest allowed is " + max);
        }
        if (!settings.allows(contentType)) {
            throw new RuleViolation(RuleViolation.Kind.INVALID, "evidence-type-not-allowed", "file",
                    "files of type " + contentType + " are not accepted; allowed: " + settings.contentTypes());
        }
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
        return new EvidenceFile(sha256(bytes), bytes.length, EvidenceSettings.bare(contentType), name);
    }

    /** Keeps the bytes; true if this call stored them (false: the same content was already kept). */
    public boolean store(EvidenceFile file, byte[] bytes) {
        return jdbc.update("""
                insert into evidence_file (sha256, content, size, content_type) values (:sha, :content, :size, :type)
                on conflict do nothing""", new MapSqlParameterSource("sha", file.sha256()).addValue("content", bytes)
                .addValue("size", bytes.length).addValue("type", file.contentType())) == 1;
    }

    /** Takes back bytes this request stored for a command that was rejected, if no evidence item names them. */
    public void discard(EvidenceFile file) {
        jdbc.update("""
                delete from evidence_file f where f.sha256 = :sha
                and not exists (select 1 from read_model.evidence e where e.sha256 = f.sha256)""",
                new MapSqlParameterSource("sha", file.sha256()));
    }

    public Optional<byte[]> read(String sha256) {
        return jdbc.query("select content from evidence_file where sha256 = :sha",
                new MapSqlParameterSource("sha", sha256), (rs, i) -> rs.getBytes(1)).stream().findFirst();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
