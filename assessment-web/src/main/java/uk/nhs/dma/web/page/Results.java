package uk.nhs.dma.web.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.assessment.TrajectoryView;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.Measure;

/** A submitted revision's scores against the core minimum, beside last year's, and the trajectory's figures. */
public final class Results {

    public record Row(String name, BigDecimal score, BigDecimal minimum, boolean meetsMinimum, BigDecimal lastYear,
                      BigDecimal change) {
    }

    /** The chart's data: one series per measure and the overall score, by year, as data attributes. */
    public record Chart(String years, String overall, String minimum, List<TrajectoryView.Year> rows) {
    }

    private Results() {
    }

    public static List<Row> rows(AssessmentView view, FrameworkDefinition framework, AssessmentView lastYear) {
        BigDecimal minimum = framework.rules().coreCapability().minMeasureScore();
        Map<String, BigDecimal> previous = lastYear == null || lastYear.scores() == null ? Map.of()
                : lastYear.scores().measures();
        List<Row> rows = new ArrayList<>();
        for (Measure measure : framework.measures()) {
            BigDecimal score = view.scores().measures().get(measure.id());
            BigDecimal before = previous.get(measure.id());
            rows.add(new Row(measure.name(), score, minimum, score != null && score.compareTo(minimum) >= 0, before,
                    score == null || before == null ? null : score.subtract(before)));
        }
        BigDecimal overallBefore = lastYear == null || lastYear.scores() == null ? null : lastYear.scores().overall();
        BigDecimal overall = view.scores().overall();
        rows.add(new Row("Overall", overall, null, true, overallBefore,
                overallBefore == null ? null : overall.subtract(overallBefore)));
        return rows;
    }

    public static Chart chart(TrajectoryView trajectory, FrameworkDefinition framework) {
        List<TrajectoryView.Year> years = trajectory == null ? List.of() : trajectory.years();
        return new Chart(
                years.stream().map(y -> String.valueOf(y.year())).collect(Collectors.joining(",")),
                years.stream().map(y -> y.overall().toPlainString()).collect(Collectors.joining(",")),
                framework.rules().coreCapability().minMeasureScore().toPlainString(),
                years);
    }
}
