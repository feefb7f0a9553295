package uk.nhs.dma.api.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Whether a caller asked for CSV, and the answer that {@link CsvMessageConverter} then writes from the view. */
public final class Csv {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Csv() {
    }

    /** Whether the caller asked for CSV rather than JSON. */
    public static boolean wanted(String accept) {
        return accept != null && accept.toLowerCase().contains("text/csv");
    }

    /** The same, or {@code format=csv} for a link, which cannot set the Accept header (any other format is 400). */
    public static boolean wanted(String accept, String format) {
        if (format == null || format.isBlank()) {
            return wanted(accept);
        }
        return switch (format.strip().toLowerCase()) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw new BadRequest("invalid-parameter", "format must be csv or json, not '" + format + "'");
        };
    }

    /** The view as CSV (an attachment named {@code filename}) or as JSON, whatever else Accept says. */
    public static ResponseEntity.BodyBuilder ok(boolean csv, String filename) {
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
        }
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }
}
