package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.api.testing.TestUsers;

/**
 * An analyst reads a trust's peer benchmark on its page and an ICB's mix-adjusted figures on the ICB's page, in a
 * year no other test uses (2013): acute A1 4 and A2 2 and ambulance B1 1 in the ICB, ambulance B2 2 elsewhere.
 */
class BenchmarkBrowserTest extends ApiTest {

    private static final int YEAR = 2013;
    private static Browser browser;
    private static String icb;
    private static String a1;

    @BeforeEach
    void open() {
        browser = browser == null ? Browser.open(port) : browser.forget();
        if (icb == null) {
            Api admin = admin();
            String region = Fixtures.code("Y");
            String other = Fixtures.code("Q");
            icb = Fixtures.code("Q");
            ok(admin.post("/api/organisations", Fixtures.organisation(region, "REGION", null, null)));
            ok(admin.post("/api/organisations", Fixtures.organisation(icb, "ICB", region, "2001-04-01")));
            ok(admin.post("/api/organisations", Fixtures.organisation(other, "ICB", region, "2001-04-01")));
            String fw = Fixtures.frameworkId(YEAR);
            ok(admin.post("/api/frameworks", Fixtures.framework(fw, YEAR)));
            a1 = trust(admin, "ACUTE", icb, fw, 4);
            trust(admin, "ACUTE", icb, fw, 2);
            trust(admin, "AMBULANCE", icb, fw, 1);
            trust(admin, "AMBULANCE", other, fw, 2);
        }
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        icb = null;
    }

    @Test
    void the_trust_page_shows_its_peers_and_the_icb_page_its_mix_adjusted_figures() {
        browser.signIn("analyst", TestUsers.password("analyst"));
        browser.go("/dashboard/trusts/" + a1);
        List<List<String>> peers = browser.table("Peer benchmark for " + YEAR);
        assertThat(peers).hasSize(8);
        // Acute peers 4 and 2: median 3, quartiles 2.5 to 3.5, A1 ranks (1 + 1/2) / 2 = 75.
        assertThat(peers.get(0)).containsExactly("well-led", "4.0000", "2", "3.0000", "2.5000 to 3.5000", "75.00",
                "2", "3.0000", "75.00");
        assertThat(browser.link("Download peer benchmark Excel (.xlsx)").getDomAttribute("href"))
                .isEqualTo("/api/organisations/" + a1 + "/benchmark?year=" + YEAR + "&asOf=" + YEAR
                        + "-03-31&format=xlsx");
        assertThat(browser.link("Download trajectory CSV").getDomAttribute("href"))
                .isEqualTo("/api/organisations/" + a1 + "/trajectory?format=csv");
        browser.accessible("dashboard-trust-benchmark");

        browser.go("/dashboard?scope=ICB:" + icb + "&asOf=" + YEAR + "-06-30");
        List<List<String>> mix = browser.table("Mix-adjusted figures for " + YEAR);
        // Medians: acute 3, ambulance 1.5. The ICB: 4 - 3 = 1, 2 - 3 = -1, 1 - 1.5 = -0.5; mean -0.1667.
        // The other ICB: 2 - 1.5 = 0.5. Plain means 2.3333 and 2: the order holds, the gap changes sign.
        assertThat(mix.get(0)).containsExactly("well-led", "3", "2.3333", "1 of 2", "-0.1667", "2 of 2");
        assertThat(browser.link("Download mix-adjusted Excel (.xlsx)").getDomAttribute("href"))
                .contains("/api/benchmarks/mix-adjusted?scope=ICB:" + icb, "format=xlsx");
        browser.accessible("dashboard-icb-mix");
    }

    private static String trust(Api admin, String type, String parent, String fw, int score) {
        String ods = Fixtures.code("R");
        ok(admin.post("/api/organisations", Fixtures.organisation(ods, type, parent, "2001-04-01")));
        ok(admin.post("/api/assessments", Map.of("odsCode", ods, "year", YEAR, "frameworkId", fw)));
        String id = ods + "-" + YEAR;
        ok(admin.put("/api/assessments/" + id + "/answers", Fixtures.allAnswers(score)));
        ok(admin.put("/api/assessments/" + id + "/epr", Map.of("status", "NONE")));
        ok(admin.post("/api/assessments/" + id + "/submission", null));
        return ods;
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }
}
