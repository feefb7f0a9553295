package uk.nhs.dma.api.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;

/**
 * A CAPABILITY target over declared social care records, and a REPORTED target with observations, over HTTP: the
 * progress of each on a date, the CSV column, and bad observations refused with nothing stored.
 */
class CapabilityAndReportedProgressApiTest extends ApiTest {

    private Api admin;
    private String region;
    private String withRecord;
    private String without;
    private String dscr;
    private String app;
    private String lastPosition = "0";

    @BeforeEach
    void history() {
        admin = admin();
        region = Fixtures.code("Y");
        String icb = Fixtures.code("Q");
        withRecord = Fixtures.code("V");
        without = Fixtures.code("V");
        dscr = "dscr-" + Fixtures.code("t").toLowerCase();
        app = "app-" + Fixtures.code("t").toLowerCase();
        send(admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)));
        send(admin.post("/api/organisations", Fixtures.organisation(icb, "ICB", region, "2022-07-01")));
        for (String provider : List.of(withRecord, without)) {
            send(admin.post("/api/organisations", Fixtures.organisation(provider, "ADULT_SOCIAL_CARE_PROVIDER", icb,
                    "2015-04-01")));
        }
        send(admin.post("/api/organisations/" + withRecord + "/capabilities", Map.of("capability",
                "DIGITAL_SOCIAL_CARE_RECORD", "status", "IN_PLACE", "effectiveFrom", "2023-06-01")));
        send(admin.post("/api/targets", Map.of("targetId", dscr, "name", "Digital social care records",
                "metric", "CAPABILITY", "capability", "DIGITAL_SOCIAL_CARE_RECORD",
                "population", List.of("ADULT_SOCIAL_CARE_PROVIDER"),
                "milestones", List.of(Map.of("dueBy", "2024-03-31", "thresholdPercent", 80)),
                "source", "People at the Heart of Care")));
        send(admin.post("/api/targets", Map.of("targetId", app, "name", "Adults registered for the NHS App",
                "metric", "REPORTED", "milestones", List.of(Map.of("dueBy", "2024-03-31", "thresholdPercent", 75)),
                "source", "A plan for digital health and social care")));
        send(admin.post("/api/targets/" + app + "/observations", Map.of("observedOn", "2023-01-31",
                "percent", 62.5, "source", "Econsultancy")));
    }

    @Test
    void a_capability_target_counts_the_declaration_in_force_on_the_date() {
        JsonNode before = read("/api/targets/" + dscr + "/progress?asOf=2023-05-31&scope=REGION:" + region).json();
        JsonNode after = read("/api/targets/" + dscr + "/progress?asOf=2024-03-31&scope=REGION:" + region).json();

        assertThat(before.get("numerator").asInt()).isZero();
        assertThat(before.get("denominator").asInt()).isEqualTo(2);
        assertThat(after.get("numerator").asInt()).isEqualTo(1);
        assertThat(after.get("percent").decimalValue()).isEqualByComparingTo("50");
        assertThat(after.get("milestones").get(0).get("met").asBoolean()).isFalse();
        assertThat(after.get("nonCompliant")).extracting(JsonNode::asText).containsExactly(without);
        List<String> csv = admin.header("Accept", "text/csv")
                .get("/api/targets/" + dscr + "/progress?asOf=2024-03-31&scope=REGION:" + region).text().lines().toList();
        assertThat(csv.get(0)).endsWith(",capabilityStatus,capabilityEffectiveFrom");
        assertThat(csv).anySatisfy(l -> assertThat(l).startsWith(withRecord + ",").endsWith(",IN_PLACE,2023-06-01"));
    }

    @Test
    void a_reported_target_answers_the_latest_observation_on_or_before_the_date() {
        assertThat(read("/api/targets/" + app + "/progress?asOf=2023-01-30").json().get("percent").isNull()).isTrue();
        JsonNode view = read("/api/targets/" + app + "/progress?asOf=2024-03-31").json();

        assertThat(view.get("percent").decimalValue()).isEqualByComparingTo("62.5");
        assertThat(view.get("observation").get("source").asText()).isEqualTo("Econsultancy");
        assertThat(view.get("milestones").get(0).get("met").asBoolean()).isFalse();
        assertThat(read("/api/targets/" + app).json().get("observations")).hasSize(1);
    }

    @Test
    void bad_observations_are_refused_and_nothing_is_stored() {
        long before = eventCount();

        assertProblem(admin.post("/api/targets/" + app + "/observations", Map.of("observedOn", "2023-02-28",
                "percent", 101, "source", "x")), 422, "invalid-percent");
        assertProblem(admin.post("/api/targets/" + app + "/observations", Map.of("observedOn", "2023-01-31",
                "percent", 63, "source", "x")), 409, "observation-exists");
        assertProblem(admin.post("/api/targets/" + app + "/observations", Map.of("observedOn", "2023-02-28",
                "percent", 63)), 422, "invalid-source");
        assertProblem(admin.post("/api/targets/" + dscr + "/observations", Map.of("observedOn", "2023-02-28",
                "percent", 63, "source", "x")), 409, "not-reported");
        assertProblem(as("analyst").post("/api/targets/" + app + "/observations", Map.of("observedOn", "2023-02-28",
                "percent", 63, "source", "x")), 403, "forbidden");
        assertThat(eventCount()).isEqualTo(before);
    }

    private void send(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        lastPosition = response.header("X-Event-Position");
    }

    private Api.Response read(String path) {
        Api.Response response = admin.header("X-Min-Position", lastPosition).get(path);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
        return response;
    }
}
