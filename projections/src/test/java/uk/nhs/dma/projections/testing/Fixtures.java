package uk.nhs.dma.projections.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.AssessmentSubmitted;
import uk.nhs.dma.core.assessment.EprDeclaration;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.assessment.Scores;
import uk.nhs.dma.core.framework.CapabilityRules;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.framework.Measure;
import uk.nhs.dma.core.framework.Question;
import uk.nhs.dma.core.framework.WgllMeasures;
import uk.nhs.dma.core.organisation.OdsCode;

/** Small builders for events and their parts. */
public final class Fixtures {

    private Fixtures() {
    }

    public static OdsCode ods(String code) {
        return OdsCode.of(code);
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    public static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    public static FrameworkId frameworkId(int year) {
        return FrameworkId.of("wgll-" + year);
    }

    /** A framework with one question per WGLL measure, question ids "q-{measure}". */
    public static FrameworkDefinition framework(int year) {
        List<Measure> measures = WgllMeasures.IDS.stream().map(id -> new Measure(id, "Measure " + id)).toList();
        List<Question> questions = WgllMeasures.IDS.stream()
                .map(id -> new Question("q-" + id, id, "How well do you " + id + "?", 1, 5, true)).toList();
        return new FrameworkDefinition(frameworkId(year), "What Good Looks Like " + year, year,
                LocalDate.of(year, 3, 31), measures, questions, CapabilityRules.defaults());
    }

    /** Every measure scored the same. */
    public static Map<String, BigDecimal> uniform(String score) {
        Map<String, BigDecimal> measures = new LinkedHashMap<>();
        WgllMeasures.IDS.forEach(id -> measures.put(id, new BigDecimal(score).setScale(4, RoundingMode.HALF_EVEN)));
        return measures;
    }

    public static Map<String, BigDecimal> with(Map<String, BigDecimal> base, String measure, String score) {
        Map<String, BigDecimal> measures = new LinkedHashMap<>(base);
        measures.put(measure, new BigDecimal(score).setScale(4, RoundingMode.HALF_EVEN));
        return measures;
    }

    public static BigDecimal mean(Map<String, BigDecimal> measures) {
        return measures.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(measures.size()), 4, RoundingMode.HALF_EVEN);
    }

    /**
     * A submitted revision with the given measure scores; answers are one per measure (rounded score), the
     * verdicts follow the default rules (minimum 3.00, EPR LIVE required).
     */
    public static AssessmentSubmitted submitted(String odsCode, int year, int revision, LocalDate assessedOn,
                                                Map<String, BigDecimal> measures, EprDeclaration epr,
                                                String submittedBy, Instant submittedAt) {
        List<Answer> answers = new ArrayList<>();
        measures.forEach((id, score) -> answers.add(new Answer("q-" + id,
                score.setScale(0, RoundingMode.HALF_UP).intValue(), null)));
        BigDecimal minimum = CapabilityRules.DEFAULT_MIN_SCORE;
        boolean live = epr != null && epr.status() == EprStatus.LIVE;
        boolean core = measures.values().stream().allMatch(v -> v.compareTo(minimum) >= 0) && live;
        boolean foundational = CapabilityRules.DEFAULT_FOUNDATIONAL_MEASURES.stream()
                .allMatch(id -> measures.get(id).compareTo(minimum) >= 0) && live;
        return new AssessmentSubmitted(AssessmentId.of(ods(odsCode), year), ods(odsCode), year, frameworkId(year),
                revision, assessedOn, answers, epr, new Scores(measures, mean(measures)), CapabilityRules.defaults(),
                core, foundational, submittedBy, submittedAt);
    }

    public static EprDeclaration live(String supplier, String since) {
        return new EprDeclaration(EprStatus.LIVE, supplier, LocalDate.parse(since));
    }

    public static EprDeclaration epr(EprStatus status) {
        return new EprDeclaration(status, null, null);
    }
}
