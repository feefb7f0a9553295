package uk.nhs.dma.api.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;

/**
 * Peer benchmarks and mix-adjusted figures over HTTP, in a year no other test uses (2012), so every 2012 peer is
 * ours. Well led in 2012: acute A1 (ICB Q1) 4, A2 (Q2) 2, A3 (Q3, another region) 3; ambulance B1 (Q1) 1, B2 (Q3) 2.
 * Acute median 3, ambulance median 1.5.
 */
class BenchmarkApiTest extends ApiTest {

    private static final int YEAR = 2012;
    private static World world;

    record World(String region, String q1, String q2, String q3, String a1, String a2, String a3, String b1,
                 String b2, Instant beforeA3) {
    }

    private Api admin;

    @BeforeEach
    void once() {
        admin = admin();
        if (world != null) {
            return;
        }
        String region = Fixtures.code("Y");
        String other = Fixtures.code("Y");
        String q1 = Fixtures.code("Q");
        String q2 = Fixtures.code("Q");
        String q3 = Fixtures.code("Q");
        ok(admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)));
        ok(admin.post("/api/organisations", Fixtures.organisation(other, "REGION", null, null)));
        ok(admin.post("/api/organisations", Fixtures.organisation(q1, "ICB", region, "2001-04-01")));
        ok(admin.post("/api/organisations", Fixtures.organisation(q2, "ICB", region, "2001-04-01")));
        ok(admin.post("/api/organisations", Fixtures.organisation(q3, "ICB", other, "2001-04-01")));
        String fw = Fixtures.frameworkId(YEAR);
        ok(admin.post("/api/frameworks", Fixtures.framework(fw, YEAR)));
        String a1 = trust("ACUTE", q1, fw, 4);
        String a2 = trust("ACUTE", q2, fw, 2);
        String b1 = trust("AMBULANCE", q1, fw, 1);
        String b2 = trust("AMBULANCE", q3, fw, 2);
        Instant beforeA3 = Instant.now();
        String a3 = trust("ACUTE", q3, fw, 3);
        world = new World(region, q1, q2, q3, a1, a2, a3, b1, b2, beforeA3);
    }

    @Test
    void a_trust_against_its_care_setting_nationally_and_in_its_region() {
        JsonNode view = read("/api/organisations/" + world.a1() + "/benchmark?year=" + YEAR).json();
        assertThat(view.get("type").asText()).isEqualTo("ACUTE");
        assertThat(view.get("regionCode").asText()).isEqualTo(world.region());
        assertThat(view.get("asOf").asText()).isEqualTo(YEAR + "-03-31");
        JsonNode wellLed = view.get("measures").get(0);
        assertThat(wellLed.get("measureId").asText()).isEqualTo("well-led");
        assertThat(wellLed.get("score").decimalValue()).isEqualByComparingTo("4");
        JsonNode national = wellLed.get("national");
        assertThat(national.get("peers").asInt()).isEqualTo(3);
        assertThat(national.get("median").decimalValue()).isEqualByComparingTo("3");
        assertThat(national.get("lowerQuartile").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(national.get("upperQuartile").decimalValue()).isEqualByComparingTo("3.5");
        assertThat(national.get("percentileRank").decimalValue()).isEqualByComparingTo("83.33");
        JsonNode region = wellLed.get("region");
        assertThat(region.get("peers").asInt()).isEqualTo(2);
        assertThat(region.get("percentileRank").decimalValue()).isEqualByComparingTo("75");
        assertThat(view.get("measures").get(7).get("measureId").asText()).isEqualTo("overall");

        JsonNode known = read("/api/organisations/" + world.a1() + "/benchmark?year=" + YEAR + "&knownAt="
                + world.beforeA3()).json();
        assertThat(known.get("measures").get(0).get("national").get("peers").asInt()).as("A3 not yet submitted")
                .isEqualTo(2);
        JsonNode b1 = read("/api/organisations/" + world.b1() + "/benchmark?year=" + YEAR).json();
        assertThat(b1.get("measures").get(0).get("national").get("median").decimalValue()).isEqualByComparingTo("1.5");

        Api.Response csv = admin.get("/api/organisations/" + world.a1() + "/benchmark?year=" + YEAR + "&format=csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.text().lines().toList();
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).startsWith("odsCode,type,year,measureId,score,nationalPeers,nationalMedian");
        assertThat(lines.get(1)).startsWith(world.a1() + ",ACUTE,2012,well-led,4.0000,3,3.0000,2.5000,3.5000,83.33,");
    }

    @Test
    void an_icb_s_mix_adjusted_figures_beside_its_plain_mean_ranked_among_the_icbs() {
        JsonNode q1 = read("/api/benchmarks/mix-adjusted?scope=ICB:" + world.q1() + "&year=" + YEAR).json();
        JsonNode wellLed = q1.get("measures").get(0);
        assertThat(wellLed.get("groupCode").asText()).isEqualTo(world.q1());
        assertThat(wellLed.get("trusts").asInt()).isEqualTo(2);
        assertThat(wellLed.get("plainMean").decimalValue()).isEqualByComparingTo("2.5"); // (4 + 1) / 2
        assertThat(wellLed.get("mixAdjusted").decimalValue()).isEqualByComparingTo("0.25"); // (+1 - 0.5) / 2
        assertThat(wellLed.get("groups").asInt()).isEqualTo(3);
        assertThat(wellLed.get("plainRank").asInt()).isEqualTo(1);
        assertThat(q1.get("trusts")).extracting(t -> t.get("odsCode").asText())
                .containsExactlyInAnyOrder(world.a1(), world.b1());

        JsonNode q2 = read("/api/benchmarks/mix-adjusted?scope=ICB:" + world.q2() + "&year=" + YEAR).json();
        assertThat(q2.get("measures").get(0).get("mixAdjusted").decimalValue()).isEqualByComparingTo("-1");
        assertThat(q2.get("measures").get(0).get("mixAdjustedRank").asInt()).isEqualTo(3);

        JsonNode region = read("/api/benchmarks/mix-adjusted?scope=REGION:" + world.region() + "&year=" + YEAR)
                .json();
        assertThat(region.get("measures").get(0).get("trusts").asInt()).isEqualTo(3);
        assertThat(region.get("measures").get(0).get("groups").asInt()).isEqualTo(2);

        Api.Response csv = admin.header("Accept", "text/csv")
                .get("/api/benchmarks/mix-adjusted?scope=ICB:" + world.q1() + "&year=" + YEAR);
        assertThat(csv.text().lines().toList()).hasSize(8).first().asString()
                .isEqualTo("groupCode,measureId,trusts,plainMean,plainRank,mixAdjusted,mixAdjustedRank,groups");
    }

    @Test
    void bad_input_is_a_problem_and_out_of_scope_is_refused() {
        Api.Response national = admin.get("/api/benchmarks/mix-adjusted?scope=NATIONAL&year=" + YEAR);
        assertThat(national.status()).isEqualTo(400);
        assertThat(national.json().get("rule").asText()).isEqualTo("invalid-scope");
        assertThat(admin.get("/api/benchmarks/mix-adjusted").status()).isEqualTo(400);
        assertThat(admin.get("/api/benchmarks/mix-adjusted?scope=ICB:" + world.a1()).status()).isEqualTo(404);
        assertThat(admin.get("/api/benchmarks/mix-adjusted?scope=COUNTY:X&year=" + YEAR).status()).isEqualTo(400);
        assertThat(admin.get("/api/organisations/" + world.a1() + "/benchmark?year=abc").status()).isEqualTo(400);
        assertThat(admin.get("/api/organisations/" + world.a1() + "/benchmark?year=1000").status()).isEqualTo(400);
        assertThat(admin.get("/api/organisations/" + world.a1() + "/benchmark?asOf=2012-02-30").status())
                .isEqualTo(400);
        assertThat(admin.get("/api/organisations/" + world.a1() + "/benchmark?format=pdf").status()).isEqualTo(400);
        assertThat(admin.get("/api/organisations/ZZ9/benchmark").status()).isEqualTo(404);
        assertThat(admin.get("/api/organisations/" + world.a1() + "/benchmark?knownAt=2000-01-01T00:00:00Z")
                .status()).isEqualTo(404);
        assertThat(admin.header("Accept", "application/xml").get("/api/organisations/" + world.a1() + "/benchmark")
                .status()).isEqualTo(406);
    }

    private String trust(String type, String icb, String fw, int score) {
        String ods = Fixtures.code("R");
        ok(admin.post("/api/organisations", Fixtures.organisation(ods, type, icb, "2001-04-01")));
        ok(admin.post("/api/assessments", Map.of("odsCode", ods, "year", YEAR, "frameworkId", fw)));
        String id = ods + "-" + YEAR;
        ok(admin.put("/api/assessments/" + id + "/answers", Fixtures.allAnswers(score)));
        ok(admin.put("/api/assessments/" + id + "/epr", Map.of("status", "NONE")));
        ok(admin.post("/api/assessments/" + id + "/submission", null));
        return ods;
    }

    private Api.Response read(String path) {
        Api.Response response = admin.get(path);
        assertThat(response.status()).as(path + " " + response).isEqualTo(200);
        return response;
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }
}
