package uk.nhs.dma.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.api.testing.TestUsers;

/**
 * The targets beyond the EPR show on the scrape as {@code dma_target_percent{target,scope="NATIONAL"}} like the
 * others: a CAPABILITY target (shared care records, counted over ICBs) with today's national percentage, as its
 * progress answers it, and a REPORTED one (the NHS App) with its latest observation on or before today.
 */
class NewTargetMetricsApiTest extends ApiTest {

    @Autowired
    OperationalMetrics metrics;

    @Test
    void capability_and_reported_targets_have_a_national_percent_gauge() {
        Api admin = admin();
        String region = Fixtures.code("Y");
        String icb = Fixtures.code("Q");
        ok(admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)));
        ok(admin.post("/api/organisations", Fixtures.organisation(icb, "ICB", region, "2022-07-01")));
        ok(admin.post("/api/organisations/" + icb + "/capabilities", Map.of("capability", "SHARED_CARE_RECORD",
                "status", "IN_PLACE", "effectiveFrom", "2024-01-01")));
        ok(admin.post("/api/targets", Map.of("targetId", "shared-care-records", "name", "Shared care records",
                "metric", "CAPABILITY", "capability", "SHARED_CARE_RECORD", "population", List.of("ICB"),
                "milestones", List.of(Map.of("dueBy", "2024-03-31", "thresholdPercent", 100)),
                "source", "NHS Long Term Plan")));
        ok(admin.post("/api/targets", Map.of("targetId", "nhs-app-adults", "name", "Adults registered for the NHS App",
                "metric", "REPORTED", "milestones", List.of(Map.of("dueBy", "2024-03-31", "thresholdPercent", 75)),
                "source", "Delivery plan for recovering access to primary care")));
        String last = ok(admin.post("/api/targets/nhs-app-adults/observations", Map.of("observedOn", "2024-03-01",
                "percent", 71.5, "source", "NHS App dashboard"))).header("X-Event-Position");
        JsonNode progress = admin.header("X-Min-Position", last)
                .get("/api/targets/shared-care-records/progress?scope=NATIONAL").json();
        assertThat(progress.get("numerator").asInt()).isPositive();

        assertThat(metrics.refresh()).isTrue();
        String text = scrape();

        assertThat(Scrape.value(text, "dma_target_percent", "target=\"shared-care-records\"", "scope=\"NATIONAL\""))
                .isEqualTo(progress.get("percent").doubleValue());
        assertThat(Scrape.value(text, "dma_target_percent", "target=\"nhs-app-adults\"", "scope=\"NATIONAL\""))
                .isEqualTo(71.5);
    }

    private String scrape() {
        HttpResponse<String> response = Scrape.get(port, Scrape.basic("admin", TestUsers.password("admin")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response;
    }
}
