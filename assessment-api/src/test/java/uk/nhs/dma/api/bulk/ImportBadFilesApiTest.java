package uk.nhs.dma.api.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.bulk.ImportFiles.upload;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;

/** A file refused whole gets a problem naming its rule (and the column at fault) and stores nothing. */
class ImportBadFilesApiTest extends ApiTest {

    private long jobs() {
        Long count = jdbc.queryForObject("select count(*) from import_job", Long.class);
        Long rows = jdbc.queryForObject("select count(*) from import_row", Long.class);
        return count * 1_000_000 + rows;
    }

    private void refused(String fileName, byte[] content, int status, String rule, String field) {
        long before = jobs();
        Api.Response response = upload(admin(), fileName, content);
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.json().get("rule").asText()).isEqualTo(rule);
        if (field != null) {
            assertThat(response.json().get("field").asText()).isEqualTo(field);
        }
        assertThat(response.json().has("correlationId")).isTrue();
        assertThat(jobs()).isEqualTo(before);
    }

    private static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void an_unknown_column_is_refused_naming_it() {
        refused("unknown.csv", text(ImportFiles.header() + ",NOT-A-QUESTION\r\nRJ1,2024,wgll-2024,,LIVE\r\n"), 422,
                "unknown-column", "NOT-A-QUESTION");
    }

    @Test
    void a_missing_required_column_is_refused_naming_it() {
        refused("missing.csv", text("odsCode,year,frameworkId\r\nRJ1,2024,wgll-2024\r\n"), 422, "missing-column",
                "eprStatus");
    }

    @Test
    void a_column_twice_is_refused() {
        refused("twice.csv", text("odsCode,year,frameworkId,eprStatus,year\r\n"), 422, "duplicate-column", "year");
    }

    @Test
    void a_line_with_more_cells_than_columns_refuses_the_whole_file() {
        refused("ragged.csv", text("odsCode,year,frameworkId,eprStatus\r\nRJ1,2024,wgll-2024,LIVE\r\n"
                + "RJ2,2024,wgll-2024,LIVE,extra\r\n"), 422, "unreadable-file", "file");
    }

    @Test
    void an_unreadable_workbook_is_refused() {
        refused("broken.xlsx", text("this is not a zip"), 422, "unreadable-file", "file");
    }

    @Test
    void an_empty_file_or_one_with_no_rows_is_refused() {
        refused("empty.csv", new byte[0], 422, "unreadable-file", "file");
        refused("header-only.csv", text("odsCode,year,frameworkId,eprStatus\r\n"), 422, "no-rows", "file");
    }

    @Test
    void a_file_of_another_type_is_refused() {
        refused("results.txt", text("odsCode\r\n"), 415, "unsupported-file-type", "file");
    }

    @Test
    void a_body_that_is_not_multipart_is_refused() {
        Api.Response response = admin().post("/api/admin/imports", "{}");
        assertThat(response.status()).isEqualTo(415);
    }

    @org.springframework.beans.factory.annotation.Autowired
    ImportUploads uploads;

    @Test
    void a_file_over_the_limit_is_refused_before_it_is_read() {
        long before = jobs();
        // over HTTP the container cuts such an upload off as it arrives (spring.servlet.multipart.max-file-size),
        // so the client sees the connection closed rather than an answer; the upload's own check says 413
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> uploads.upload("large.csv", uploads.maxBytes() + 1,
                        new java.io.ByteArrayInputStream(new byte[0]), "admin"))
                .isInstanceOfSatisfying(ImportRefused.class, e -> {
                    assertThat(e.status().value()).isEqualTo(413);
                    assertThat(e.rule()).isEqualTo("file-too-large");
                });
        assertThat(jobs()).isEqualTo(before);
    }

    @Test
    void an_unknown_job_or_an_implausible_year_is_not_found_and_an_unknown_format_is_a_bad_parameter() {
        assertThat(admin().get("/api/admin/imports/no-such-job").status()).isEqualTo(404);
        assertThat(admin().get("/api/admin/imports/no-such-job/report").status()).isEqualTo(404);
        assertThat(admin().get("/api/results/1999").status()).isEqualTo(404); // a path outside the years names nothing
        assertThat(admin().get("/api/results/2024?format=pdf").json().get("rule").asText()).isEqualTo("invalid-parameter");
    }

    @Test
    void only_an_admin_imports_and_only_an_admin_or_auditor_exports() {
        assertThat(upload(as("auditor"), "x.csv", text("odsCode\r\n")).status()).isEqualTo(403);
        assertThat(as("analyst").get("/api/results/2024").status()).isEqualTo(403);
        assertThat(as("auditor").get("/api/admin/imports/none").status()).isEqualTo(403);
    }
}
