package uk.nhs.dma.web.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.nhs.dma.core.assessment.AssessmentView;
import uk.nhs.dma.core.framework.Domain;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.Level;
import uk.nhs.dma.core.framework.Measure;

/**
 * One domain's score of a submitted revision, under its measure, with the wording of the level it reached (the
 * whole level for a LEVEL_GATED score; none where that level is not worded or the score is a mean between levels).
 */
public record DomainScoreRow(String measure, String domain, BigDecimal score, String levelText) {

    /** The submitted domain scores in the framework's domain order; none for a framework without domains. */
    public static List<DomainScoreRow> of(AssessmentView view, FrameworkDefinition framework) {
        Map<String, BigDecimal> scores = view.scores() == null ? Map.of() : view.scores().domains();
        List<DomainScoreRow> rows = new ArrayList<>();
        for (Domain domain : framework.domains()) {
            BigDecimal score = scores.get(domain.id());
            if (score == null) {
                continue;
            }
            String measure = framework.measures().stream().filter(m -> m.id().equals(domain.measureId()))
                    .map(Measure::name).findFirst().orElse(domain.measureId());
            rows.add(new DomainScoreRow(measure, domain.name(), score, wording(domain, score)));
        }
        return rows;
    }

    private static String wording(Domain domain, BigDecimal score) {
        if (score.stripTrailingZeros().scale() > 0) {
            return null;
        }
        int level = score.setScale(0, RoundingMode.UNNECESSARY).intValue();
        return domain.levels().stream().filter(l -> l.level() == level).map(Level::text).findFirst().orElse(null);
    }
}
