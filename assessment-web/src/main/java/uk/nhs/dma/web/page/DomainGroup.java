package uk.nhs.dma.web.page;

import java.util.Comparator;
import java.util.List;
import uk.nhs.dma.core.framework.Domain;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.Question;

/**
 * The questions of a measure page under one domain, with the wording of its levels; a framework without domains
 * gives one group without a domain (the page as before).
 */
public record DomainGroup(Domain domain, List<Question> questions) {

    public static List<DomainGroup> of(FrameworkDefinition framework, String measureId) {
        if (framework.domains().isEmpty()) {
            return List.of(new DomainGroup(null, framework.questionsOf(measureId)));
        }
        return framework.domains().stream().filter(d -> d.measureId().equals(measureId))
                .map(d -> new DomainGroup(d, framework.questionsOfDomain(d.id()).stream()
                        .sorted(Comparator.comparing(q -> q.level() == null ? 0 : q.level())).toList()))
                .filter(group -> !group.questions().isEmpty())
                .toList();
    }
}
