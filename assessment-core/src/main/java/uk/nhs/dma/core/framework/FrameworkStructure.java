package uk.nhs.dma.core.framework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.nhs.dma.core.common.Require;
import uk.nhs.dma.core.organisation.OrganisationType;

/**
 * The rules of a framework's domains, levels, question history and question sets, checked when it is published
 * ({@link FrameworkDefinition#validated()}); each returns the canonical form.
 */
final class FrameworkStructure {

    static final int LOWEST_ELEMENT_LEVEL = 2;
    static final int TOP_LEVEL = 5;

    private FrameworkStructure() {
    }

    static List<Domain> domains(List<Domain> given, List<String> measureIds) {
        List<Domain> clean = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Domain d : given) {
            Require.present(d, "domains");
            Require.that(d.id() != null && FrameworkDefinition.QUESTION_ID.matcher(d.id()).matches(), "domains.id",
                    "domain id '" + d.id() + "' must be 1 to 40 letters, digits, '.', '_' or '-'");
            Require.that(seen.add(d.id()), "domains.id", "domain id '" + d.id() + "' appears twice");
            Require.that(d.measureId() != null && measureIds.contains(d.measureId()), "domains.measureId",
                    "domain " + d.id() + " names unknown measure '" + d.measureId() + "'");
            Set<Integer> levels = new HashSet<>();
            List<Level> cleanLevels = new ArrayList<>();
            for (Level level : d.levels()) {
                Require.present(level, "domains.levels");
                Require.that(level.level() >= 1 && level.level() <= TOP_LEVEL && levels.add(level.level()),
                        "domains.levels", "domain " + d.id() + " words each level 1 to " + TOP_LEVEL + " at most once");
                cleanLevels.add(new Level(level.level(), Require.text(level.text(), "domains.levels.text", 1000)));
            }
            cleanLevels.sort(Comparator.comparingInt(Level::level));
            clean.add(new Domain(d.id(), d.measureId(), Require.text(d.name(), "domains.name", 200),
                    List.copyOf(cleanLevels)));
        }
        return List.copyOf(clean);
    }

    /** The measure of the question's domain, when it names one and leaves its measure out. */
    static String measureOfDomain(Question q, List<Domain> domains) {
        return q.domainId() == null ? null : domains.stream().filter(d -> d != null && q.domainId().equals(d.id()))
                .map(Domain::measureId).findFirst().orElse(null);
    }

    static List<String> replaces(Question q) {
        Set<String> seen = new HashSet<>();
        for (String earlier : q.replaces()) {
            Require.that(earlier != null && FrameworkDefinition.QUESTION_ID.matcher(earlier).matches()
                            && !earlier.equals(q.id()) && seen.add(earlier), "questions.replaces",
                    "question " + q.id() + " replaces distinct earlier question ids other than its own");
        }
        return List.copyOf(q.replaces());
    }

    /** Each question in a known domain of its measure (all or none in domains), and levelled as the method needs. */
    static List<Question> placed(List<Question> questions, List<Domain> domains, ScoringMethod scoring) {
        for (Question q : questions) {
            if (q.domainId() == null) {
                Require.that(domains.isEmpty(), "questions.domainId", "question " + q.id() + " names no domain");
            } else {
                Domain domain = domains.stream().filter(d -> d.id().equals(q.domainId())).findFirst().orElse(null);
                Require.that(domain != null, "questions.domainId",
                        "question " + q.id() + " names unknown domain '" + q.domainId() + "'");
                Require.that(domain.measureId().equals(q.measureId()), "questions.measureId", "question " + q.id()
                        + " is under measure " + q.measureId() + " but its domain under " + domain.measureId());
            }
            if (scoring == ScoringMethod.LEVEL_GATED) {
                Require.that(q.domainId() != null && q.level() != null && q.level() >= LOWEST_ELEMENT_LEVEL
                                && q.level() <= TOP_LEVEL, "questions.level", "question " + q.id()
                                + " is an element of a level " + LOWEST_ELEMENT_LEVEL + " to " + TOP_LEVEL
                                + " of a domain in a LEVEL_GATED framework");
                Require.that(q.minScore() == 0 && q.maxScore() == 1, "questions.score",
                        "element " + q.id() + " is scored 0 (not met) or 1 (met)");
            } else {
                Require.that(q.level() == null, "questions.level",
                        "question " + q.id() + " has a level, but only a LEVEL_GATED framework has levels");
            }
        }
        return questions;
    }

    static List<QuestionSet> sets(List<QuestionSet> given, List<Question> questions, List<Domain> domains,
                                  ScoringMethod scoring) {
        Set<OrganisationType> typed = EnumSet.noneOf(OrganisationType.class);
        Set<String> asked = new HashSet<>();
        List<QuestionSet> clean = new ArrayList<>();
        List<String> measureIds = WgllMeasures.IDS;
        for (QuestionSet set : given) {
            Require.present(set, "questionSets");
            Require.notEmpty(set.organisationTypes(), "questionSets.organisationTypes");
            for (OrganisationType type : set.organisationTypes()) {
                Require.that(type != null && type != OrganisationType.REGION && typed.add(type),
                        "questionSets.organisationTypes", "each assessed organisation type (not REGION) has one set: "
                                + type + " is null, a region or in two sets");
            }
            Require.notEmpty(set.questionIds(), "questionSets.questionIds");
            Set<String> ids = new HashSet<>();
            for (String id : set.questionIds()) {
                Require.that(questions.stream().anyMatch(q -> q.id().equals(id)) && ids.add(id),
                        "questionSets.questionIds", "set of " + set.organisationTypes() + " names question '" + id
                                + "', unknown or twice");
            }
            List<Question> setQuestions = questions.stream().filter(q -> ids.contains(q.id())).toList();
            coversMeasures(setQuestions, measureIds, "questionSets");
            if (scoring == ScoringMethod.LEVEL_GATED) {
                levelsContiguous(setQuestions, domains, set.organisationTypes());
            }
            asked.addAll(ids);
            clean.add(new QuestionSet(List.copyOf(set.organisationTypes()), List.copyOf(set.questionIds())));
        }
        if (given.isEmpty() && scoring == ScoringMethod.LEVEL_GATED) {
            levelsContiguous(questions, domains, List.of());
        }
        for (Question q : questions) {
            Require.that(given.isEmpty() || asked.contains(q.id()), "questionSets",
                    "question " + q.id() + " is in no set, so no organisation would answer it");
        }
        return List.copyOf(clean);
    }

    static void coversMeasures(List<Question> questions, List<String> measureIds, String field) {
        for (String measureId : measureIds) {
            Require.that(questions.stream().anyMatch(q -> q.measureId().equals(measureId)), field,
                    "measure '" + measureId + "' has no question" + (field.equals("questions") ? "" : " in a set"));
        }
    }

    /** A level-gated domain's elements fill every level from 2 up to its top one (a level with none is no gate). */
    private static void levelsContiguous(List<Question> questions, List<Domain> domains, List<OrganisationType> of) {
        for (Domain domain : domains) {
            Set<Integer> levels = new TreeSet<>();
            questions.stream().filter(q -> domain.id().equals(q.domainId())).forEach(q -> levels.add(q.level()));
            int top = levels.stream().mapToInt(Integer::intValue).max().orElse(LOWEST_ELEMENT_LEVEL - 1);
            for (int level = LOWEST_ELEMENT_LEVEL; level <= top; level++) {
                Require.that(levels.contains(level), "questions.level", "domain " + domain.id()
                        + (of.isEmpty() ? "" : " in the set of " + of) + " has elements up to level " + top
                        + " but none at level " + level);
            }
        }
    }
}
