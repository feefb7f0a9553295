package uk.nhs.dma.core.framework;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import uk.nhs.dma.core.organisation.OrganisationType;

/**
 * A published framework version: its measures, its questions and the capability rules it is judged by; how it
 * scores ({@link ScoringMethod}), the domains its questions sit in, and the question set of each organisation type
 * it covers. Omitted in events stored before they existed, they read as before: MEAN, no domains, and one set of
 * every question for every type ({@link #forType}).
 */
public record FrameworkDefinition(FrameworkId frameworkId, String title, int assessmentYear, LocalDate referenceDate,
                                  List<Measure> measures, List<Question> questions, CapabilityRules rules,
                                  ScoringMethod scoring, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Domain> domains,
                                  @JsonInclude(JsonInclude.Include.NON_EMPTY) List<QuestionSet> questionSets) {

    static final Pattern QUESTION_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final int MAX_SCORE_LIMIT = 10;

    public FrameworkDefinition {
        scoring = scoring == null ? ScoringMethod.MEAN : scoring;
        domains = domains == null ? List.of() : domains;
        questionSets = questionSets == null ? List.of() : questionSets;
    }

    /** A framework of one set for every type, scored by the mean, without domains (as before 2025). */
    public FrameworkDefinition(FrameworkId frameworkId, String title, int assessmentYear, LocalDate referenceDate,
                               List<Measure> measures, List<Question> questions, CapabilityRules rules) {
        this(frameworkId, title, assessmentYear, referenceDate, measures, questions, rules, null, null, null);
    }

    /**
     * The framework as an organisation of this type answers it: its set's questions and their domains (the whole
     * framework when it has no sets, or when the type is unknown, as for events stored before types were recorded);
     * empty when the framework does not cover the type.
     */
    public Optional<FrameworkDefinition> forType(OrganisationType type) {
        if (questionSets.isEmpty() || type == null) {
            return Optional.of(this);
        }
        return questionSets.stream().filter(set -> set.organisationTypes().contains(type)).findFirst().map(set -> {
            List<Question> asked = questions.stream().filter(q -> set.questionIds().contains(q.id())).toList();
            List<Domain> used = domains.stream()
                    .filter(d -> asked.stream().anyMatch(q -> d.id().equals(q.domainId()))).toList();
            return new FrameworkDefinition(frameworkId, title, assessmentYear, referenceDate, measures, asked, rules,
                    scoring, used, List.of());
        });
    }

    /** The organisation types with a set; empty when one set serves every type. */
    public List<OrganisationType> coveredTypes() {
        return questionSets.stream().flatMap(set -> set.organisationTypes().stream()).toList();
    }

    public Optional<Domain> domain(String domainId) {
        return domains.stream().filter(d -> d.id().equals(domainId)).findFirst();
    }

    public List<Question> questionsOfDomain(String domainId) {
        return questions.stream().filter(q -> domainId.equals(q.domainId())).toList();
    }

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
        List<Domain> cleanDomains = FrameworkStructure.domains(domains, WgllMeasures.IDS);
        List<Question> cleanQuestions = FrameworkStructure.placed(validQuestions(cleanMeasures), cleanDomains, scoring);
        List<QuestionSet> cleanSets = FrameworkStructure.sets(questionSets, cleanQuestions, cleanDomains, scoring);
        CapabilityRules cleanRules = validRules(rules == null ? CapabilityRules.defaults() : rules);
        return new FrameworkDefinition(frameworkId, cleanTitle, assessmentYear, referenceDate, cleanMeasures,
                cleanQuestions, cleanRules, scoring, cleanDomains, cleanSets);
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
            String measureId = q.measureId() == null ? FrameworkStructure.measureOfDomain(q, domains) : q.measureId();
            Require.that(measureId != null || q.domainId() == null, "questions.domainId",
                    "question " + q.id() + " names unknown domain '" + q.domainId() + "'");
            Require.that(measureId != null && measureIds.contains(measureId), "questions.measureId",
                    "question " + q.id() + " names unknown measure '" + measureId + "'");
            Require.that(q.minScore() >= 0 && q.minScore() < q.maxScore() && q.maxScore() <= MAX_SCORE_LIMIT,
                    "questions.score", "question " + q.id() + " needs 0 <= minScore < maxScore <= " + MAX_SCORE_LIMIT);
            clean.add(new Question(q.id(), measureId, Require.text(q.text(), "questions.text", 1000),
                    q.minScore(), q.maxScore(), q.mandatory(), q.domainId(), q.level(),
                    FrameworkStructure.replaces(q)));
        }
        if (questionSets == null || questionSets.isEmpty()) {
            FrameworkStructure.coversMeasures(clean, measureIds, "questions");
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
