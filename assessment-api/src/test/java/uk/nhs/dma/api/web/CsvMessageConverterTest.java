package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;

/** The CSV form of a view: header, rows, RFC 4180 quoting, map columns, and no formulas for spreadsheets. */
class CsvMessageConverterTest {

    record Row(String name, Integer year, Map<String, BigDecimal> scores, LocalDate since, Boolean live) {
    }

    record View(String title, List<Row> rows) {
    }

    private final CsvMessageConverter converter = new CsvMessageConverter(List.of(CsvTable.of(View.class, View::rows,
            Row.class, Map.of("scores", List.of("a", "b")))));

    private String write(Row... rows) throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        HttpHeaders headers = new HttpHeaders();
        converter.write(new View("t", List.of(rows)), Csv.TEXT_CSV, new HttpOutputMessage() {
            @Override
            public java.io.OutputStream getBody() {
                return body;
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        });
        return body.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writes_a_header_and_a_row_per_item_with_a_column_per_map_key() throws Exception {
        String csv = write(new Row("Leeds, St James's", 2024, Map.of("a", new BigDecimal("3.5000")),
                LocalDate.of(2023, 6, 1), true), new Row("Say \"hi\"", null, null, null, null));
        assertThat(csv).isEqualTo("name,year,a,b,since,live\r\n"
                + "\"Leeds, St James's\",2024,3.5000,,2023-06-01,true\r\n"
                + "\"Say \"\"hi\"\"\",,,,,\r\n");
        assertThat(converter.canWrite(View.class, Csv.TEXT_CSV)).isTrue();
        assertThat(converter.canWrite(Row.class, Csv.TEXT_CSV)).isFalse();
        assertThat(converter.canRead(View.class, Csv.TEXT_CSV)).isFalse();
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_neutralised_but_numbers_stay() throws Exception {
        String csv = write(new Row("=HYPERLINK(\"x\")", -3, null, null, null), new Row("+1+1", null, null, null, null),
                new Row("-2", null, null, null, null), new Row("@SUM(A1)", null, null, null, null),
                new Row("\tx", null, null, null, null), new Row("-1.5", null, null, null, null));
        assertThat(csv.lines().skip(1).toList()).containsExactly("\"'=HYPERLINK(\"\"x\"\")\",-3,,,,", "'+1+1,,,,,",
                "-2,,,,,", "'@SUM(A1),,,,,", "'\tx,,,,,", "-1.5,,,,,");
    }
}
