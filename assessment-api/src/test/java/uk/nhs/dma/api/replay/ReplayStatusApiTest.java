package uk.nhs.dma.api.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.projections.testing.Eventually;

/**
 * Once a replay is DONE no processor is replaying, though no event arrives after it: Axon keeps each processor's
 * ReplayToken until an event beyond its reset position comes, which on a quiet store may be never.
 */
class ReplayStatusApiTest extends ApiTest {

    @Test
    void after_a_replay_every_processor_has_stopped_replaying_without_any_new_event() {
        String region = Fixtures.code("Y");
        assertThat(admin().post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)).status())
                .isEqualTo(201);
        Api.Response started = admin().post("/api/admin/replays", Map.of("processors", List.of("all")));
        assertThat(started.status()).isEqualTo(202);
        String replayId = started.json().get("replayId").asText();
        Api.Response done = Eventually.await(() -> admin().get("/api/admin/replays/" + replayId),
                r -> !"RUNNING".equals(r.json().get("status").asText()), Duration.ofMinutes(2));
        long events = eventCount();

        assertThat(done.json().get("status").asText()).isEqualTo("DONE");
        JsonNode processors = admin().get("/api/admin/projections").json().get("processors");
        assertThat(processors).extracting(p -> p.get("name").asText())
                .contains("organisations", "frameworks", "targets", "assessments");
        processors.forEach(p -> assertThat(p.get("replaying").asBoolean()).as(p.toString()).isFalse());
        assertThat(replayingGauges()).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy((series, value) -> assertThat(value).as(series).isZero());
        assertThat(admin().get("/api/organisations/" + region).status()).isEqualTo(200);
        assertThat(eventCount()).isEqualTo(events);
    }

    private Map<String, Double> replayingGauges() {
        Map<String, Double> gauges = new LinkedHashMap<>();
        admin().header("Accept", "text/plain").get("/actuator/prometheus").text().lines()
                .filter(line -> line.startsWith("dma_projection_replaying{"))
                .forEach(line -> gauges.put(line.substring(0, line.lastIndexOf(' ')),
                        Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))));
        return gauges;
    }
}
