import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import uk.nhs.dma.core.progress.FindTargetProgress;
import uk.nhs.dma.core.progress.FindTargetSeries;
import uk.nhs.dma.core.progress.Scope;
import uk.nhs.dma.core.target.TargetId;
import uk.nhs.dma.projections.assessment.SubmissionRows;
import uk.nhs.dma.projections.progress.ProgressFacts;
import uk.nhs.dma.projections.progress.ProgressQueries;
import uk.nhs.dma.projections.progress.SeriesQueries;
import uk.nhs.dma.projections.progress.TargetFacts;

/**
 * Pair 3: target progress over HTTP against one SQL aggregate over the read model counting the same
 * organisations; knownAt against live; the dashboard's quarter-end series against one progress answer.
 */
final class ProgressPair {

    /** The EPR_LIVE figure on a date in a scope, straight from the read model. */
    static final String AGGREGATE = """
            with p as (select cast(? as date) d, cast(? as text[]) types, cast(? as text[]) statuses,
                              cast(? as text) kind, cast(? as text) code),
            parent_on as (select distinct on (op.ods_code) op.ods_code, op.parent_code
                          from read_model.organisation_parent op, p
                          where op.effective_from is null or op.effective_from <= p.d
                          order by op.ods_code, op.sequence_number desc),
            latest as (select distinct on (s.ods_code) s.ods_code, s.epr_status, s.epr_live_since
                       from read_model.assessment_submission s order by s.ods_code, s.year desc, s.revision desc)
            select count(*) as denominator,
                   count(*) filter (where l.epr_status = any(p.statuses)
                                    and (l.epr_status <> 'LIVE' or l.epr_live_since <= p.d)) as numerator
            from p, read_model.organisation o
            left join parent_on icb on icb.ods_code = o.ods_code
            left join parent_on region on region.ods_code = icb.parent_code
            left join latest l on l.ods_code = o.ods_code
            where o.type = any(p.types)
              and (o.opened_on is null or o.opened_on <= p.d) and (o.closed_on is null or o.closed_on > p.d)
              and (p.kind = 'NATIONAL' or (p.kind = 'REGION' and region.parent_code = p.code)
                   or (p.kind = 'ICB' and icb.parent_code = p.code))""";

    /**
     * The CAPABILITY figure on a date in a scope, straight from the read model: each organisation's declaration of
     * the capability in force on the date (the latest effective on or before it) with a counted status.
     */
    static final String CAPABILITY_AGGREGATE = """
            with p as (select cast(? as date) d, cast(? as text[]) types, cast(? as text[]) statuses,
                              cast(? as text) kind, cast(? as text) code, cast(? as text) capability),
            parent_on as (select distinct on (op.ods_code) op.ods_code, op.parent_code
                          from read_model.organisation_parent op, p
                          where op.effective_from is null or op.effective_from <= p.d
                          order by op.ods_code, op.sequence_number desc),
            declared as (select distinct on (c.ods_code) c.ods_code, c.status
                         from read_model.capability_declaration c, p
                         where c.capability = p.capability and c.effective_from <= p.d
                         order by c.ods_code, c.effective_from desc)
            select count(*) as denominator, count(*) filter (where c.status = any(p.statuses)) as numerator
            from p, read_model.organisation o
            left join parent_on icb on icb.ods_code = o.ods_code
            left join parent_on region on region.ods_code = icb.parent_code
            left join declared c on c.ods_code = o.ods_code
            where o.type = any(p.types)
              and (o.opened_on is null or o.opened_on <= p.d) and (o.closed_on is null or o.closed_on > p.d)
              and (p.kind = 'NATIONAL' or (p.kind = 'REGION' and region.parent_code = p.code)
                   or (p.kind = 'ICB' and icb.parent_code = p.code))""";

    private final Db db;
    private final Client analyst;
    private final int calls;

    ProgressPair(Db db, Client analyst, int calls) {
        this.db = db;
        this.analyst = analyst;
        this.calls = calls;
    }

    /** Progress over HTTP against the SQL aggregate, interleaved; checks both count the same organisations. */
    Map<String, Object> againstSql(String targetId, String asOf, String scope, String[] types, String[] statuses)
            throws Exception {
        return againstSql(targetId, asOf, scope, types, statuses, null);
    }

    /** As above; a capability names a CAPABILITY target's, counted by {@link #CAPABILITY_AGGREGATE}. */
    Map<String, Object> againstSql(String targetId, String asOf, String scope, String[] types, String[] statuses,
                                   String capability) throws Exception {
        String path = "/api/targets/" + targetId + "/progress?asOf=" + asOf + "&scope=" + scope;
        try (Connection c = db.owner();
             PreparedStatement sql = c.prepareStatement(capability == null ? AGGREGATE : CAPABILITY_AGGREGATE)) {
            String[] kindCode = scope.split(":");
            sql.setObject(1, LocalDate.parse(asOf));
            sql.setArray(2, c.createArrayOf("text", types));
            sql.setArray(3, c.createArrayOf("text", statuses));
            sql.setString(4, kindCode[0]);
            sql.setString(5, kindCode.length > 1 ? kindCode[1] : null);
            if (capability != null) {
                sql.setString(6, capability);
            }
            long[] counts = new long[2];
            LongSupplier aggregate = () -> {
                long start = System.nanoTime();
                try (ResultSet rs = sql.executeQuery()) {
                    rs.next();
                    counts[0] = rs.getLong("numerator");
                    counts[1] = rs.getLong("denominator");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return System.nanoTime() - start;
            };
            Map<String, Object> result = interleaved("api", () -> analyst.timedGet(path), "sql", aggregate);
            var answer = Json.read(analyst.ok("GET", path, null));
            aggregate.getAsLong();
            result.put("apiNumerator", answer.path("numerator").asLong());
            result.put("apiDenominator", answer.path("denominator").asLong());
            result.put("sqlNumerator", counts[0]);
            result.put("sqlDenominator", counts[1]);
            result.put("sameOrganisations", counts[0] == answer.path("numerator").asLong()
                    && counts[1] == answer.path("denominator").asLong());
            return result;
        }
    }

    /** National progress as known now (knownAt = this instant) against the live answer. */
    Map<String, Object> knownAtAgainstLive(String targetId, String asOf) throws Exception {
        String live = "/api/targets/" + targetId + "/progress?asOf=" + asOf;
        String known = live + "&knownAt=" + Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return interleaved("knownAt", () -> analyst.timedGet(known), "live", () -> analyst.timedGet(live));
    }

    /**
     * The dashboard's quarter-end series (FindTargetSeries, 20 quarter ends from the first milestone) against one
     * progress answer for the same target, scope and date: both through the projections' own query handlers in
     * this JVM, on the service's database.
     */
    Map<String, Object> seriesAgainstOne(String targetId, LocalDate firstMilestone) throws Exception {
        NamedParameterJdbcTemplate jdbc = db.template();
        ProgressFacts facts = new ProgressFacts(jdbc);
        TargetFacts targetFacts = new TargetFacts(jdbc);
        SeriesQueries series = new SeriesQueries(facts, targetFacts);
        ProgressQueries progress = new ProgressQueries(facts, targetFacts, new SubmissionRows(jdbc));
        LocalDate firstEnd = firstMilestone.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
        LocalDate asOf = firstEnd.plusMonths(3 * 19).with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
        TargetId id = TargetId.of(targetId);
        Scope national = Scope.parse("NATIONAL");
        int points = series.handle(new FindTargetSeries(id, asOf, national, null)).orElseThrow().points().size();
        Map<String, Object> result = interleaved(
                "series", () -> timed(() -> series.handle(new FindTargetSeries(id, asOf, national, null))),
                "progress", () -> timed(() -> progress.handle(new FindTargetProgress(id, asOf, national))));
        result.put("asOf", asOf.toString());
        result.put("points", points);
        return result;
    }

    private static long timed(Runnable task) {
        long start = System.nanoTime();
        task.run();
        return System.nanoTime() - start;
    }

    /** Warms both up, then alternates them {@code calls} times each; answers p50 and p99 of each. */
    private Map<String, Object> interleaved(String a, LongSupplier first, String b, LongSupplier second) {
        for (int i = 0; i < 5; i++) {
            first.getAsLong();
            second.getAsLong();
        }
        List<Long> one = new ArrayList<>();
        List<Long> two = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            one.add(first.getAsLong());
            two.add(second.getAsLong());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(a, Report.timings(one));
        result.put(b, Report.timings(two));
        return result;
    }
}
