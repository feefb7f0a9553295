package uk.nhs.dma.api.web;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.HttpOutputMessage;
import org.springframework.stereotype.Component;

/**
 * Excel's .xlsx, written from the same {@link CsvTable} as the CSV, streamed (POI's SXSSF keeps 100 rows in memory):
 * a bold header row frozen above the rows, numbers as numbers, dates and instants (UTC) as dates with a date format,
 * booleans as booleans, anything else as text. Text that a spreadsheet would run as a formula is neutralised with a
 * leading quote, as in the CSV ({@link CsvTable#text}), although a string cell is never evaluated. A text over
 * Excel's cell limit (32,767 characters) is cut there, ending in {@value #CUT}.
 */
@Component
public class XlsxMessageConverter extends TableMessageConverter {

    static final String CUT = "[…]";
    private static final int WINDOW = 100;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    public XlsxMessageConverter(List<CsvTable<?>> tables) {
        super(tables, Csv.XLSX, ".xlsx");
    }

    @Override
    protected void writeInternal(Object view, HttpOutputMessage output) throws IOException {
        CsvTable<?> table = table(view);
        SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
        try {
            book.setCompressTempFiles(true);
            Styles styles = new Styles(book);
            Sheet sheet = book.createSheet(view.getClass().getSimpleName());
            sheet.createFreezePane(0, 1);
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(table.columns().get(c));
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(c, Math.min(60, Math.max(12, table.columns().get(c).length() + 2)) * 256);
            }
            int r = 1;
            for (Object[] values : table.values(view)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    boolean instantText = table.instantText().contains(table.columns().get(c));
                    write(row, c, values[c], instantText, styles);
                }
            }
            book.write(output.getBody());
        } finally {
            book.close();
        }
    }

    private static void write(Row row, int column, Object value, boolean instantText, Styles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (instantText && value instanceof String text) {
            try {
                value = Instant.parse(text);
            } catch (DateTimeParseException notAnInstant) {
                // written as text below
            }
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof Instant instant) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            cell.setCellStyle(styles.instant);
        } else {
            cell.setCellValue(cut(CsvTable.text(value)));
        }
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - CUT.length()) + CUT;
    }

    /** A workbook's styles, made once each (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle instant;

        Styles(SXSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            instant = book.createCellStyle();
            instant.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        }
    }
}
