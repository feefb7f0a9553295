package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.CareSettingFixtures;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.projections.testing.Eventually;

/**
 * Every kind of organisation in the read side, over HTTP: the domain scores of a level-gated submission in the
 * assessment's GET (now and as known at an instant); an ICB, a trust, practices and a care provider in a target's
 * population and in a region's and an ICB's scope; summaries of the types asked, in JSON and CSV; and a regional
 * analyst ({@code et-regional}, region ET1) reading them by region.
 *
 * <pre>
 * ET1 - ETQ1: ICB ETQ1, acute trust, practice, care provider    (assessed 2025: the trust, the ICB, the practice)
 * other region - other ICB: practice                            (out of et-regional's reach)
 * </pre>
 */
class EveryTypeApiTest extends ScenarioApiTest {

    private static final String REGION = "ET1";
    private static final String ICB = "ETQ1";
    private static String acute;
    private static String practice;
    private static String provider;
    private static String elsewhere;
    private static String target;

    @BeforeEach
    void history() {
        if (target != null) {
            return;
        }
        register(REGION, "REGION", null, null);
        register(ICB, "ICB", REGION, "2022-07-01");
        acute = trust(ICB, "2001-04-01");
        practice = register(Fixtures.code("F"), "GENERAL_PRACTICE", ICB, "2001-04-01");
        provider = register(Fixtures.code("V"), "ADULT_SOCIAL_CARE_PROVIDER", ICB, "2001-04-01");
        elsewhere = register(Fixtures.code("F"), "GENERAL_PRACTICE", icb(region()), "2001-04-01");
        String framework = Fixtures.frameworkId(2025);
        Map<String, Object> dma = CareSettingFixtures.dma(framework, 2025);
        assertThat(admin().post("/api/frameworks", dma).status()).isEqualTo(201);
        assess(acute, framework, CareSettingApiTest.set(dma, 0), 3);
        assess(ICB, framework, CareSettingApiTest.set(dma, 1), 2);
        assess(practice, framework, CareSettingApiTest.set(dma, 2), 3);
        for (String ods : List.of(ICB, acute, practice)) {
            assertThat(admin().post("/api/organisations/" + ods + "/capabilities", Map.of("capability",
                    "SHARED_CARE_RECORD", "status", "IN_PLACE", "effectiveFrom", "2024-01-01")).status()).isEqualTo(201);
        }
        String id = "scr-" + Fixtures.code("E").toLowerCase();
        assertThat(admin().post("/api/targets", Map.of("targetId", id, "name", "Shared care records",
                "metric", "CAPABILITY", "capability", "SHARED_CARE_RECORD",
                "population", List.of("ICB", "ACUTE", "GENERAL_PRACTICE", "ADULT_SOCIAL_CARE_PROVIDER"),
                "milestones", List.of(Map.of("dueBy", "2024-03-31", "thresholdPercent", 100)),
                "source", "NHS Long Term Plan")).status()).isEqualTo(201);
        target = id;
    }

    private void assess(String ods, String framework, List<String> elements, int level) {
        assertThat(submitter().post("/api/assessments", start(ods, 2025, framework)).status()).isEqualTo(201);
        String id = ods + "-2025";
        ok(submitter().put(path(id, "answers"), CareSettingApiTest.metUpTo(elements, level)));
        ok(submitter().put(path(id, "epr"), epr("LIVE")));
        ok(submitter().post(path(id, "submission"), null));
    }

    private Api.Response awaitAs(Api caller, String path, java.util.function.Predicate<Api.Response> until) {
        return Eventually.await(() -> caller.get(path), until, Duration.ofSeconds(15));
    }

    /** One column of a CSV answer, by its header. */
    private static List<String> column(String csv, String name) {
        List<String> lines = csv.lines().toList();
        int index = List.of(lines.get(0).split(",")).indexOf(name);
        return lines.stream().skip(1).map(l -> l.split(",", -1)[index]).toList();
    }

    private static List<String> codes(JsonNode rows, String field) {
        List<String> codes = new ArrayList<>();
        rows.forEach(r -> codes.add(r.get(field).asText()));
        return codes;
    }

    @Test
    void the_get_of_a_level_gated_assessment_shows_its_domain_scores_in_the_frameworks_order() {
        JsonNode view = await("/api/assessments/" + acute + "-2025", j -> j.path("scores").has("domains"));

        JsonNode domains = view.get("scores").get("domains");
        List<String> ids = new ArrayList<>();
        domains.fieldNames().forEachRemaining(ids::add);
        assertThat(ids).containsExactly("WL-P", "SF-P", "SP-P", "PE-P", "EC-P", "IC-P", "HP-P");
        assertThat(domains.get("WL-P").decimalValue()).isEqualByComparingTo("3");
        JsonNode icb = await("/api/assessments/" + ICB + "-2025", j -> j.path("scores").has("domains"));
        assertThat(icb.get("scores").get("domains").get("HP-I").decimalValue()).isEqualByComparingTo("2");

        JsonNode known = ok(admin().get("/api/assessments/" + acute + "-2025?knownAt=" + java.time.Instant.now()))
                .json();
        assertThat(known.get("scores").get("domains")).isEqualTo(domains);
    }

    @Test
    void a_regions_scope_counts_its_icb_beside_the_trust_practice_and_provider_under_it() {
        String path = "/api/targets/" + target + "/progress?asOf=2024-06-01&scope=REGION:" + REGION;
        JsonNode progress = await(path, j -> j.path("numerator").asInt() == 3);

        assertThat(progress.get("denominator").asInt()).isEqualTo(4);
        assertThat(progress.get("nonCompliant")).extracting(JsonNode::asText).containsExactly(provider);
        assertThat(column(admin().header("Accept", "text/csv").get(path).text(), "odsCode"))
                .containsExactlyInAnyOrder(ICB, acute, practice, provider);
        String icbPath = "/api/targets/" + target + "/progress?asOf=2024-06-01&scope=ICB:" + ICB;
        await(icbPath, j -> j.path("denominator").asInt() == 4);
        assertThat(column(admin().header("Accept", "text/csv").get(icbPath).text(), "icbCode")).containsOnly(ICB);

        Api.Response regional = awaitAs(as("et-regional"), path,
                r -> r.status() == 200 && r.json().path("denominator").asInt() == 4);
        assertThat(regional.json().get("withheld").asInt()).isZero();
        String csv = as("et-regional").header("Accept", "text/csv").get(path).text();
        assertThat(csv.lines()).hasSize(5).anyMatch(l -> l.startsWith(ICB + ","));
    }

    @Test
    void a_summary_lists_the_types_asked_and_the_trusts_by_default_in_json_and_csv() {
        String base = "/api/summary?year=2025&asOf=2025-06-01&scope=REGION:" + REGION;
        JsonNode trusts = await(base, j -> j.path("assessed").asInt() == 1);
        assertThat(codes(trusts.get("rows"), "odsCode")).containsExactly(acute);

        JsonNode others = await(base + "&type=ICB&type=GENERAL_PRACTICE&type=ADULT_SOCIAL_CARE_PROVIDER",
                j -> j.path("assessed").asInt() == 2);
        assertThat(codes(others.get("rows"), "odsCode")).containsExactlyInAnyOrder(ICB, practice, provider);
        assertThat(codes(others.get("rows"), "regionCode")).containsOnly(REGION);
        assertThat(others.get("overallMean").decimalValue()).isEqualByComparingTo("2.5");

        String csv = as("et-regional").header("Accept", "text/csv")
                .get(base + "&type=ICB,GENERAL_PRACTICE").text();
        assertThat(csv.lines()).hasSize(3).anyMatch(l -> l.startsWith(practice + ","))
                .anyMatch(l -> l.startsWith(ICB + ","));
        assertProblem(admin().get(base + "&type=SURGERY"), 400, "invalid-parameter");
    }

    @Test
    void the_domain_scores_behind_a_summary_are_a_row_per_organisation_and_domain_in_json_and_csv() {
        String base = "/api/summary/domains?year=2025&asOf=2025-06-01&scope=REGION:" + REGION;
        JsonNode trusts = await(base, j -> j.path("rows").size() == 7);
        assertThat(codes(trusts.get("rows"), "odsCode")).containsOnly(acute);
        assertThat(codes(trusts.get("rows"), "domainId"))
                .containsExactly("WL-P", "SF-P", "SP-P", "PE-P", "EC-P", "IC-P", "HP-P");
        assertThat(trusts.get("rows").get(0).get("score").decimalValue()).isEqualByComparingTo("3");

        JsonNode icbs = await(base + "&type=ICB", j -> j.path("rows").size() == 7);
        assertThat(codes(icbs.get("rows"), "domainId")).allMatch(id -> id.endsWith("-I"));
        icbs.get("rows").forEach(r -> assertThat(r.get("score").decimalValue()).isEqualByComparingTo("2"));

        String csv = as("et-regional").header("Accept", "text/csv").get(base + "&type=ICB,GENERAL_PRACTICE").text();
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(
                "odsCode,name,type,regionCode,icbCode,assessmentId,revision,frameworkId,domainId,score");
        assertThat(column(csv, "odsCode")).hasSize(14).containsOnly(ICB, practice);
        assertProblem(admin().get(base + "&type=SURGERY"), 400, "invalid-parameter");
        assertProblem(admin().get(base.replace("year=2025", "year=1066")), 400, "invalid-parameter");
        assertThat(as("et-regional").get("/api/summary/domains?year=2025&scope=NATIONAL").status()).isEqualTo(403);
    }

    @Test
    void a_regional_analyst_reads_the_practices_and_icbs_of_its_region_and_nothing_outside() {
        awaitAs(admin(), "/api/assessments/" + practice + "-2025", r -> r.status() == 200);
        assertThat(as("et-regional").get("/api/assessments/" + practice + "-2025").status()).isEqualTo(200);
        assertThat(as("et-regional").get("/api/assessments/" + ICB + "-2025").status()).isEqualTo(200);
        assertThat(as("et-regional").get("/api/organisations/" + provider + "/capabilities").status()).isEqualTo(200);
        assertThat(as("et-regional").get("/api/organisations/" + elsewhere + "/capabilities").status()).isEqualTo(403);
        assertThat(as("et-regional").get("/api/summary?year=2025&scope=NATIONAL").status()).isEqualTo(403);
    }
}
