package uk.nhs.dma.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.core.testsupport.Violations.assertInvalid;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.assessment.EprStatus;

/** A bulk file's line read into a result: each cell's shape is checked and the column at fault named. */
class ResultCellsTest {

    static Map<String, String> line() {
        Map<String, String> cells = new HashMap<>();
        cells.put("odsCode", "RJ1");
        cells.put("year", "2024");
        cells.put("frameworkId", "wgll-2024");
        cells.put("assessedOn", "2024-05-01");
        cells.put("eprStatus", "LIVE");
        cells.put("eprSupplier", "Epic");
        cells.put("eprLiveSince", "2020-01-01");
        cells.put("submittedBy", "alice");
        cells.put("approvedBy", "");
        cells.put("boardDate", "");
        cells.put("WL1", "4");
        cells.put("WL2", " ");
        return cells;
    }

    @Test
    void a_line_reads_into_a_result_and_writes_back_the_same() {
        ResultRow row = ResultCells.read(line());

        assertThat(row.odsCode()).isEqualTo("RJ1");
        assertThat(row.assessedOn()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(row.answers()).containsExactly(Map.entry("WL1", 4));
        assertThat(row.eprStatus()).isEqualTo(EprStatus.LIVE);
        assertThat(row.approvedBy()).isNull();
        Map<String, String> again = new HashMap<>();
        ResultCells.write(row).forEach((k, v) -> again.put(k, v == null ? "" : v.toString()));
        assertThat(ResultCells.read(again)).isEqualTo(row);
    }

    @Test
    void each_malformed_cell_is_refused_naming_its_column() {
        assertInvalid(() -> ResultCells.read(with("odsCode", "rj1")), "odsCode");
        assertInvalid(() -> ResultCells.read(with("odsCode", "")), "odsCode");
        assertInvalid(() -> ResultCells.read(with("year", "24")), "year");
        assertInvalid(() -> ResultCells.read(with("frameworkId", "WGLL")), "frameworkId");
        assertInvalid(() -> ResultCells.read(with("assessedOn", "01/05/2024")), "assessedOn");
        assertInvalid(() -> ResultCells.read(with("eprStatus", "ON")), "eprStatus");
        assertInvalid(() -> ResultCells.read(with("eprLiveSince", "2020")), "eprLiveSince");
        assertInvalid(() -> ResultCells.read(with("approvedBy", "bob\u0007")), "approvedBy");
        assertInvalid(() -> ResultCells.read(with("boardDate", "tomorrow")), "boardDate");
        assertInvalid(() -> ResultCells.read(with("WL1", "3.5")), "WL1");
    }

    private static Map<String, String> with(String column, String value) {
        Map<String, String> cells = line();
        cells.put(column, value);
        return cells;
    }
}
