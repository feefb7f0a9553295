package uk.nhs.dma.core.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.framework.CapabilityRules;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.framework.Measure;
import uk.nhs.dma.core.framework.Question;

/**
 * A complete, valid framework: the seven WGLL measures, two questions each scored 1 to 5 (ids WL1, WL2, SF1, ...),
 * all mandatory except {@link #OPTIONAL_QUESTION}. {@link Builder} varies any part of it for a test.
 */
public final class TestFrameworks {

    public static final FrameworkId WGLL_2024 = FrameworkId.of("wgll-2024");
    public static final int YEAR = 2024;
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2024, 3, 31);
    public static final String TITLE = "What Good Looks Like 2024";
    /** The one optional question; its measure still has the mandatory HP1. */
    public static final String OPTIONAL_QUESTION = "HP2";

    /** Measure id to the question-id prefix used for its questions, in WGLL order. */
    public static final Map<String, String> PREFIXES = prefixes();

    private TestFrameworks() {
    }

    public static Builder framework() {
        return new Builder();
    }

    /** The standard framework, validated (as the catalogue and the published event hold it). */
    public static FrameworkDefinition wgll2024() {
        return framework().build().validated();
    }

    public static String q(String measureId, int n) {
        return PREFIXES.get(measureId) + n;
    }

    public static Answer answer(String questionId, int score) {
        return new Answer(questionId, score, null);
    }

    /** An answer with the given score for every mandatory question of the standard framework. */
    public static List<Answer> mandatoryAnswers(int score) {
        List<Answer> answers = new ArrayList<>();
        for (Question question : wgll2024().questions()) {
            if (question.mandatory()) {
                answers.add(answer(question.id(), score));
            }
        }
        return answers;
    }

    /** Mandatory answers with some scores overridden, e.g. {@code mandatoryAnswers(3, Map.of("WL1", 5))}. */
    public static List<Answer> mandatoryAnswers(int score, Map<String, Integer> overrides) {
        return mandatoryAnswers(score).stream()
                .map(a -> overrides.containsKey(a.questionId()) ? answer(a.questionId(), overrides.get(a.questionId())) : a)
                .toList();
    }

    /** Answers in the order an assessment keeps them (by question id). */
    public static List<Answer> byQuestionId(List<Answer> answers) {
        return answers.stream().sorted(Comparator.comparing(Answer::questionId)).toList();
    }

    private static Map<String, String> prefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("well-led", "WL");
        prefixes.put("smart-foundations", "SF");
        prefixes.put("safe-practice", "SP");
        prefixes.put("support-people", "PE");
        prefixes.put("empower-citizens", "EC");
        prefixes.put("improve-care", "IC");
        prefixes.put("healthy-populations", "HP");
        return prefixes;
    }

    /** Builds a raw (unvalidated) definition; every part defaults to the standard framework. */
    public static final class Builder {

        private FrameworkId id = WGLL_2024;
        private String title = TITLE;
        private int year = YEAR;
        private LocalDate referenceDate = REFERENCE_DATE;
        private List<Measure> measures = new ArrayList<>();
        private List<Question> questions = new ArrayList<>();
        private CapabilityRules rules = CapabilityRules.defaults();

        private Builder() {
            PREFIXES.forEach((measureId, prefix) -> {
                measures.add(new Measure(measureId, "Measure " + measureId));
                questions.add(new Question(prefix + 1, measureId, "Question " + prefix + 1, 1, 5, true));
                questions.add(new Question(prefix + 2, measureId, "Question " + prefix + 2, 1, 5,
                        !(prefix + 2).equals(OPTIONAL_QUESTION)));
            });
        }

        public Builder id(String value) {
            this.id = FrameworkId.of(value);
            return this;
        }

        public Builder id(FrameworkId value) {
            this.id = value;
            return this;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder year(int value) {
            this.year = value;
            return this;
        }

        public Builder referenceDate(LocalDate value) {
            this.referenceDate = value;
            return this;
        }

        public Builder measures(List<Measure> value) {
            this.measures = value;
            return this;
        }

        public Builder questions(List<Question> value) {
            this.questions = value;
            return this;
        }

        public Builder rules(CapabilityRules value) {
            this.rules = value;
            return this;
        }

        /** Rewrites every measure with the function (keeps the list mutable). */
        public Builder mapMeasures(UnaryOperator<Measure> change) {
            this.measures = new ArrayList<>(measures.stream().map(change).toList());
            return this;
        }

        /** Rewrites every question with the function (keeps the list mutable). */
        public Builder mapQuestions(UnaryOperator<Question> change) {
            this.questions = new ArrayList<>(questions.stream().map(change).toList());
            return this;
        }

        public Builder withoutMeasure(String measureId) {
            this.measures = new ArrayList<>(measures.stream().filter(m -> !m.id().equals(measureId)).toList());
            return this;
        }

        public Builder withoutQuestionsOf(String measureId) {
            this.questions = new ArrayList<>(questions.stream().filter(q -> !q.measureId().equals(measureId)).toList());
            return this;
        }

        public Builder withMeasure(Measure measure) {
            this.measures.add(measure);
            return this;
        }

        public Builder withQuestion(Question question) {
            this.questions.add(question);
            return this;
        }

        /** Makes exactly these questions optional (all others keep their mandatory flag). */
        public Builder optional(String... questionIds) {
            Set<String> ids = Set.copyOf(Arrays.asList(questionIds));
            return mapQuestions(q -> ids.contains(q.id())
                    ? new Question(q.id(), q.measureId(), q.text(), q.minScore(), q.maxScore(), false) : q);
        }

        public FrameworkDefinition build() {
            return new FrameworkDefinition(id, title, year, referenceDate, measures, questions, rules);
        }
    }
}
