package uk.nhs.dma.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.eventstore.audit.EventHash;

/**
 * A submitted assessment whose stored overall score is then rewritten from 2 to 3 with a consistent hash, chain and
 * stream head: only rescoring from the answers can catch it.
 */
final class ForgedSubmission {

    private ForgedSubmission() {
    }

    /** Registers a trust under {@code icb}, submits its 2024 assessment, forges the submission; its assessment id. */
    static String create(Api admin, JdbcTemplate jdbc, String icb) {
        String framework = Fixtures.frameworkId(2024);
        String other = Fixtures.code("R");
        ok(admin.post("/api/organisations", Fixtures.organisation(other, "ACUTE", icb, "2001-04-01")));
        ok(admin.post("/api/frameworks", Fixtures.framework(framework, 2024)));
        ok(admin.post("/api/assessments", Map.of("odsCode", other, "year", 2024, "frameworkId", framework)));
        String id = other + "-2024";
        ok(admin.put("/api/assessments/" + id + "/answers", Fixtures.allAnswers(2)));
        ok(admin.put("/api/assessments/" + id + "/epr", Map.of("status", "NONE")));
        ok(admin.post("/api/assessments/" + id + "/submission", null));
        Map<String, Object> row = jdbc.queryForMap("select * from domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = 3", id);
        String forged = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8)
                .replace("\"overall\":2.0000", "\"overall\":3.0000");
        assertThat(forged).as("the submission's stored overall score").contains("\"overall\":3.0000");
        String meta = new String((byte[]) row.get("meta_data"), StandardCharsets.UTF_8);
        String previous = meta.replaceAll(".*\"previousHash\":\"([0-9a-f]{64})\".*", "$1");
        String hash = EventHash.v2(previous, HashVersionTest.row(row, forged.getBytes(StandardCharsets.UTF_8)));
        jdbc.update("update domain_event_entry set payload = ?, meta_data = ? where aggregate_identifier = ?"
                        + " and sequence_number = 3", forged.getBytes(StandardCharsets.UTF_8),
                meta.replaceAll("\"hash\":\"[0-9a-f]{64}\"", "\"hash\":\"" + hash + "\"")
                        .getBytes(StandardCharsets.UTF_8), id);
        jdbc.update("update audit_stream_head set last_hash = ? where aggregate_identifier = ?", hash, id);
        return id;
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }
}
