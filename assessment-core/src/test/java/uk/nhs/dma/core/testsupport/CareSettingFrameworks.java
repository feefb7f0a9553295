package uk.nhs.dma.core.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.framework.CapabilityRules;
import uk.nhs.dma.core.framework.Domain;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.framework.Level;
import uk.nhs.dma.core.framework.Measure;
import uk.nhs.dma.core.framework.Question;
import uk.nhs.dma.core.framework.QuestionSet;
import uk.nhs.dma.core.framework.ScoringMethod;
import uk.nhs.dma.core.organisation.OrganisationType;

/**
 * A 2025-style framework, level-gated, with a set per care setting. Each measure (prefix WL, SF, ...) has a provider
 * domain {@code {prefix}-P} with elements {@code {prefix}-P2a}, {@code -P2b}, {@code -P3}, {@code -P4} and an ICB
 * domain {@code {prefix}-I} with {@code {prefix}-I2}, {@code -I3}. Trusts answer the provider domains, ICBs the
 * ICB domains, general practices the provider elements of levels 2 and 3 only.
 */
public final class CareSettingFrameworks {

    public static final FrameworkId DMA_2025 = FrameworkId.of("dma-2025");
    public static final List<OrganisationType> TRUSTS = List.of(OrganisationType.ACUTE, OrganisationType.AMBULANCE,
            OrganisationType.COMMUNITY, OrganisationType.MENTAL_HEALTH, OrganisationType.MENTAL_HEALTH_AND_COMMUNITY);

    private CareSettingFrameworks() {
    }

    public static Question element(String id, String domainId, int level) {
        return new Question(id, null, "Element " + id, 0, 1, true, domainId, level, List.of());
    }

    public static FrameworkDefinition dma2025() {
        return dma2025(ScoringMethod.LEVEL_GATED);
    }

    public static FrameworkDefinition dma2025(ScoringMethod scoring) {
        List<Measure> measures = new ArrayList<>();
        List<Domain> domains = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        List<String> trust = new ArrayList<>();
        List<String> icb = new ArrayList<>();
        List<String> practice = new ArrayList<>();
        List<Level> wording = List.of(new Level(1, "Nothing in place"), new Level(2, "Planned"),
                new Level(3, "In place"), new Level(4, "Embedded"), new Level(5, "Leading"));
        TestFrameworks.PREFIXES.forEach((measureId, prefix) -> {
            measures.add(new Measure(measureId, "Measure " + measureId));
            domains.add(new Domain(prefix + "-P", measureId, "Provider domain " + prefix, wording));
            domains.add(new Domain(prefix + "-I", measureId, "ICB domain " + prefix, List.of()));
            for (String suffix : List.of("P2a", "P2b", "P3", "P4")) {
                questions.add(element(prefix + "-" + suffix, prefix + "-P", suffix.charAt(1) - '0'));
                trust.add(prefix + "-" + suffix);
                if (!suffix.equals("P4")) {
                    practice.add(prefix + "-" + suffix);
                }
            }
            for (int level = 2; level <= 3; level++) {
                questions.add(element(prefix + "-I" + level, prefix + "-I", level));
                icb.add(prefix + "-I" + level);
            }
        });
        if (scoring == ScoringMethod.MEAN) {
            questions.replaceAll(q -> new Question(q.id(), q.measureId(), q.text(), 1, 5, true, q.domainId(), null,
                    List.of()));
        }
        return new FrameworkDefinition(DMA_2025, "Digital maturity assessment 2025", 2025, LocalDate.of(2025, 3, 31),
                measures, questions, CapabilityRules.defaults(), scoring, domains,
                List.of(new QuestionSet(TRUSTS, trust), new QuestionSet(List.of(OrganisationType.ICB), icb),
                        new QuestionSet(List.of(OrganisationType.GENERAL_PRACTICE), practice)));
    }

    /** Every element of the organisation type's set answered: met (1) up to and including {@code level}. */
    public static List<Answer> metUpTo(FrameworkDefinition framework, OrganisationType type, int level) {
        return framework.validated().forType(type).orElseThrow().questions().stream()
                .map(q -> new Answer(q.id(), q.level() <= level ? 1 : 0, null)).toList();
    }
}
