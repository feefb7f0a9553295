package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;

/** The .xlsx form of a view, read back with POI: typed cells, a bold frozen header, and no formulas. */
class XlsxMessageConverterTest {

    record Row1(String name, Integer year, Map<String, BigDecimal> scores, LocalDate since, Boolean live,
                Instant at, String recorded) {
    }

    record View(String title, List<Row1> rows) {
    }

    private final XlsxMessageConverter converter = new XlsxMessageConverter(List.of(CsvTable.of(View.class,
            View::rows, Row1.class, Map.of("scores", List.of("a", "b"))).withInstantText("recorded")));

    private Sheet write(Row1... rows) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        HttpHeaders headers = new HttpHeaders();
        converter.write(new View("t", List.of(rows)), Csv.XLSX, new HttpOutputMessage() {
            @Override
            public OutputStream getBody() {
                return body;
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        });
        assertThat(headers.getContentType()).isEqualTo(Csv.XLSX);
        return new XSSFWorkbook(new ByteArrayInputStream(body.toByteArray())).getSheetAt(0);
    }

    @Test
    void a_bold_frozen_header_then_numbers_dates_instants_and_booleans_as_typed_cells() throws Exception {
        Sheet sheet = write(new Row1("Leeds, St James's", 2024, Map.of("a", new BigDecimal("3.5000")),
                LocalDate.of(2023, 6, 1), true, Instant.parse("2024-04-15T09:30:00Z"), "2024-04-16T10:00:00.123Z"),
                new Row1("Say \"hi\"", null, null, null, null, null, "not an instant"));
        Row header = sheet.getRow(0);
        assertThat(header).extracting(c -> c.getStringCellValue())
                .containsExactly("name", "year", "a", "b", "since", "live", "at", "recorded");
        assertThat(sheet.getWorkbook().getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(pane.getVerticalSplitPosition()).isZero();

        Row first = sheet.getRow(1);
        assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Leeds, St James's");
        assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(2024.0);
        assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(3.5);
        assertThat(first.getCell(3)).isNull();
        assertThat(DateUtil.isCellDateFormatted(first.getCell(4))).isTrue();
        assertThat(first.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2023, 6, 1, 0, 0));
        assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.BOOLEAN);
        assertThat(first.getCell(5).getBooleanCellValue()).isTrue();
        assertThat(DateUtil.isCellDateFormatted(first.getCell(6))).isTrue();
        assertThat(first.getCell(6).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 4, 15, 9, 30));
        assertThat(DateUtil.isCellDateFormatted(first.getCell(7))).isTrue();
        assertThat(first.getCell(7).getLocalDateTimeCellValue()).isEqualTo(
                LocalDateTime.of(2024, 4, 16, 10, 0, 0, 123_000_000));

        Row second = sheet.getRow(2);
        assertThat(second.getCell(0).getStringCellValue()).isEqualTo("Say \"hi\"");
        assertThat(second.getCell(1)).isNull();
        assertThat(second.getCell(7).getCellType()).isEqualTo(CellType.STRING);
        assertThat(second.getCell(7).getStringCellValue()).isEqualTo("not an instant");
        assertThat(sheet.getLastRowNum()).isEqualTo(2);
        assertThat(converter.canWrite(View.class, Csv.XLSX)).isTrue();
        assertThat(converter.canWrite(View.class, Csv.TEXT_CSV)).isFalse();
        assertThat(converter.canRead(View.class, Csv.XLSX)).isFalse();
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_neutralised_and_never_a_formula_cell() throws Exception {
        List<String> names = List.of("=HYPERLINK(\"x\")", "+1+1", "-2", "@SUM(A1)", "\tx", "\rx", "-1.5", "fine");
        Sheet sheet = write(names.stream().map(n -> new Row1(n, null, null, null, null, null, null))
                .toArray(Row1[]::new));
        List<String> cells = new java.util.ArrayList<>();
        for (int r = 1; r <= names.size(); r++) {
            assertThat(sheet.getRow(r).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            cells.add(sheet.getRow(r).getCell(0).getStringCellValue());
        }
        assertThat(cells).containsExactly("'=HYPERLINK(\"x\")", "'+1+1", "-2", "'@SUM(A1)", "'\tx", "'\rx", "-1.5",
                "fine");
    }

    @Test
    void a_text_over_the_cell_limit_is_cut_and_says_so() throws Exception {
        String longText = "x".repeat(40_000);
        String cell = write(new Row1(longText, null, null, null, null, null, null)).getRow(1).getCell(0)
                .getStringCellValue();
        assertThat(cell).hasSize(32_767).endsWith(XlsxMessageConverter.CUT);
    }
}
