package uk.nhs.dma.api.web;

import java.nio.charset.StandardCharsets;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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
     * The view as CSV (an attachment named {@code filename}) or as JSON. JSON is written whatever else the request's
     * Accept names, as long as it takes JSON (or {@code format=json} asks for it); one that takes neither is
     * {@link NotAcceptable}, 406, like every other endpoint's.
     */
    public static ResponseEntity.BodyBuilder ok(boolean csv, String filename) {
        if (csv) {
            return ResponseEntity.ok().contentType(TEXT_CSV)
                    .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
            HttpServletRequest request = current.getRequest();
            String format = request.getParameter("format");
            if ((format == null || format.isBlank()) && !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
                throw new NotAcceptable();
            }
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
    }

    /** The caller accepts neither JSON nor CSV: 406 {@code not-acceptable} ({@link Problems}). */
    static class NotAcceptable extends ErrorResponseException {
        NotAcceptable() {
            super(HttpStatus.NOT_ACCEPTABLE, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE,
                    "This resource is available as application/json or text/csv."), null);
        }
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
