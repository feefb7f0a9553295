package uk.nhs.dma.api.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.api.testing.TestUsers;

/**
 * Every CSV download also comes as .xlsx, by Accept or format=xlsx: progress, summary, trajectory, an audit stream
 * and the checkpoints, each read back with POI (header, frozen pane, typed cells). The trajectory also as CSV.
 */
class XlsxDownloadsApiTest extends ApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Api admin;
    private String region;
    private String trust;
    private String target;

    @BeforeEach
    void oneTrust() {
        admin = admin();
        region = Fixtures.code("Y");
        String icb = Fixtures.code("Q");
        trust = Fixtures.code("R");
        target = "epr-" + region.toLowerCase();
        ok(admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)));
        ok(admin.post("/api/organisations", Fixtures.organisation(icb, "ICB", region, "2022-07-01")));
        ok(admin.post("/api/organisations", Map.of("odsCode", trust, "name", "=HYPERLINK(\"http://x\")",
                "type", "ACUTE", "parentCode", icb, "openedOn", "2000-04-01")));
        String fw = Fixtures.frameworkId(2024);
        ok(admin.post("/api/frameworks", Fixtures.framework(fw, 2024)));
        ok(admin.post("/api/assessments", Map.of("odsCode", trust, "year", 2024, "frameworkId", fw)));
        String id = trust + "-2024";
        ok(admin.put("/api/assessments/" + id + "/answers", Fixtures.allAnswers(3)));
        ok(admin.put("/api/assessments/" + id + "/epr", Map.of("status", "LIVE", "liveSince", "2023-06-01")));
        ok(admin.post("/api/assessments/" + id + "/submission", null));
        ok(admin.post("/api/targets", Map.of("targetId", target, "name", "EPR", "metric", "EPR_LIVE",
                "population", List.of("ACUTE"), "milestones", List.of(Map.of("dueBy", "2024-12-31",
                        "thresholdPercent", 50)), "source", "test")));
    }

    @Test
    void progress_as_xlsx_by_format_has_typed_cells_a_frozen_header_and_no_formula() throws Exception {
        Sheet sheet = xlsx("/api/targets/" + target + "/progress?asOf=2024-06-01&scope=REGION:" + region
                + "&format=xlsx", null, target + "-2024-06-01.xlsx");
        List<String> header = header(sheet);
        assertThat(header).startsWith("odsCode", "name").contains("counted", "assessmentYear", "liveSince");
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getLastRowNum()).isEqualTo(1);
        Cell name = cell(sheet, header, "name");
        assertThat(name.getCellType()).isEqualTo(CellType.STRING);
        assertThat(name.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(cell(sheet, header, "counted").getBooleanCellValue()).isTrue();
        assertThat(cell(sheet, header, "assessmentYear").getNumericCellValue()).isEqualTo(2024.0);
        assertThat(DateUtil.isCellDateFormatted(cell(sheet, header, "liveSince"))).isTrue();
        assertThat(cell(sheet, header, "liveSince").getLocalDateTimeCellValue().toLocalDate())
                .hasToString("2023-06-01");
    }

    @Test
    void summary_trajectory_audit_stream_and_checkpoints_answer_the_xlsx_accept_header() throws Exception {
        Sheet summary = xlsx("/api/summary?scope=REGION:" + region + "&year=2024&asOf=2024-03-31", XLSX, null);
        assertThat(cell(summary, header(summary), "well-led").getNumericCellValue()).isEqualTo(3.0);

        Sheet trajectory = xlsx("/api/organisations/" + trust + "/trajectory", XLSX, trust + "-trajectory.xlsx");
        List<String> columns = header(trajectory);
        assertThat(columns).contains("year", "well-led", "gap-well-led", "trend-well-led", "status");
        assertThat(cell(trajectory, columns, "year").getNumericCellValue()).isEqualTo(2024.0);
        assertThat(cell(trajectory, columns, "coreCapability").getCellType()).isEqualTo(CellType.BOOLEAN);

        Sheet stream = xlsx("/api/audit/streams/" + trust + "-2024", XLSX, trust + "-2024-events.xlsx");
        List<String> events = header(stream);
        assertThat(stream.getLastRowNum()).isEqualTo(4);
        assertThat(cell(stream, events, "sequence").getNumericCellValue()).isZero();
        assertThat(DateUtil.isCellDateFormatted(cell(stream, events, "recordedAt"))).isTrue();

        Sheet checkpoints = xlsx("/api/audit/checkpoints", XLSX, "checkpoints.xlsx");
        assertThat(header(checkpoints)).contains("globalPosition", "createdAt");
    }

    @Test
    void the_trajectory_comes_as_csv_too_and_a_bad_format_is_a_problem() {
        Api.Response csv = admin.get("/api/organisations/" + trust + "/trajectory?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.text().lines().toList()).hasSize(2);
        assertThat(csv.text().lines().findFirst().orElseThrow()).startsWith("odsCode,year,assessmentId,revision");
        Api.Response bad = admin.get("/api/organisations/" + trust + "/trajectory?format=xls");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("rule").asText()).isEqualTo("invalid-parameter");
        assertThat(bad.json().get("detail").asText()).contains("csv, xlsx or json");
        assertThat(admin.header("Accept", "application/xml").get("/api/summary").status()).isEqualTo(406);
    }

    private Sheet xlsx(String path, String accept, String filename) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + TestUsers.password("admin")).getBytes(StandardCharsets.UTF_8)));
        if (accept != null) {
            request.header("Accept", accept);
        }
        HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path + " " + new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(XLSX);
        if (filename != null) {
            assertThat(response.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"" + filename + "\"");
        }
        return new XSSFWorkbook(new ByteArrayInputStream(response.body())).getSheetAt(0);
    }

    private static List<String> header(Sheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
        return header;
    }

    private static Cell cell(Sheet sheet, List<String> header, String column) {
        return sheet.getRow(1).getCell(header.indexOf(column));
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }
}
