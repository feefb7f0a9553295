package uk.nhs.dma.projections.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.core.progress.DomainScoresView;
import uk.nhs.dma.core.progress.FindDomainScores;
import uk.nhs.dma.core.progress.SummaryView;
import uk.nhs.dma.projections.progress.ProgressQueries;

/**
 * The domain scores behind a summary: the summary's rows (its scope, hierarchy, knownAt, readable organisations and
 * types: {@link ProgressQueries}) and, for each, the domain scores of the revision it counts, from
 * {@code read_model.assessment_domain_score} (written with the submission, so known exactly when it is).
 */
@Component
public class DomainScoreQueries {

    private final ProgressQueries progress;
    private final NamedParameterJdbcTemplate jdbc;

    public DomainScoreQueries(ProgressQueries progress, NamedParameterJdbcTemplate jdbc) {
        this.progress = progress;
        this.jdbc = jdbc;
    }

    @QueryHandler
    public DomainScoresView handle(FindDomainScores query) {
        SummaryView summary = progress.handle(query.summary());
        List<SummaryView.Row> submitted = summary.rows().stream().filter(r -> r.revision() != null).toList();
        List<DomainScoresView.Row> rows = new ArrayList<>();
        if (!submitted.isEmpty()) {
            Map<String, SummaryView.Row> byAssessment = submitted.stream()
                    .collect(Collectors.toMap(SummaryView.Row::assessmentId, Function.identity()));
            jdbc.query("""
                    select d.assessment_id, d.revision, d.domain_id, d.score, s.framework_id
                    from read_model.assessment_domain_score d
                    join read_model.assessment_submission s
                      on s.assessment_id = d.assessment_id and s.revision = d.revision
                    where d.assessment_id in (:ids)
                    order by d.assessment_id, d.ordinal""", new MapSqlParameterSource("ids", List.copyOf(byAssessment.keySet())),
                    rs -> {
                        SummaryView.Row r = byAssessment.get(rs.getString("assessment_id"));
                        if (r.revision() != rs.getInt("revision")) {
                            return; // another revision's scores: the summary counts this one
                        }
                        rows.add(new DomainScoresView.Row(r.odsCode(), r.name(), r.type(), r.regionCode(), r.icbCode(),
                                r.assessmentId(), rs.getInt("revision"), rs.getString("framework_id"),
                                rs.getString("domain_id"), rs.getBigDecimal("score")));
                    });
        }
        rows.sort(java.util.Comparator.comparing(DomainScoresView.Row::odsCode));
        return new DomainScoresView(summary.scope(), summary.year(), summary.asOf(), rows);
    }
}
