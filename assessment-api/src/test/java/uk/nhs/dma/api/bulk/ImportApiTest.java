package uk.nhs.dma.api.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.bulk.ImportFiles.awaitDone;
import static uk.nhs.dma.api.bulk.ImportFiles.csv;
import static uk.nhs.dma.api.bulk.ImportFiles.line;
import static uk.nhs.dma.api.bulk.ImportFiles.upload;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;

/** Bulk import over HTTP: a file's rows stored through the API's commands, row by row, once; and the year's export. */
class ImportApiTest extends ApiTest {

    static final int YEAR = 2024;

    String icb;
    String framework;

    @BeforeEach
    void register() {
        String region = register(Fixtures.code("Y"), "REGION", null, null);
        icb = register(Fixtures.code("Q"), "ICB", region, "2022-07-01");
        framework = Fixtures.frameworkId(YEAR);
        assertThat(admin().post("/api/frameworks", Fixtures.framework(framework, YEAR)).status()).isEqualTo(201);
    }

    String register(String ods, String type, String parent, String openedOn) {
        Api.Response created = admin().post("/api/organisations", Fixtures.organisation(ods, type, parent, openedOn));
        assertThat(created.status()).as("registering %s: %s", ods, created).isEqualTo(201);
        return ods;
    }

    String trust() {
        return register(Fixtures.code("R"), "ACUTE", icb, "2001-04-01");
    }

    JsonNode importOf(String fileName, String content) {
        Api.Response uploaded = upload(admin(), fileName, content.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(202);
        assertThat(uploaded.header("Location")).isEqualTo("/api/admin/imports/" + uploaded.json().get("jobId").asText());
        return awaitDone(admin(), uploaded.json().get("jobId").asText());
    }

    JsonNode reportOf(JsonNode job) {
        return admin().get("/api/admin/imports/" + job.get("jobId").asText() + "/report").json().get("rows");
    }

    @Test
    void each_row_is_stored_through_the_commands_as_the_people_it_names_or_rejected_with_its_rule_and_field() {
        String approved = trust();
        String submitted = trust();
        String outOfRange = trust();
        String selfApproved = trust();

        JsonNode job = importOf("results.csv", csv(
                line(approved, YEAR, framework, "alice", "bob", 3),
                line(submitted, YEAR, framework, null, null, 4),
                line(outOfRange, YEAR, framework, "alice", null, 9),
                line(selfApproved, YEAR, framework, "carol", "carol", 3),
                line("rj1", YEAR, framework, "alice", null, 3)));

        assertThat(job.get("totalRows").asInt()).isEqualTo(5);
        assertThat(job.get("processed").asInt()).isEqualTo(5);
        assertThat(job.get("accepted").asInt()).isEqualTo(2);
        assertThat(job.get("rejected").asInt()).isEqualTo(3);
        JsonNode rows = reportOf(job);
        assertThat(rows).extracting(r -> r.get("row").asInt() + " " + r.get("outcome").asText() + " "
                + r.get("rule").asText() + " " + r.get("field").asText()).containsExactly(
                "2 ACCEPTED null null", "3 ACCEPTED null null", "4 REJECTED invalid-score score",
                "5 REJECTED self-approval null", "6 REJECTED invalid-odsCode odsCode");

        String id = approved + "-" + YEAR;
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted", "AnswersRecorded", "EprDeclared",
                "AssessmentSubmitted", "AssessmentApproved");
        assertThat(metaData(id, 0).get("meta").toString()).contains("\"user\":\"alice\"")
                .contains("\"correlationId\":\"import-" + job.get("jobId").asText() + "-row-2\"");
        assertThat(metaData(id, 4).get("meta").toString()).contains("\"user\":\"bob\"");
        assertThat(metaData(submitted + "-" + YEAR, 0).get("meta").toString()).contains("\"user\":\"admin\"");
        assertThat(eventTypes(outOfRange + "-" + YEAR)).isEmpty();
        assertThat(eventTypes(selfApproved + "-" + YEAR)).isEmpty();
        JsonNode read = admin().get("/api/assessments/" + id).json();
        assertThat(read.get("status").asText()).isEqualTo("APPROVED");
        assertThat(read.get("submittedBy").asText()).isEqualTo("alice");
        assertThat(read.get("approvedBy").asText()).isEqualTo("bob");
        assertThat(read.get("boardDate").asText()).isEqualTo("2024-06-01");
    }

    @Test
    void importing_the_same_file_again_stores_nothing() {
        String a = trust();
        String b = trust();
        String file = csv(line(a, YEAR, framework, "alice", "bob", 3), line(b, YEAR, framework, null, null, 2),
                line(b, YEAR, framework, null, null, 5));

        JsonNode first = importOf("again.csv", file);
        long events = eventCount();
        JsonNode second = importOf("again.csv", file);

        assertThat(first.get("accepted").asInt()).isEqualTo(2);
        assertThat(reportOf(first).get(2).get("rule").asText()).isEqualTo("already-exists");
        assertThat(second.get("accepted").asInt()).isZero();
        assertThat(second.get("unchanged").asInt()).isEqualTo(2);
        assertThat(second.get("rejected").asInt()).isEqualTo(1);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void a_year_exports_in_the_import_format_and_imports_again_unchanged_as_csv_and_as_xlsx() throws Exception {
        String a = trust();
        String b = trust();
        importOf("year.csv", csv(line(a, YEAR, framework, "alice", "bob", 3), line(b, YEAR, framework, null, null, 4)));

        JsonNode json = as("auditor").get("/api/results/" + YEAR).json();
        assertThat(json).anySatisfy(r -> {
            assertThat(r.get("odsCode").asText()).isEqualTo(a);
            assertThat(r.get("approvedBy").asText()).isEqualTo("bob");
            assertThat(r.get("answers").get("Q01").asInt()).isEqualTo(3);
        });
        Api.Response exported = as("auditor").get("/api/results/" + YEAR + "?format=csv");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.header("Content-Type")).startsWith("text/csv");
        List<String> lines = Arrays.asList(exported.text().split("\r\n"));
        assertThat(lines.get(0)).startsWith("odsCode,year,frameworkId,assessedOn,eprStatus,eprSupplier,"
                + "eprLiveSince,submittedBy,approvedBy,boardDate,");
        List<String> ours = new ArrayList<>(List.of(lines.get(0)));
        lines.stream().filter(l -> l.startsWith(a + ",") || l.startsWith(b + ",")).forEach(ours::add);
        assertThat(ours).hasSize(3);
        Map<String, String> cells = ImportFiles.cellsOf(lines.get(0), ours.get(1));
        assertThat(cells).containsEntry("odsCode", a).containsEntry("frameworkId", framework)
                .containsEntry("assessedOn", YEAR + "-03-31").containsEntry("eprStatus", "LIVE")
                .containsEntry("submittedBy", "alice").containsEntry("approvedBy", "bob")
                .containsEntry("boardDate", "2024-06-01").containsEntry("Q01", "3");

        JsonNode again = importOf("export.csv", String.join("\r\n", ours) + "\r\n");
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);

        Api.Response xlsx = as("admin").get("/api/results/" + YEAR + "?format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Type")).isEqualTo(ImportController.XLSX);
        byte[] book = Downloads.bytes(port, "admin", "/api/results/" + YEAR + "?format=xlsx");
        Api.Response uploaded = upload(admin(), "export.xlsx", book);
        assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(202);
        JsonNode fromXlsx = awaitDone(admin(), uploaded.json().get("jobId").asText());
        assertThat(fromXlsx.get("accepted").asInt()).isZero();
        assertThat(fromXlsx.get("rejected").asInt()).as("%s", reportOf(fromXlsx)).isZero();
        assertThat(reportOf(fromXlsx)).anySatisfy(r -> assertThat(r.get("assessmentId").asText()).isEqualTo(a + "-" + YEAR));
    }

    @Test
    void the_report_is_also_csv() {
        String a = trust();
        JsonNode job = importOf("report.csv", csv(line(a, YEAR, framework, null, null, 7)));

        Api.Response report = admin().get("/api/admin/imports/" + job.get("jobId").asText() + "/report?format=csv");

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.text()).startsWith("row,assessmentId,outcome,rule,field,detail\r\n2," + a + "-" + YEAR
                + ",REJECTED,invalid-score,score,");
    }
}
