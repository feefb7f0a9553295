package uk.nhs.dma.api.web;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** RFC 4180 CSV for analysts' spreadsheets: a header row, then one row per organisation. */
public final class Csv {

    public static final MediaType TEXT_CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

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

    public static ResponseEntity<String> response(String filename, List<String> header, List<List<?>> rows) {
        StringBuilder out = new StringBuilder(line(header));
        rows.forEach(row -> out.append(line(row)));
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .body(out.toString());
    }

    private static String line(List<?> values) {
        return values.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // A leading =, +, - or @ would be run as a formula by a spreadsheet.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
