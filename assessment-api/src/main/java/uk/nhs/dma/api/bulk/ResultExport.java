package uk.nhs.dma.api.bulk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.bulk.ResultCells;
import uk.nhs.dma.core.bulk.ResultRow;
import uk.nhs.dma.projections.bulk.ResultRows;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * A year's results in the bulk file's format, written as they are read (a cursor over the read models): CSV, or an
 * .xlsx through POI's streaming SXSSF (100 rows in memory) with typed cells (numbers, dates), a header row and
 * frozen panes. A text cell a spreadsheet would run as a formula is written with a leading {@code '}, as in every
 * CSV of the service; the import takes that quote off again.
 */
@Component
public class ResultExport {

    private final ResultRows results;

    public ResultExport(ResultRows results) {
        this.results = results;
    }

    public List<String> columns(int year) {
        List<String> columns = new ArrayList<>(ResultRow.FIXED);
        results.questionIdsOfYear(year).stream().filter(q -> !columns.contains(q)).forEach(columns::add);
        return columns;
    }

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final CsvSchema LINES = CsvSchema.emptySchema().withLineSeparator("\r\n");

    public void csv(int year, OutputStream out) throws IOException {
        List<String> columns = columns(year);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (SequenceWriter csv = CSV.writer(LINES).writeValues(writer)) {
            csv.write(columns.toArray(String[]::new));
            results.forEachOfYear(year, row -> {
                Map<String, Object> cells = ResultCells.write(row);
                String[] line = new String[columns.size()];
                for (int i = 0; i < line.length; i++) {
                    Object value = cells.get(columns.get(i));
                    line[i] = value == null ? "" : neutral(value.toString());
                }
                csv.write(line);
            });
        }
        writer.flush();
    }

    /** An array of results as JSON objects, written one at a time. */
    public void json(int year, OutputStream out) throws IOException {
        try (tools.jackson.databind.SequenceWriter json = JSON.writerFor(ResultRow.class).writeValuesAsArray(out)) {
            results.forEachOfYear(year, json::write);
        }
    }

    public void xlsx(int year, OutputStream out) throws IOException {
        List<String> columns = columns(year);
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            SXSSFSheet sheet = book.createSheet("results-" + year);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(1, 1);
            int[] next = {1};
            results.forEachOfYear(year, result -> {
                Map<String, Object> cells = ResultCells.write(result);
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < columns.size(); i++) {
                    Object value = cells.get(columns.get(i));
                    if (value instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate d) {
                        Cell cell = row.createCell(i);
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (value != null) {
                        row.createCell(i).setCellValue(neutral(value.toString()));
                    }
                }
            });
            book.write(out);
            book.dispose();
        }
    }

    /** A text a spreadsheet would run as a formula (= + - @, tab, CR), unless a number, gets a leading quote. */
    static String neutral(String text) {
        if (text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0) {
            return text;
        }
        try {
            Double.parseDouble(text);
            return text;
        } catch (NumberFormatException e) {
            return "'" + text;
        }
    }
}
