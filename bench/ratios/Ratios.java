import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ratios benchmark (run by bench/ratios.sh): the service against raw PostgreSQL on the same server, pair by
 * pair, interleaved where possible. Prints a table and writes it as JSON; asserts nothing.
 *   Ratios BASE_URL JDBC_URL PASSWORDS_FILE SERVICE_PID SCALE SEED_COMMANDS SEED_MILLIS OUTPUT_JSON
 */
public final class Ratios {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        java.util.Properties passwords = new java.util.Properties();
        try (var in = java.nio.file.Files.newInputStream(Path.of(args[2]))) {
            passwords.load(in);
        }
        Db db = new Db(args[1], "assessment_owner", passwords.getProperty("owner"));
        long pid = Long.parseLong(args[3]);
        int rounds = env("BENCH_ROUNDS", 2);
        int calls = env("BENCH_CALLS", 60);
        Report report = new Report();
        report.run.put("scale", args[4]);
        report.run.put("startedAt", Instant.now().toString());
        report.run.put("cores", Runtime.getRuntime().availableProcessors());
        report.run.put("loadAverageAtStart", Report.loadAverage());

        Client basicAdmin = Client.basic(base, "admin", "admin-local");
        Client admin = Client.token(base, token(basicAdmin, "ADMIN"));
        Client submitter = Client.token(base, token(basicAdmin, "SUBMITTER"));
        Client analyst = Client.token(base, token(basicAdmin, "NATIONAL_ANALYST"));
        StorePair.caughtUp(admin);
        report.run.put("eventsAtStart", events(db));
        System.out.println("store: " + report.run.get("eventsAtStart") + " events; load average "
                + report.run.get("loadAverageAtStart"));

        String icb = Json.strings(admin.ok("GET", "/api/organisations?type=ICB&parent=Y56&limit=1", null), null,
                "odsCode").get(0);
        String phases = System.getenv().getOrDefault("BENCH_PHASES", "pages,progress,commands,rebuild,verify");
        if (phases.contains("pages")) {
            pages(report, base, icb, env("BENCH_PAGE_CALLS", 30));
        }
        if (phases.contains("progress")) {
            progress(report, db, admin, analyst, icb, calls);
        }
        if (phases.contains("commands")) {
            Path dataDir = Path.of(args[2]).toAbsolutePath().getParent();
            CommandPhase.run(report, new CommandPair(db, admin, submitter), new CpuMeter(pid,
                    dataDir.resolve("postgres")), new PgCounters(args[1], passwords.getProperty("superuser")), icb,
                    rounds, Long.parseLong(args[5]), Long.parseLong(args[6]));
        }
        if (phases.contains("rebuild") || phases.contains("verify")) {
            store(report, db, admin, pid, rounds, phases.contains("rebuild"), phases.contains("verify"));
        }

        if (phases.contains("import")) {
            // last: it adds BENCH_IMPORT_ROWS assessments to the store the other phases measure
            report.details.put("import", ImportPhase.run(admin, env("BENCH_IMPORT_ROWS", 10_000)));
        }
        report.run.put("eventsAtEnd", events(db));
        report.run.put("finishedAt", Instant.now().toString());
        report.run.put("loadAverageAtEnd", Report.loadAverage());
        report.print();
        System.out.println("load average at start " + report.run.get("loadAverageAtStart") + ", at end "
                + report.run.get("loadAverageAtEnd"));
        report.write(Path.of(args[7]));
    }

    static void pages(Report report, String base, String icb, int calls) {
        System.out.println("pages: " + calls + " calls each, beside their API answers");
        Client adminPages = Client.session(base, "admin", "admin-local");
        Client submitterPages = Client.session(base, "rj1-submitter", "submitter-local");
        String today = LocalDate.now().toString();
        Map<String, Object> pages = new Pages(calls).measure(List.of(
                new Pages.Page("home (RJ1 submitter)", submitterPages, "/", "/api/assessments?odsCode=RJ1"),
                new Pages.Page("dashboard national", adminPages, "/dashboard",
                        "/api/targets/epr-coverage/progress?asOf=" + today),
                new Pages.Page("dashboard region Y56", adminPages, "/dashboard?scope=REGION:Y56",
                        "/api/targets/epr-coverage/progress?asOf=" + today + "&scope=REGION:Y56"),
                new Pages.Page("dashboard national vs every answer it renders", adminPages, "/dashboard",
                        dashboardAnswers(adminPages, "NATIONAL", today)),
                new Pages.Page("dashboard region Y56 vs every answer it renders", adminPages,
                        "/dashboard?scope=REGION:Y56", dashboardAnswers(adminPages, "REGION:Y56", today)),
                new Pages.Page("trust RJ1", adminPages, "/dashboard/trusts/RJ1", "/api/organisations/RJ1/trajectory"),
                new Pages.Page("audit timeline RJ1-2025", adminPages, "/audit/streams/RJ1-2025",
                        "/api/audit/streams/RJ1-2025"),
                new Pages.Page("admin", adminPages, "/admin", "/api/admin/projections")));
        report.details.put("pages", pages);
        pages.forEach((name, value) -> {
            Map<?, ?> one = (Map<?, ?>) value;
            Map<?, ?> page = (Map<?, ?>) one.get("pageTimings");
            Map<?, ?> api = (Map<?, ?>) one.get("apiTimings");
            for (String p : List.of("p50Ms", "p99Ms")) {
                report.atMost("page", name + " " + p.substring(0, 3) + " vs its API", (Double) page.get(p),
                        (Double) api.get(p), "ms", null);
            }
        });
    }

    /**
     * The API answers a dashboard renders: each target's progress, the scope's summary of the latest year whose
     * reference date has passed and, below national, its mix-adjusted figures (the quarter-end series have no API
     * of their own; the progress pair measures them).
     */
    static List<String> dashboardAnswers(Client session, String scope, String today) {
        List<String> apis = new java.util.ArrayList<>();
        for (String id : Json.strings(session.ok("GET", "/api/targets", null), null, "targetId")) {
            apis.add("/api/targets/" + id + "/progress?asOf=" + today + "&scope=" + scope);
        }
        int year = 0;
        for (var framework : Json.read(session.ok("GET", "/api/frameworks", null))) {
            var definition = framework.has("definition") ? framework.get("definition") : framework;
            if (!LocalDate.parse(definition.path("referenceDate").asText()).isAfter(LocalDate.parse(today))) {
                year = Math.max(year, definition.path("assessmentYear").asInt());
            }
        }
        apis.add("/api/summary?year=" + year + "&asOf=" + today + "&scope=" + scope);
        if (!"NATIONAL".equals(scope)) {
            apis.add("/api/benchmarks/mix-adjusted?year=" + year + "&asOf=" + today + "&scope=" + scope);
        }
        return apis;
    }

    static void progress(Report report, Db db, Client admin, Client analyst, String icb, int calls) throws Exception {
        System.out.println("progress: " + calls + " calls each");
        var target = Json.read(admin.ok("GET", "/api/targets/epr-coverage", null));
        var definition = target.has("definition") ? target.get("definition") : target;
        String[] types = strings(definition.path("population"));
        String[] statuses = strings(definition.path("countedEprStatuses"));
        ProgressPair pair = new ProgressPair(db, analyst, calls);
        Map<String, Object> details = new LinkedHashMap<>();
        for (String scope : List.of("NATIONAL", "REGION:Y56", "ICB:" + icb)) {
            Map<String, Object> r = pair.againstSql("epr-coverage", "2024-01-01", scope, types, statuses);
            details.put(scope, r);
            for (String p : List.of("p50Ms", "p99Ms")) {
                report.atMost("progress", scope + " " + p.substring(0, 3) + " vs SQL aggregate"
                                + (Boolean.TRUE.equals(r.get("sameOrganisations")) ? "" : " (COUNTS DIFFER)"),
                        ms(r, "api", p), ms(r, "sql", p), "ms",
                        scope.equals("NATIONAL") && p.equals("p99Ms") ? 2.0 : null);
            }
        }
        // The largest population: a CAPABILITY target over every adult social care provider (28,600 at full scale).
        var care = Json.read(admin.ok("GET", "/api/targets/digital-social-care-records", null));
        var cd = care.has("definition") ? care.get("definition") : care;
        Map<String, Object> capability = pair.againstSql("digital-social-care-records", "2025-03-31", "NATIONAL",
                strings(cd.path("population")), strings(cd.path("countedCapabilityStatuses")),
                cd.path("capability").asText());
        details.put("capability NATIONAL", capability);
        for (String p : List.of("p50Ms", "p99Ms")) {
            report.atMost("progress", "care records NATIONAL " + p.substring(0, 3) + " vs SQL aggregate"
                            + (Boolean.TRUE.equals(capability.get("sameOrganisations")) ? "" : " (COUNTS DIFFER)"),
                    ms(capability, "api", p), ms(capability, "sql", p), "ms", null);
        }
        Map<String, Object> known = pair.knownAtAgainstLive("epr-coverage", "2024-01-01");
        details.put("knownAt", known);
        report.atMost("progress", "knownAt p50 vs live", ms(known, "knownAt", "p50Ms"), ms(known, "live", "p50Ms"),
                "ms", 1.5);
        report.atMost("progress", "knownAt p99 vs live", ms(known, "knownAt", "p99Ms"), ms(known, "live", "p99Ms"),
                "ms", null);
        var foundational = Json.read(admin.ok("GET", "/api/targets/foundational-capability", null));
        var fd = foundational.has("definition") ? foundational.get("definition") : foundational;
        Map<String, Object> series = pair.seriesAgainstOne("foundational-capability",
                LocalDate.parse(fd.path("milestones").get(0).path("dueBy").asText()));
        details.put("series", series);
        String label = "series of " + series.get("points") + " quarter ends ";
        report.atMost("progress", label + "p50 vs one answer", ms(series, "series", "p50Ms"),
                ms(series, "progress", "p50Ms"), "ms", 3.0);
        report.atMost("progress", label + "p99 vs one answer", ms(series, "series", "p99Ms"),
                ms(series, "progress", "p99Ms"), "ms", null);
        report.details.put("progress", details);
    }

    static void store(Report report, Db db, Client admin, long pid, int rounds, boolean rebuild, boolean verify)
            throws Exception {
        StorePair pair = new StorePair(db, admin, pid);
        List<Double> raw = new ArrayList<>();
        List<Map<String, Object>> rawCosts = new ArrayList<>();
        List<Map<String, Object>> rebuilds = new ArrayList<>(), verifications = new ArrayList<>();
        pair.rawRead(); // warm-up: the first read pays for this JVM's class loading and compilation
        for (int r = 0; r < rounds; r++) {
            if (verify) {
                raw.add(pair.rawRead());
                verifications.add(pair.verify(pid));
                System.out.printf("  store round %d: raw read+decode %.0f events/s; verification %s%n", r + 1,
                        raw.get(raw.size() - 1), verifications.get(r));
            }
            if (rebuild) {
                raw.add(pair.rawRead());
                rawCosts.add(pair.rawCost);
                rebuilds.add(pair.rebuild());
                System.out.printf("  store round %d: raw read+decode %.0f events/s, per event %s; rebuild %s%n",
                        r + 1, raw.get(raw.size() - 1), pair.rawCost, rebuilds.get(r));
            }
        }
        double rawRate = Report.median(raw);
        if (rebuild) {
            report.atLeast("rebuild", "full rebuild events/s vs raw read+decode", Report.median(rebuilds.stream()
                    .map(m -> (Double) m.get("eventsPerSecond")).toList()), rawRate, "/s", 0.25);
            StoreCosts.report(report, rebuilds.stream().map(m -> (Map<?, ?>) m.get("cost")).toList(), rawCosts);
            report.details.put("rawReadCosts", rawCosts);
        }
        if (verify) {
            report.atLeast("verify", "verification events/s vs raw read+decode", Report.median(verifications
                    .stream().map(m -> (Double) m.get("eventsPerSecond")).toList()), rawRate, "/s", 0.3);
        }
        report.details.put("rawReadDecode", raw);
        report.details.put("rebuilds", rebuilds);
        report.details.put("verifications", verifications);
    }

    static String token(Client admin, String role) {
        String body = admin.ok("POST", "/api/admin/tokens", "{\"owner\":\"bench-" + role.toLowerCase().replace('_', '-')
                + "\",\"roles\":[\"" + role + "\"],\"odsCodes\":[\"*\"],\"regionCodes\":[\"*\"]}");
        return Json.read(body).path("token").asText();
    }

    static long events(Db db) throws Exception {
        try (Connection c = db.owner(); ResultSet rs = c.createStatement()
                .executeQuery("select count(*) from domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static double ms(Map<String, Object> result, String which, String p) {
        return (Double) ((Map<?, ?>) result.get(which)).get(p);
    }

    static String[] strings(com.fasterxml.jackson.databind.JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values.toArray(String[]::new);
    }

    static int env(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }
}
