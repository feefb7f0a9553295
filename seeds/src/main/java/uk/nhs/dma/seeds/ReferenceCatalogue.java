package uk.nhs.dma.seeds;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.PublishFramework;
import uk.nhs.dma.core.target.DefineTarget;
import uk.nhs.dma.core.target.Milestone;
import uk.nhs.dma.core.target.RecordObservation;
import uk.nhs.dma.core.target.ReviseTarget;
import uk.nhs.dma.core.target.TargetId;

/**
 * The WGLL frameworks of 2023 to 2025, the 2025 round by care setting (dma-2025, level-gated) and the national targets with their sources, revisions and (for reported
 * figures) their published observations.
 */
public final class ReferenceCatalogue {

    public static final List<String> FRAMEWORKS = List.of("wgll-2023", "wgll-2024", "wgll-2025", "dma-2025");
    static final String TARGETS = "/seeds/targets/targets.json";

    private ReferenceCatalogue() {
    }

    public static List<FrameworkDefinition> frameworks() {
        return FRAMEWORKS.stream()
                .map(id -> SeedJson.convert(SeedJson.read("/seeds/frameworks/" + id + ".json"), FrameworkDefinition.class))
                .toList();
    }

    /** Publication of each framework, then each target's definition followed by its revisions. */
    public static List<SeedStep> steps() {
        List<SeedStep> steps = new ArrayList<>();
        for (FrameworkDefinition framework : frameworks()) {
            steps.add(new SeedStep(framework.frameworkId().value(), new PublishFramework(framework),
                    ReferenceRegister.USER, null));
        }
        for (JsonNode target : SeedJson.read(TARGETS).get("targets")) {
            DefineTarget definition = SeedJson.convert(target.get("definition"), DefineTarget.class);
            String id = definition.targetId().value();
            steps.add(new SeedStep(id, definition, ReferenceRegister.USER, null));
            JsonNode revisions = target.get("revisions");
            if (revisions != null) {
                for (JsonNode revision : revisions) {
                    steps.add(new SeedStep(id, revision(definition.targetId(), revision), ReferenceRegister.USER, null));
                }
            }
            JsonNode observations = target.get("observations");
            if (observations != null) {
                for (JsonNode observation : observations) {
                    steps.add(new SeedStep(id, new RecordObservation(definition.targetId(),
                            LocalDate.parse(observation.get("observedOn").asText()),
                            observation.get("percent").decimalValue(), observation.get("source").asText()),
                            ReferenceRegister.USER, null));
                }
            }
        }
        return steps;
    }

    private static ReviseTarget revision(TargetId id, JsonNode node) {
        List<Milestone> milestones = node.has("milestones")
                ? List.of(SeedJson.convert(node.get("milestones"), Milestone[].class)) : null;
        List<EprStatus> counted = node.has("countedEprStatuses")
                ? List.of(SeedJson.convert(node.get("countedEprStatuses"), EprStatus[].class)) : null;
        return new ReviseTarget(id, LocalDate.parse(node.get("effectiveFrom").asText()), node.get("reason").asText(),
                node.get("source").asText(), milestones, counted, null);
    }
}
