package uk.nhs.dma.api.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.progress.FindTargetProgress;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.progress.TargetProgressView;
import uk.nhs.dma.core.target.TargetId;
import uk.nhs.dma.projections.support.QuerySender;
import uk.nhs.dma.projections.testing.TestDatabase;
import uk.nhs.dma.seeds.ReferenceRegister;
import uk.nhs.dma.seeds.TrustRecord;

/**
 * The seeds against real stores: the demo history loaded twice on two fresh databases, the reference mode on
 * a third, and a restart over the first.
 */
class SeedsTest {

    private static SeededService demo;
    private static List<String> demoPayloads;
    private static java.time.Instant started;

    private static final String TRUST_TYPES =
            "('ACUTE', 'MENTAL_HEALTH', 'COMMUNITY', 'MENTAL_HEALTH_AND_COMMUNITY', 'AMBULANCE')";

    /**
     * SHA-256 of the demo history's events (payloads, users, simulated requestedAt): the same before and after the
     * simulated time moved into the commands' metadata and the seed into batched transactions; recorded again when
     * the demo gained capability and reported targets, the 2023 ordering and the submissions' care-setting fields;
     * recorded again, on purpose, when the demo gained the synthetic practices and care providers, the 2025 round
     * against dma-2025 (level-gated), ICB and practice assessments, capability declarations and the March 2025
     * go-lives that bring the 2025 round's EPR figure to 93%.
     */
    private static final String DEMO_HISTORY_SHA256 = "bbdb4aad0aa211240fb7a71531804bcbf61012835e1ac6c93ab4062cbbd282d4";

    @BeforeAll
    static void loadDemo() {
        started = java.time.Instant.now();
        demo = SeededService.start(TestDatabase.fresh(), "demo");
        demoPayloads = demo.payloads();
    }

    @AfterAll
    static void stop() {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void the_seeded_register_matches_the_reference_file() {
        List<TrustRecord> trusts = ReferenceRegister.load().trusts();
        Map<String, Map<String, Object>> rows = demo.jdbc().queryForList("""
                        select o.ods_code, o.type, o.closed_on, p.parent_code as icb, r.parent_code as region
                        from read_model.organisation o
                        join read_model.organisation_parent p on p.ods_code = o.ods_code
                        join read_model.organisation_parent r on r.ods_code = p.parent_code
                        where o.type in ('ACUTE', 'MENTAL_HEALTH', 'COMMUNITY', 'MENTAL_HEALTH_AND_COMMUNITY', 'AMBULANCE')""").stream()
                .collect(Collectors.toMap(r -> (String) r.get("ods_code"), r -> r));

        assertThat(rows).hasSize(210);
        for (TrustRecord trust : trusts) {
            Map<String, Object> row = rows.get(trust.odsCode());
            assertThat(row).as(trust.odsCode()).isNotNull();
            assertThat(row.get("type")).as(trust.odsCode()).isEqualTo(trust.type().name());
            assertThat(row.get("icb")).as(trust.odsCode()).isEqualTo(trust.icbCode());
            assertThat(row.get("region")).as(trust.odsCode()).isEqualTo(trust.regionCode());
            assertThat(row.get("closed_on") == null ? null : row.get("closed_on").toString())
                    .as(trust.odsCode()).isEqualTo(trust.closed() == null ? null : trust.closed().toString());
        }
        assertThat(count("select count(*) from read_model.organisation where type = 'REGION'")).isEqualTo(7);
        assertThat(count("select count(*) from read_model.organisation where type = 'ICB'")).isEqualTo(42);
        assertThat(count("select count(*) from read_model.organisation where type = 'GENERAL_PRACTICE'"
                + " and name like 'Synthetic general practice %'")).isEqualTo(62);
        assertThat(count("select count(*) from read_model.organisation where type = 'ADULT_SOCIAL_CARE_PROVIDER'"
                + " and name like 'Synthetic care provider %'")).isEqualTo(286);
        assertThat(count("select count(*) from read_model.organisation_parent p join read_model.organisation i"
                + " on i.ods_code = p.parent_code and i.type = 'ICB'"
                + " where p.ods_code like 'X%' or p.ods_code like 'Z%'")).isEqualTo(62 + 286);
        Map<String, Long> byType = trusts.stream().collect(Collectors.groupingBy(t -> t.type().name(), Collectors.counting()));
        byType.forEach((type, n) -> assertThat(count("select count(*) from read_model.organisation where type = '"
                + type + "'")).as(type).isEqualTo(n));
        Map<String, Long> byRegion = trusts.stream().collect(Collectors.groupingBy(TrustRecord::regionCode, Collectors.counting()));
        byRegion.forEach((region, n) -> assertThat(count("""
                select count(*) from read_model.organisation_parent p join read_model.organisation_parent r
                on r.ods_code = p.parent_code join read_model.organisation o on o.ods_code = p.ods_code
                where o.type in """ + TRUST_TYPES + " and r.parent_code = '" + region + "'"))
                .as(region).isEqualTo(n));
    }

    @Test
    void frameworks_and_targets_with_their_revision_are_loaded() {
        assertThat(demo.jdbc().queryForList("select framework_id from read_model.framework order by 1", String.class))
                .containsExactly("dma-2025", "wgll-2023", "wgll-2024", "wgll-2025");
        assertThat(demo.jdbc().queryForList("select target_id from read_model.target order by 1", String.class))
                .containsExactly("board-digital-leaders", "core-capability", "digital-social-care-records",
                        "digital-social-care-records-reported", "dspt-standards-met", "dspt-trusts-reported",
                        "epr-coverage", "foundational-capability", "nhs-app-adults", "population-health-platforms",
                        "shared-care-records");
        assertThat(count("select count(*) from read_model.target_observation where target_id = 'nhs-app-adults'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from read_model.target_revision where target_id = 'digital-social-care-records'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from read_model.target_revision where target_id = 'epr-coverage'"))
                .isEqualTo(1);
        assertThat(demo.jdbc().queryForObject("select revision_doc->>'effectiveFrom' from read_model.target_revision"
                + " where target_id = 'epr-coverage'", String.class)).isEqualTo("2025-04-01");
    }

    @Test
    void the_demo_history_resembles_the_published_national_picture() {
        Map<String, BigDecimal> means2023 = measureMeans(2023);
        BigDecimal overall2023 = demo.jdbc().queryForObject("""
                select avg(s.overall_score) from read_model.assessment a join read_model.assessment_submission s
                on s.assessment_id = a.assessment_id and s.revision = a.latest_submitted_revision where a.year = 2023""",
                BigDecimal.class);
        assertThat(overall2023.doubleValue()).isCloseTo(2.4, within(0.1));
        assertThat(means2023.get("smart-foundations").doubleValue()).isCloseTo(3.2, within(0.2));
        assertThat(means2023.get("empower-citizens").doubleValue()).isCloseTo(2.0, within(0.2));
        String highest = means2023.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String lowest = means2023.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(highest).isEqualTo("smart-foundations");
        assertThat(lowest).as("2023 means %s", means2023).isEqualTo("empower-citizens");

        assertThat(eprLivePercent("2023-12-31")).isCloseTo(90.0, within(3.0));
        assertThat(eprLivePercent("2025-02-28")).isCloseTo(91.0, within(3.0));
        assertThat(count("select count(*) from read_model.assessment where status = 'DRAFT'")).isPositive();
        assertThat(count("select count(*) from read_model.assessment where revision > 1")).isPositive();
        assertThat(count("select count(*) from read_model.assessment where status = 'APPROVED'")).isPositive();
        assertThat(count("select count(*) from read_model.programme_status")).isPositive();
    }

    /** The 2025 round (dma-2025, level-gated): 93% of the trusts submitting declare a live EPR (the 2025 DMA). */
    @Test
    void the_2025_round_is_level_gated_and_93_percent_of_its_trusts_have_an_epr() {
        Map<String, Object> row = demo.jdbc().queryForMap("""
                select count(*) as submitted, count(*) filter (where s.epr_status = 'LIVE') as live
                from read_model.assessment a
                join read_model.assessment_submission s
                  on s.assessment_id = a.assessment_id and s.revision = a.latest_submitted_revision
                join read_model.organisation o on o.ods_code = a.ods_code
                where a.year = 2025 and o.type in TRUSTS""".replace("TRUSTS", TRUST_TYPES));
        double percent = 100.0 * ((Number) row.get("live")).doubleValue() / ((Number) row.get("submitted")).doubleValue();
        assertThat(percent).isCloseTo(93.0, within(1.0));
        assertThat(demo.jdbc().queryForList("select distinct framework_id from read_model.assessment where year = 2025",
                String.class)).containsExactly("dma-2025");
    }

    /** ICBs from 2025 against their own set; about half the practices from 2024; none of either before. */
    @Test
    void icbs_and_a_sample_of_practices_are_assessed_in_the_new_rounds() {
        assertThat(assessed("ICB", 2025)).isEqualTo(42);
        assertThat(assessed("ICB", 2024)).isZero();
        assertThat(assessed("GENERAL_PRACTICE", 2023)).isZero();
        assertThat(assessed("GENERAL_PRACTICE", 2024)).isBetween(20L, 45L);
        assertThat(assessed("GENERAL_PRACTICE", 2025)).isEqualTo(assessed("GENERAL_PRACTICE", 2024));
        assertThat(count("""
                select count(*) from read_model.assessment a join read_model.organisation o on o.ods_code = a.ods_code
                where o.type = 'ICB' and a.latest_submitted_revision is not null""")).isPositive();
        assertThat(count("""
                select count(*) from read_model.assessment a join read_model.organisation o on o.ods_code = a.ods_code
                where o.type = 'GENERAL_PRACTICE' and a.year = 2024 and a.framework_id = 'wgll-2024'
                  and a.latest_submitted_revision is not null""")).isPositive();
    }

    /** The providers' declared digital social care records stay within 3 points of each reported figure. */
    @Test
    void declared_social_care_records_follow_the_reported_figures() {
        for (String date : List.of("2021-12-31", "2022-08-31", "2024-02-29", "2025-05-31", "2025-12-01")) {
            TargetProgressView declared = progress("digital-social-care-records", date);
            TargetProgressView reported = progress("digital-social-care-records-reported", date);
            assertThat(declared.denominator()).as(date).isEqualTo(286);
            assertThat(declared.percent().doubleValue()).as(date)
                    .isCloseTo(reported.percent().doubleValue(), within(3.0));
        }
    }

    /**
     * Every seeded target answers progress on several dates: a counted target over a non-empty population with some
     * counted (CAPABILITY ones over practices, providers and ICBs included), a reported one with its observation;
     * the EPR target under the rule in force on each side of its revision (DEPLOYING counts from 1 April 2025).
     */
    @Test
    void every_seeded_target_shows_progress_on_any_date_with_its_rule_in_force() {
        Map<String, String> metrics = demo.jdbc().queryForList(
                "select target_id, definition->>'metric' as metric from read_model.target").stream()
                .collect(Collectors.toMap(r -> (String) r.get("target_id"), r -> (String) r.get("metric")));
        assertThat(metrics).hasSize(11);
        for (String date : List.of("2024-03-31", "2025-03-31", "2025-12-31")) {
            metrics.forEach((target, metric) -> {
                TargetProgressView view = progress(target, date);
                if (metric.equals("REPORTED")) {
                    assertThat(view.observation()).as(target + " " + date).isNotNull();
                } else {
                    assertThat(view.denominator()).as(target + " " + date).isPositive();
                    assertThat(view.numerator()).as(target + " " + date).isPositive();
                    assertThat(view.percent().doubleValue()).as(target + " " + date).isLessThanOrEqualTo(100.0);
                }
            });
        }
        assertThat(progress("shared-care-records", "2025-03-31").denominator()).isEqualTo(42);
        assertThat(progress("dspt-standards-met", "2025-03-31").denominator()).isGreaterThan(200 + 42 - 1);
        assertThat(progress("epr-coverage", "2025-04-01").numerator())
                .isGreaterThan(progress("epr-coverage", "2025-03-31").numerator());
    }

    private long assessed(String type, int year) {
        return count("select count(*) from read_model.assessment a join read_model.organisation o"
                + " on o.ods_code = a.ods_code where o.type = '" + type + "' and a.year = " + year);
    }

    private TargetProgressView progress(String target, String date) {
        return demo.context.getBean(QuerySender.class).one(new FindTargetProgress(TargetId.of(target),
                java.time.LocalDate.parse(date), Scope.NATIONAL), TargetProgressView.class).orElseThrow();
    }

    @Test
    void the_same_seed_gives_the_same_events_byte_for_byte() {
        try (SeededService again = SeededService.start(TestDatabase.fresh(), "demo")) {
            assertThat(again.payloads()).isEqualTo(demoPayloads);
        }
    }

    @Test
    void the_demo_history_is_the_one_recorded_before() throws Exception {
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        List<String> events = demo.events(started);
        assertThat(events.stream().filter(e -> !e.endsWith(" now")).count()).isGreaterThan(1000);
        for (String event : events) {
            sha.update((event + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(java.util.HexFormat.of().formatHex(sha.digest())).isEqualTo(DEMO_HISTORY_SHA256);
    }

    /**
     * The loader stores many commands per transaction: the events of one transaction share its id (PostgreSQL's
     * {@code xmin}), so far fewer ids than events; and the hash chain over them still verifies.
     */
    @Test
    void the_seed_is_stored_many_commands_per_transaction_and_its_chain_verifies() {
        long events = demo.events();
        Long transactions = demo.jdbc().queryForObject("select count(distinct xmin::text) from domain_event_entry",
                Long.class);
        assertThat(transactions).isLessThan(events / 20);
        uk.nhs.dma.eventstore.audit.Verification.Report report = demo.context.getBean(uk.nhs.dma.eventstore.audit.Verification.class)
                .verify(List.of()).orElseThrow();
        assertThat(report.ok()).as(report.toString()).isTrue();
        assertThat(report.events()).isEqualTo(events);
    }

    @Test
    void a_restart_adds_nothing() {
        long before = demo.events();
        assertThat(demo.status().sent()).isPositive();
        try (SeededService restarted = SeededService.start(demo.database, "demo")) {
            assertThat(restarted.status().sent()).isZero();
            assertThat(restarted.events()).isEqualTo(before);
        }
    }

    @Test
    void reference_mode_loads_the_reference_data_and_no_history() {
        try (SeededService reference = SeededService.start(TestDatabase.fresh(), "reference")) {
            assertThat(reference.jdbc().queryForObject("select count(*) from read_model.organisation", Long.class))
                    .isEqualTo(7 + 42 + 210);
            assertThat(reference.jdbc().queryForObject("select count(*) from read_model.framework", Long.class))
                    .isEqualTo(4);
            assertThat(reference.jdbc().queryForObject("select count(*) from read_model.assessment", Long.class))
                    .isZero();
            assertThat(reference.jdbc().queryForObject("select count(*) from read_model.programme_status", Long.class))
                    .isZero();
        }
    }

    @Test
    void none_mode_loads_nothing() {
        try (SeededService none = SeededService.start(TestDatabase.fresh(), "none")) {
            assertThat(none.events()).isZero();
        }
    }

    private long count(String sql) {
        Long n = demo.jdbc().queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private Map<String, BigDecimal> measureMeans(int year) {
        return demo.jdbc().queryForList("""
                        select m.key as measure, avg(m.value::numeric) as mean
                        from read_model.assessment a
                        join read_model.assessment_submission s
                          on s.assessment_id = a.assessment_id and s.revision = a.latest_submitted_revision
                        cross join lateral jsonb_each_text(s.measure_scores) m
                        where a.year = ? group by m.key""", year).stream()
                .collect(Collectors.toMap(r -> (String) r.get("measure"), r -> (BigDecimal) r.get("mean")));
    }

    /** Trusts open on the date whose latest submitted declaration is LIVE since that date or earlier. */
    private double eprLivePercent(String date) {
        Map<String, Object> row = demo.jdbc().queryForMap("""
                with open_trusts as (
                  select ods_code from read_model.organisation
                  where type in ('ACUTE', 'MENTAL_HEALTH', 'COMMUNITY', 'MENTAL_HEALTH_AND_COMMUNITY', 'AMBULANCE') and (opened_on is null or opened_on <= cast(? as date))
                    and (closed_on is null or closed_on > cast(? as date))),
                latest as (
                  select distinct on (s.ods_code) s.ods_code, s.epr_status, s.epr_live_since
                  from read_model.assessment_submission s
                  order by s.ods_code, s.year desc, s.revision desc)
                select count(*) as population,
                       count(*) filter (where l.epr_status = 'LIVE' and l.epr_live_since <= cast(? as date)) as live
                from open_trusts t left join latest l on l.ods_code = t.ods_code""", date, date, date);
        return 100.0 * ((Number) row.get("live")).doubleValue() / ((Number) row.get("population")).doubleValue();
    }
}
