package uk.nhs.dma.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.projections.testing.Eventually;

/**
 * Every endpoint x every role x in scope / out of scope / unauthenticated. The expectations are written here
 * from the access rules of the service, independently of its code; an endpoint without a row fails the build.
 * A call that is allowed may still be refused for its content (404, 409, 422: the bodies are chosen so that
 * nothing changes), but never with 401 or 403; a call that is not allowed gets 403, or 401 without credentials.
 */
class AccessMatrixTest extends ApiTest {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.NATIONAL_ANALYST, Role.AUDITOR,
            Role.REGIONAL_ANALYST, Role.SUBMITTER, Role.APPROVER);
    private static final Set<Role> ANALYSTS = EnumSet.of(Role.ADMIN, Role.NATIONAL_ANALYST, Role.AUDITOR,
            Role.REGIONAL_ANALYST);
    private static final Map<Role, String> USERS = Map.of(Role.ADMIN, "m-admin", Role.SUBMITTER, "m-submitter",
            Role.APPROVER, "m-approver", Role.REGIONAL_ANALYST, "m-regional", Role.NATIONAL_ANALYST, "m-national",
            Role.AUDITOR, "m-auditor");

    /** One endpoint: a request about an organisation in the matrix users' scope and one outside it (null: unscoped). */
    record Case(String method, String pattern, Set<Role> allowed, String inScope, String outOfScope, Object body) {
    }

    private static final Map<String, Object> EMPTY = Map.of();

    static final List<Case> CASES = List.of(
            new Case("POST", "/api/admin/tokens", EnumSet.of(Role.ADMIN), "/api/admin/tokens", null,
                    Map.of("owner", "matrix-bot", "roles", List.of("NO_SUCH_ROLE"))),
            new Case("GET", "/api/admin/tokens", EnumSet.of(Role.ADMIN), "/api/admin/tokens", null, null),
            new Case("GET", "/api/admin/tokens/{id}", EnumSet.of(Role.ADMIN),
                    "/api/admin/tokens/00000000-0000-0000-0000-000000000000", null, null),
            new Case("POST", "/api/admin/tokens/{id}/revocation", EnumSet.of(Role.ADMIN),
                    "/api/admin/tokens/00000000-0000-0000-0000-000000000000/revocation", null, null),
            new Case("POST", "/api/organisations", EnumSet.of(Role.ADMIN), "/api/organisations", null, EMPTY),
            new Case("GET", "/api/organisations", ALL, "/api/organisations?type=ACUTE", null, null),
            new Case("GET", "/api/organisations/{ods}", ALL, "/api/organisations/MX001", null, null),
            new Case("POST", "/api/organisations/{ods}/reassignment", EnumSet.of(Role.ADMIN),
                    "/api/organisations/MX001/reassignment", null, EMPTY),
            new Case("POST", "/api/organisations/{ods}/closure", EnumSet.of(Role.ADMIN),
                    "/api/organisations/MX001/closure", null, EMPTY),
            new Case("POST", "/api/organisations/{ods}/programme-statuses", EnumSet.of(Role.ADMIN),
                    "/api/organisations/MX001/programme-statuses", null, EMPTY),
            new Case("POST", "/api/organisations/{ods}/capabilities", EnumSet.of(Role.ADMIN, Role.SUBMITTER),
                    "/api/organisations/MX001/capabilities", "/api/organisations/MX002/capabilities", EMPTY),
            new Case("GET", "/api/organisations/{ods}/capabilities", READERS, "/api/organisations/MX001/capabilities",
                    "/api/organisations/MX002/capabilities", null),
            new Case("GET", "/api/organisations/{ods}/trajectory", READERS, "/api/organisations/MX001/trajectory",
                    "/api/organisations/MX002/trajectory", null),
            new Case("POST", "/api/organisations/{ods}/plans", EnumSet.of(Role.SUBMITTER),
                    "/api/organisations/MX001/plans", "/api/organisations/MX002/plans", EMPTY),
            new Case("GET", "/api/organisations/{ods}/planned-against-actual", READERS,
                    "/api/organisations/MX001/planned-against-actual?year=2025",
                    "/api/organisations/MX002/planned-against-actual?year=2025", null),
            new Case("GET", "/api/plans/{id}", READERS, "/api/plans/MX001-2024-well-led",
                    "/api/plans/MX002-2024-well-led", null),
            new Case("POST", "/api/plans/{id}/actions", EnumSet.of(Role.SUBMITTER),
                    "/api/plans/MX001-2024-well-led/actions", "/api/plans/MX002-2024-well-led/actions", EMPTY),
            new Case("PUT", "/api/plans/{id}/actions/{action}", EnumSet.of(Role.SUBMITTER),
                    "/api/plans/MX001-2024-well-led/actions/1", "/api/plans/MX002-2024-well-led/actions/1", EMPTY),
            new Case("POST", "/api/plans/{id}/actions/{action}/status", EnumSet.of(Role.SUBMITTER),
                    "/api/plans/MX001-2024-well-led/actions/1/status",
                    "/api/plans/MX002-2024-well-led/actions/1/status", EMPTY),
            new Case("GET", "/api/plans/overdue", ANALYSTS, "/api/plans/overdue?scope=REGION:MY01",
                    "/api/plans/overdue?scope=REGION:MY02", null),
            new Case("GET", "/api/organisations/{ods}/benchmark", READERS,
                    "/api/organisations/MX001/benchmark?year=2024", "/api/organisations/MX002/benchmark?year=2024", null),
            new Case("GET", "/api/benchmarks/mix-adjusted", ANALYSTS, "/api/benchmarks/mix-adjusted?scope=ICB:MQ01&year=2024",
                    "/api/benchmarks/mix-adjusted?scope=ICB:MQ02&year=2024", null),
            new Case("POST", "/api/frameworks", EnumSet.of(Role.ADMIN), "/api/frameworks", null, EMPTY),
            new Case("GET", "/api/frameworks", ALL, "/api/frameworks", null, null),
            new Case("GET", "/api/frameworks/{id}", ALL, "/api/frameworks/fwmx-2024", null, null),
            new Case("POST", "/api/targets", EnumSet.of(Role.ADMIN), "/api/targets", null, EMPTY),
            new Case("POST", "/api/targets/{id}/revisions", EnumSet.of(Role.ADMIN), "/api/targets/mx-epr/revisions",
                    null, EMPTY),
            new Case("POST", "/api/targets/{id}/observations", EnumSet.of(Role.ADMIN),
                    "/api/targets/mx-epr/observations", null, EMPTY),
            new Case("GET", "/api/targets", ALL, "/api/targets", null, null),
            new Case("GET", "/api/targets/{id}", ALL, "/api/targets/mx-epr", null, null),
            new Case("GET", "/api/targets/{id}/progress", ANALYSTS, "/api/targets/mx-epr/progress?scope=REGION:MY01",
                    "/api/targets/mx-epr/progress?scope=REGION:MY02", null),
            new Case("GET", "/api/targets/{id}/progress/changes", EnumSet.of(Role.ADMIN, Role.AUDITOR),
                    "/api/targets/mx-epr/progress/changes?from=2020-01-01T00:00:00Z", null, null),
            new Case("GET", "/api/summary", ANALYSTS, "/api/summary?scope=ICB:MQ01&year=2024",
                    "/api/summary?scope=ICB:MQ02&year=2024", null),
            new Case("GET", "/api/summary/domains", ANALYSTS, "/api/summary/domains?scope=ICB:MQ01&year=2024",
                    "/api/summary/domains?scope=ICB:MQ02&year=2024", null),
            new Case("POST", "/api/assessments", EnumSet.of(Role.SUBMITTER), "/api/assessments", "/api/assessments",
                    null),
            new Case("GET", "/api/assessments", READERS, "/api/assessments?year=2024", null, null),
            new Case("GET", "/api/assessments/{id}", READERS, "/api/assessments/MX001-2024",
                    "/api/assessments/MX002-2024", null),
            new Case("PUT", "/api/assessments/{id}/answers", EnumSet.of(Role.SUBMITTER),
                    "/api/assessments/MX001-2024/answers", "/api/assessments/MX002-2024/answers", Map.of("answers", List.of())),
            new Case("PUT", "/api/assessments/{id}/epr", EnumSet.of(Role.SUBMITTER), "/api/assessments/MX001-2024/epr",
                    "/api/assessments/MX002-2024/epr", EMPTY),
            new Case("POST", "/api/assessments/{id}/submission", EnumSet.of(Role.SUBMITTER),
                    "/api/assessments/MX001-2024/submission", "/api/assessments/MX002-2024/submission", null),
            new Case("POST", "/api/assessments/{id}/reopening", EnumSet.of(Role.SUBMITTER),
                    "/api/assessments/MX001-2024/reopening", "/api/assessments/MX002-2024/reopening", EMPTY),
            new Case("POST", "/api/assessments/{id}/withdrawal", EnumSet.of(Role.SUBMITTER),
                    "/api/assessments/MX001-2024/withdrawal", "/api/assessments/MX002-2024/withdrawal", EMPTY),
            new Case("POST", "/api/assessments/{id}/evidence", EnumSet.of(Role.SUBMITTER),
                    "/api/assessments/MX001-2024/evidence", "/api/assessments/MX002-2024/evidence", EMPTY),
            new Case("GET", "/api/assessments/{id}/evidence", READERS, "/api/assessments/MX001-2024/evidence",
                    "/api/assessments/MX002-2024/evidence", null),
            new Case("GET", "/api/assessments/{id}/evidence/{evidenceId}/file", READERS,
                    "/api/assessments/MX001-2024/evidence/none/file", "/api/assessments/MX002-2024/evidence/none/file",
                    null),
            new Case("POST", "/api/assessments/{id}/evidence/{evidenceId}/withdrawal", EnumSet.of(Role.SUBMITTER),
                    "/api/assessments/MX001-2024/evidence/none/withdrawal",
                    "/api/assessments/MX002-2024/evidence/none/withdrawal", EMPTY),
            new Case("POST", "/api/assessments/{id}/confirmation", EnumSet.of(Role.SUBMITTER),
                    "/api/assessments/MX001-2024/confirmation", "/api/assessments/MX002-2024/confirmation", EMPTY),
            new Case("POST", "/api/assessments/{id}/approval", EnumSet.of(Role.APPROVER),
                    "/api/assessments/MX001-2024/approval", "/api/assessments/MX002-2024/approval", EMPTY),
            new Case("POST", "/api/assessments/{id}/return", EnumSet.of(Role.REGIONAL_ANALYST, Role.NATIONAL_ANALYST),
                    "/api/assessments/MX001-2024/return", "/api/assessments/MX002-2024/return", EMPTY),
            new Case("GET", "/api/audit/streams/{aggregateId}", EnumSet.of(Role.ADMIN, Role.AUDITOR),
                    "/api/audit/streams/MX001", null, null),
            new Case("GET", "/api/audit/verification", EnumSet.of(Role.ADMIN, Role.AUDITOR), "/api/audit/verification",
                    null, null),
            new Case("POST", "/api/audit/verification", EnumSet.of(Role.ADMIN, Role.AUDITOR),
                    "/api/audit/verification", null, Map.of("checkpoints", List.of())),
            new Case("GET", "/api/audit/checkpoints", EnumSet.of(Role.ADMIN, Role.AUDITOR), "/api/audit/checkpoints",
                    null, null),
            new Case("POST", "/api/audit/checkpoints", EnumSet.of(Role.ADMIN, Role.AUDITOR), "/api/audit/checkpoints",
                    null, null),
            new Case("GET", "/api/admin/projections", EnumSet.of(Role.ADMIN), "/api/admin/projections", null, null),
            new Case("POST", "/api/admin/replays", EnumSet.of(Role.ADMIN), "/api/admin/replays", null,
                    Map.of("processors", List.of("no-such-processor"))),
            new Case("GET", "/api/admin/replays/{id}", EnumSet.of(Role.ADMIN), "/api/admin/replays/none", null, null),
            new Case("GET", "/api/results/{year}", EnumSet.of(Role.ADMIN, Role.AUDITOR), "/api/results/2024", null,
                    null),
            new Case("POST", "/api/admin/imports", EnumSet.of(Role.ADMIN), "/api/admin/imports", null, null),
            new Case("GET", "/api/admin/imports/{id}", EnumSet.of(Role.ADMIN), "/api/admin/imports/none", null, null),
            new Case("GET", "/api/admin/imports/{id}/report", EnumSet.of(Role.ADMIN),
                    "/api/admin/imports/none/report", null, null));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private static boolean prepared;

    @BeforeEach
    void hierarchy() {
        if (prepared) {
            return;
        }
        Api admin = admin();
        admin.post("/api/organisations", Fixtures.organisation("MY01", "REGION", null, null));
        admin.post("/api/organisations", Fixtures.organisation("MY02", "REGION", null, null));
        admin.post("/api/organisations", Fixtures.organisation("MQ01", "ICB", "MY01", "2022-07-01"));
        admin.post("/api/organisations", Fixtures.organisation("MQ02", "ICB", "MY02", "2022-07-01"));
        admin.post("/api/organisations", Fixtures.organisation("MX001", "ACUTE", "MQ01", "2001-04-01"));
        admin.post("/api/organisations", Fixtures.organisation("MX002", "ACUTE", "MQ02", "2001-04-01"));
        admin.post("/api/frameworks", Fixtures.framework("fwmx-2024", 2024));
        admin.post("/api/targets", Map.of("targetId", "mx-epr", "name", "matrix", "metric", "EPR_LIVE",
                "population", List.of("ACUTE"), "milestones", List.of(Map.of("dueBy", "2025-01-01", "thresholdPercent", 50)),
                "source", "test"));
        for (String ods : List.of("MX001", "MX002")) {
            admin.post("/api/assessments", Map.of("odsCode", ods, "year", 2024, "frameworkId", "fwmx-2024"));
        }
        Eventually.await(() -> admin.get("/api/assessments/MX002-2024").status(), s -> s == 200, Duration.ofSeconds(10));
        prepared = true;
    }

    @Test
    void every_endpoint_answers_every_role_as_the_rules_say() {
        List<String> wrong = new ArrayList<>();
        for (Case c : CASES) {
            check(c, "unauthenticated", anonymous(), c.inScope(), Set.of(401), wrong);
            for (Role role : Role.values()) {
                Api caller = as(USERS.get(role));
                boolean allowed = c.allowed().contains(role);
                check(c, role + " in scope", caller, c.inScope(), allowed ? null : Set.of(403), wrong);
                if (c.outOfScope() != null) {
                    boolean reaches = allowed && !role.scoped();
                    check(c, role + " out of scope", caller, c.outOfScope(), reaches ? null : Set.of(403), wrong);
                }
            }
        }
        assertThat(wrong).as("calls answered against the access rules").isEmpty();
    }

    @Test
    void a_scoped_list_silently_filters_to_the_callers_scope() {
        List<String> seenBySubmitter = codes(as("m-submitter").get("/api/assessments?year=2024"));
        assertThat(seenBySubmitter).containsExactly("MX001");
        List<String> seenByRegion = codes(as("m-regional").get("/api/assessments?year=2024"));
        assertThat(seenByRegion).contains("MX001").doesNotContain("MX002");
        assertThat(codes(as("m-national").get("/api/assessments?year=2024"))).contains("MX001", "MX002");
    }

    @Test
    void every_api_endpoint_has_an_access_rule_and_a_row_in_this_matrix() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods()
                        .forEach(m -> endpoints.add(m.name() + " " + p))));
        // An access rule is the handler's @PreAuthorize (on the method or its controller).
        Set<String> rules = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/") && AccessInterceptor.declared(handler))
                .forEach(p -> info.getMethodsCondition().getMethods()
                        .forEach(m -> rules.add(m.name() + " " + p))));
        Set<String> matrix = new TreeSet<>();
        CASES.forEach(c -> matrix.add(c.method() + " " + c.pattern()));

        assertThat(rules).as("access rules").isEqualTo(endpoints);
        assertThat(matrix).as("matrix rows").isEqualTo(endpoints);
    }

    @Test
    void every_page_handler_declares_its_access_rule() {
        Set<String> pages = new TreeSet<>();
        Set<String> undeclared = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream()
                .filter(p -> !p.startsWith("/api/") && AccessInterceptor.ours(handler))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> {
                    pages.add(m.name() + " " + p);
                    if (!AccessInterceptor.declared(handler)) {
                        undeclared.add(m.name() + " " + p);
                    }
                })));

        assertThat(pages).as("page handlers").contains("GET /", "GET /admin", "POST /assessments/{id}/submission",
                "GET /dashboard/trusts/{ods}");
        assertThat(undeclared).as("page handlers without @PreAuthorize").isEmpty();
    }

    private static void check(Case c, String who, Api caller, String path, Set<Integer> expected, List<String> wrong) {
        Object body = c.body();
        if (c.method().equals("POST") && c.pattern().equals("/api/assessments")) {
            body = Map.of("odsCode", path.equals(c.inScope()) && who.contains(" in scope") ? "MX001"
                    : who.contains("out of scope") ? "MX002" : "MX001", "year", 2024, "frameworkId", "fwmx-2024");
        }
        Api.Response response = caller.send(c.method(), path, body == null && !c.method().equals("GET") ? "" : body,
                "application/json");
        int status = response.status();
        boolean ok = expected == null ? status != 401 && status != 403 : expected.contains(status);
        if (!ok) {
            wrong.add(c.method() + " " + path + " as " + who + ": " + status + " (expected "
                    + (expected == null ? "neither 401 nor 403" : expected) + ")");
        }
    }

    private static List<String> codes(Api.Response response) {
        List<String> codes = new ArrayList<>();
        response.json().forEach(a -> {
            if (a.get("odsCode").asText().startsWith("MX")) {
                codes.add(a.get("odsCode").asText());
            }
        });
        return codes;
    }
}
