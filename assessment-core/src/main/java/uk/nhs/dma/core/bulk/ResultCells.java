package uk.nhs.dma.core.bulk;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.organisation.OdsCode;

/**
 * A bulk file's line as text cells by column name, to and from a {@link ResultRow}. Reading checks the shape of each
 * cell (a code, a whole number, an ISO date, a status, a person's name) and names the column at fault; the rules of
 * the domain (question known and score in range, dates not in the future, four eyes) stay in the commands.
 */
public final class ResultCells {

    /** A person's name as the user of a command: plain text, at most 200 characters, no control characters. */
    private static final Pattern PERSON = Pattern.compile("[^\\p{Cntrl}]{1,200}");
    private static final Pattern SCORE = Pattern.compile("-?\\d{1,3}");

    private ResultCells() {
    }

    /** Reads a line; a blank cell is no value, and a blank question cell no answer. */
    public static ResultRow read(Map<String, String> cells) {
        String ods = required(cells, ResultRow.ODS_CODE);
        OdsCode.of(ods);
        int year = year(required(cells, ResultRow.YEAR));
        String framework = required(cells, ResultRow.FRAMEWORK_ID);
        FrameworkId.of(framework);
        TreeMap<String, Integer> answers = new TreeMap<>();
        cells.forEach((column, text) -> {
            if (!ResultRow.FIXED.contains(column) && text != null && !text.isBlank()) {
                answers.put(column, score(column, text.strip()));
            }
        });
        return new ResultRow(ods, year, framework, date(cells, ResultRow.ASSESSED_ON), answers,
                eprStatus(required(cells, ResultRow.EPR_STATUS)), optional(cells, ResultRow.EPR_SUPPLIER),
                date(cells, ResultRow.EPR_LIVE_SINCE), person(cells, ResultRow.SUBMITTED_BY),
                person(cells, ResultRow.APPROVED_BY), date(cells, ResultRow.BOARD_DATE));
    }

    /** Writes a line: the fixed columns, then an answer per question id (blank where none). */
    public static Map<String, Object> write(ResultRow row) {
        Map<String, Object> cells = new LinkedHashMap<>();
        cells.put(ResultRow.ODS_CODE, row.odsCode());
        cells.put(ResultRow.YEAR, row.year());
        cells.put(ResultRow.FRAMEWORK_ID, row.frameworkId());
        cells.put(ResultRow.ASSESSED_ON, row.assessedOn());
        cells.put(ResultRow.EPR_STATUS, row.eprStatus() == null ? null : row.eprStatus().name());
        cells.put(ResultRow.EPR_SUPPLIER, row.eprSupplier());
        cells.put(ResultRow.EPR_LIVE_SINCE, row.eprLiveSince());
        cells.put(ResultRow.SUBMITTED_BY, row.submittedBy());
        cells.put(ResultRow.APPROVED_BY, row.approvedBy());
        cells.put(ResultRow.BOARD_DATE, row.boardDate());
        cells.putAll(row.answers());
        return cells;
    }

    private static String required(Map<String, String> cells, String column) {
        String text = optional(cells, column);
        if (text == null) {
            throw RuleViolation.invalid(column, "The column '" + column + "' needs a value.");
        }
        return text;
    }

    /** A cell's text; the quote an export puts before a text a spreadsheet would run as a formula is taken off. */
    private static String optional(Map<String, String> cells, String column) {
        String text = cells.get(column);
        if (text == null || text.isBlank()) {
            return null;
        }
        text = text.strip();
        return text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0
                ? text.substring(1) : text;
    }

    private static int year(String text) {
        if (!text.matches("\\d{4}")) {
            throw RuleViolation.invalid(ResultRow.YEAR, "The year must be four digits, e.g. 2024.");
        }
        return Integer.parseInt(text);
    }

    private static int score(String column, String text) {
        if (!SCORE.matcher(text).matches()) {
            throw RuleViolation.invalid(column, "The answer to '" + column + "' must be a whole number.");
        }
        return Integer.parseInt(text);
    }

    private static LocalDate date(Map<String, String> cells, String column) {
        String text = optional(cells, column);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid(column, "The column '" + column + "' must be a date as YYYY-MM-DD.");
        }
    }

    private static EprStatus eprStatus(String text) {
        try {
            return EprStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid(ResultRow.EPR_STATUS, "The EPR status must be NONE, PROCURING, DEPLOYING or LIVE.");
        }
    }

    private static String person(Map<String, String> cells, String column) {
        String text = optional(cells, column);
        if (text != null && !PERSON.matcher(text).matches()) {
            throw RuleViolation.invalid(column, "The column '" + column
                    + "' must be a person's name: at most 200 characters, no control characters.");
        }
        return text;
    }
}
