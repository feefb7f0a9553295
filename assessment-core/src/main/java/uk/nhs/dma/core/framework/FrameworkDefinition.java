package uk.nhs.dma.core.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.nhs.dma.core.common.Require;
import uk.nhs.dma.core.common.RuleViolation;

/** A published framework version: its measures, its questions and the capability rules it is judged by. */
public record FrameworkDefinition(FrameworkId frameworkId, String title, int assessmentYear, LocalDate referenceDate,
                                  List<Measure> measures, List<Question> questions, CapabilityRules rules) {

    private static final Pattern QUESTION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final int MAX_SCORE_LIMIT = 10;

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public List<Question> questionsOf(String measureId) {
        return questions.stream().filter(q -> q.measureId().equals(measureId)).toList();
    }

    public List<String> measureIds() {
        return measures.stream().map(Measure::id).toList();
    }

    /** Checks every rule of a definition and returns it in canonical form (trimmed text, scores at scale 2). */
    public FrameworkDefinition validated() {
        Require.present(frameworkId, "frameworkId");
        String cleanTitle = Require.text(title, "title", 200);
        Require.that(assessmentYear >= 2000 && assessmentYear <= 2100, "assessmentYear",
                "assessmentYear must be between 2000 and 2100");
        Require.date(referenceDate, "referenceDate");
        List<Measure> cleanMeasures = validMeasures();
        List<Question> cleanQuestions = validQuestions(cleanMeasures);
        CapabilityRules cleanRules = validRules(rules == null ? CapabilityRules.defaults() : rules);
        return new FrameworkDefinition(frameworkId, cleanTitle, assessmentYear, referenceDate, cleanMeasures,
                cleanQuestions, cleanRules);
    }

    private List<Measure> validMeasures() {
        Require.notEmpty(measures, "measures");
        List<Measure> clean = new ArrayList<>();
        for (Measure measure : measures) {
            Require.present(measure, "measures");
            Require.that(measure.id() != null && WgllMeasures.IDS.contains(measure.id()), "measures",
                    "unknown measure '" + measure.id() + "'; the WGLL measures are " + WgllMeasures.IDS);
            clean.add(new Measure(measure.id(), Require.text(measure.name(), "measures.name", 200)));
        }
        List<String> ids = clean.stream().map(Measure::id).toList();
        Require.that(ids.size() == new HashSet<>(ids).size() && ids.containsAll(WgllMeasures.IDS), "measures",
                "a framework has each of the seven WGLL measures exactly once: " + WgllMeasures.IDS);
        return List.copyOf(clean);
    }

    private List<Question> validQuestions(List<Measure> cleanMeasures) {
        Require.notEmpty(questions, "questions");
        Set<String> seen = new HashSet<>();
        List<String> measureIds = cleanMeasures.stream().map(Measure::id).toList();
        List<Question> clean = new ArrayList<>();
        for (Question q : questions) {
            Require.present(q, "questions");
            Require.that(q.id() != null && QUESTION_ID.matcher(q.id()).matches(), "questions.id",
                    "question id '" + q.id() + "' must be 1 to 40 letters, digits, '.', '_' or '-'");
            Require.that(seen.add(q.id()), "questions.id", "question id '" + q.id() + "' appears twice");
            Require.that(q.measureId() != null && measureIds.contains(q.measureId()), "questions.measureId",
                    "question " + q.id() + " names unknown measure '" + q.measureId() + "'");
            Require.that(q.minScore() >= 0 && q.minScore() < q.maxScore() && q.maxScore() <= MAX_SCORE_LIMIT,
                    "questions.score", "question " + q.id() + " needs 0 <= minScore < maxScore <= " + MAX_SCORE_LIMIT);
            clean.add(new Question(q.id(), q.measureId(), Require.text(q.text(), "questions.text", 1000),
                    q.minScore(), q.maxScore(), q.mandatory()));
        }
        for (String measureId : measureIds) {
            Require.that(clean.stream().anyMatch(q -> q.measureId().equals(measureId)), "questions",
                    "measure '" + measureId + "' has no question");
        }
        return List.copyOf(clean);
    }

    private CapabilityRules validRules(CapabilityRules given) {
        CoreCapabilityRule core = given.coreCapability() == null
                ? CapabilityRules.defaults().coreCapability() : given.coreCapability();
        FoundationalRule foundational = given.foundational() == null
                ? CapabilityRules.defaults().foundational() : given.foundational();
        List<String> foundationalIds = foundational.measureIds() == null
                ? CapabilityRules.DEFAULT_FOUNDATIONAL_MEASURES : foundational.measureIds();
        Require.notEmpty(foundationalIds, "rules.foundational.measureIds");
        Require.that(foundationalIds.stream().allMatch(id -> id != null && WgllMeasures.IDS.contains(id))
                        && foundationalIds.size() == new HashSet<>(foundationalIds).size(),
                "rules.foundational.measureIds", "foundational measures must be distinct WGLL measure ids");
        return new CapabilityRules(
                new CoreCapabilityRule(score(core.minMeasureScore(), "rules.coreCapability.minMeasureScore"),
                        core.requiresEpr()),
                new FoundationalRule(List.copyOf(foundationalIds),
                        score(foundational.minMeasureScore(), "rules.foundational.minMeasureScore"),
                        foundational.requiresEpr()));
    }

    private static BigDecimal score(BigDecimal value, String field) {
        BigDecimal v = value == null ? CapabilityRules.DEFAULT_MIN_SCORE : value;
        if (v.scale() > 4 || v.precision() > 12) {
            throw RuleViolation.invalid(field, field + " has at most 4 decimal places");
        }
        if (v.signum() <= 0 || v.compareTo(BigDecimal.valueOf(MAX_SCORE_LIMIT)) > 0) {
            throw RuleViolation.invalid(field, field + " must be above 0 and at most " + MAX_SCORE_LIMIT);
        }
        return v.setScale(2, RoundingMode.HALF_EVEN);
    }
}
