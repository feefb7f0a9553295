package uk.nhs.dma.api.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

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

    /**
     * The view as CSV (an attachment named {@code filename}) when asked for ({@link #wanted}), else as JSON; an
     * Accept that takes neither, without {@code format=json}, is a 406 like every other endpoint's.
     */
    public static ResponseEntity.BodyBuilder ok(String accept, String format, String filename)
            throws HttpMediaTypeNotAcceptableException {
        if (wanted(accept, format)) {
            return ResponseEntity.ok().contentType(TEXT_CSV)
                    .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        }
        if ((format == null || format.isBlank()) && !acceptsJson(accept)) {
            throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON, TEXT_CSV));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
    }

    private static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(MediaType.APPLICATION_JSON::isCompatibleWith);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
