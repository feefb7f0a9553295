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

/**
 * Whether a caller asked for a table (CSV, or Excel's .xlsx), and the answer that {@link CsvMessageConverter} or
 * {@link XlsxMessageConverter} then writes from the view's {@link CsvTable}. Every endpoint that offers CSV offers
 * .xlsx through the same two calls: {@code Accept} with the .xlsx type, or {@code format=xlsx}.
 */
public final class Csv {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

    private Csv() {
    }

    /** Whether the caller asked for a table (CSV or .xlsx) rather than JSON. */
    public static boolean wanted(String accept) {
        String lower = accept == null ? "" : accept.toLowerCase();
        return lower.contains("text/csv") || lower.contains(XLSX_VALUE);
    }

    /**
     * The same, or {@code format=csv} / {@code format=xlsx} for a link, which cannot set the Accept header (any other
     * format is 400).
     */
    public static boolean wanted(String accept, String format) {
        if (format == null || format.isBlank()) {
            return wanted(accept);
        }
        return switch (format.strip().toLowerCase()) {
            case "csv", "xlsx" -> true;
            case "json" -> false;
            default -> throw new BadRequest("invalid-parameter",
                    "format must be csv, xlsx or json, not '" + format + "'");
        };
    }

    /** Whether a table asked for is .xlsx: {@code format=xlsx}, or, without a format, an Accept naming .xlsx before CSV. */
    static boolean xlsx(String accept, String format) {
        if (format != null && !format.isBlank()) {
            return format.strip().equalsIgnoreCase("xlsx");
        }
        if (accept == null) {
            return false;
        }
        String lower = accept.toLowerCase();
        int sheet = lower.indexOf(XLSX_VALUE);
        int csv = lower.indexOf("text/csv");
        return sheet >= 0 && (csv < 0 || sheet < csv);
    }

    /**
     * The view as a table (an attachment named {@code filename}, its {@code .csv} becoming {@code .xlsx} when the
     * request asked for Excel) or as JSON. JSON is written whatever else the request's Accept names, as long as it
     * takes JSON (or {@code format=json} asks for it); one that takes none is {@link NotAcceptable}, 406, like every
     * other endpoint's.
     */
    public static ResponseEntity.BodyBuilder ok(boolean csv, String filename) {
        if (csv) {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current && xlsx(
                    current.getRequest().getHeader(HttpHeaders.ACCEPT), current.getRequest().getParameter("format"))) {
                return ResponseEntity.ok().contentType(XLSX).header("Content-Disposition",
                        "attachment; filename=\"" + filename.replaceFirst("\\.csv$", "") + ".xlsx\"");
            }
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
                    "This resource is available as application/json, text/csv or " + XLSX_VALUE + "."), null);
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
