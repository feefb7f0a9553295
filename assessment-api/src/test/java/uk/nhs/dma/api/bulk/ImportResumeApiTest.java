package uk.nhs.dma.api.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;

/**
 * A job a restart interrupted: its state is in PostgreSQL, and the worker, as it does when the service starts,
 * carries it on from the first row without an outcome; rows already done are not sent again.
 */
class ImportResumeApiTest extends ApiTest {

    @Autowired
    ImportWorker worker;

    private String register(String ods, String type, String parent, String openedOn) {
        Api.Response created = admin().post("/api/organisations", Fixtures.organisation(ods, type, parent, openedOn));
        assertThat(created.status()).isEqualTo(201);
        return ods;
    }

    @Test
    void an_interrupted_job_carries_on_from_its_first_row_without_an_outcome() {
        String region = register(Fixtures.code("Y"), "REGION", null, null);
        String icb = register(Fixtures.code("Q"), "ICB", region, "2022-07-01");
        String framework = Fixtures.frameworkId(2024);
        assertThat(admin().post("/api/frameworks", Fixtures.framework(framework, 2024)).status()).isEqualTo(201);
        List<String> trusts = List.of(register(Fixtures.code("R"), "ACUTE", icb, "2001-04-01"),
                register(Fixtures.code("R"), "ACUTE", icb, "2001-04-01"),
                register(Fixtures.code("R"), "ACUTE", icb, "2001-04-01"));
        String job = UUID.randomUUID().toString();
        // as a worker left it when the service stopped: RUNNING, its first row done, two to go
        jdbc.update("insert into import_job (job_id, file_name, file_format, uploaded_by, uploaded_at, status, total_rows,"
                + " started_at) values (?, 'interrupted.csv', 'CSV', 'admin', now(), 'RUNNING', 3, now())", job);
        for (int i = 0; i < trusts.size(); i++) {
            String cells = uk.nhs.dma.projections.support.Json.write(ImportFiles.cellsOf(ImportFiles.header(),
                    ImportFiles.line(trusts.get(i), 2024, framework, "alice", "bob", 3)));
            jdbc.update("insert into import_row (job_id, row_number, cells, outcome) values (?, ?, cast(? as jsonb), ?)",
                    job, i + 2, cells, i == 0 ? "ACCEPTED" : null);
        }

        worker.resume();
        JsonNode done = ImportFiles.awaitDone(admin(), job);

        assertThat(done.get("processed").asInt()).isEqualTo(3);
        assertThat(done.get("accepted").asInt()).isEqualTo(3);
        assertThat(eventTypes(trusts.get(0) + "-2024")).as("a row done before the restart is not sent again").isEmpty();
        assertThat(eventTypes(trusts.get(1) + "-2024")).hasSize(5);
        assertThat(eventTypes(trusts.get(2) + "-2024")).hasSize(5);
    }
}
