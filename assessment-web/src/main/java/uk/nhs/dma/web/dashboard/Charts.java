package uk.nhs.dma.web.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.nhs.dma.core.assessment.TrajectoryView;
import uk.nhs.dma.core.framework.WgllMeasures;
import uk.nhs.dma.core.progress.TargetSeriesView;

/**
 * The data of each chart, as JSON for a {@code data-chart} attribute read by /js/dashboard-charts.js (the CSP
 * allows no inline script), written by the mapper Spring configures for HTTP. Every figure drawn is also in the
 * table beside the chart.
 */
@Component
class Charts {

    private final JsonMapper json;

    Charts(JsonMapper json) {
        this.json = json;
    }

    /** A target's percentage at each quarter end, and each milestone's threshold marked as met, missed or to come. */
    String target(TargetSeriesView series) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        series.points().forEach(p -> dates.add(p.date()));
        series.milestones().forEach(m -> dates.add(m.dueBy()));
        List<String> labels = dates.stream().map(LocalDate::toString).toList();
        List<BigDecimal> percent = new ArrayList<>();
        List<BigDecimal> threshold = new ArrayList<>();
        List<String> outcome = new ArrayList<>();
        for (LocalDate date : dates) {
            percent.add(series.points().stream().filter(p -> p.date().equals(date)).findFirst()
                    .map(TargetSeriesView.Point::percent).orElse(null));
            var milestone = series.milestones().stream().filter(m -> m.dueBy().equals(date)).findFirst();
            threshold.add(milestone.map(TargetSeriesView.MilestoneResult::thresholdPercent).orElse(null));
            outcome.add(milestone.map(m -> m.met() == null ? "due" : m.met() ? "met" : "missed").orElse(null));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "target");
        chart.put("labels", labels);
        chart.put("percent", percent);
        chart.put("threshold", threshold);
        chart.put("outcome", outcome);
        return json.writeValueAsString(chart);
    }

    /** Each measure's score per submitted year, its least-squares trend line, and the core minimum. */
    String trajectory(TrajectoryView trajectory, BigDecimal coreMinimum, List<Integer> years,
                             Map<String, List<BigDecimal>> trendLines) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "trajectory");
        chart.put("labels", years.stream().map(String::valueOf).toList());
        List<Map<String, Object>> measures = new ArrayList<>();
        for (String measure : WgllMeasures.IDS) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("measure", measure);
            m.put("scores", years.stream().map(year -> trajectory.years().stream().filter(y -> y.year() == year)
                    .findFirst().map(y -> y.measures().get(measure)).orElse(null)).toList());
            m.put("trend", trendLines.get(measure));
            measures.add(m);
        }
        chart.put("measures", measures);
        chart.put("coreMinimum", coreMinimum);
        chart.put("projectedCoreYear", trajectory.projectedCoreYear());
        return json.writeValueAsString(chart);
    }
}
