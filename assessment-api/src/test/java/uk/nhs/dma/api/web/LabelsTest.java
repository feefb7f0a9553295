package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.assessment.TrajectoryView;
import uk.nhs.dma.core.capability.Capability;
import uk.nhs.dma.core.capability.CapabilityStatus;
import uk.nhs.dma.core.plan.ActionStatus;
import uk.nhs.dma.core.target.Metric;
import uk.nhs.dma.projections.processing.Replays;
import uk.nhs.dma.web.Labels;

/** Every code a page shows has words of its own, so no page falls back to an enum name. */
class LabelsTest {

    private final Labels labels = new Labels();

    @Test
    void every_code_a_page_shows_has_words() {
        List<Class<? extends Enum<?>>> shown = List.of(ActionStatus.class, EprStatus.class, TrajectoryView.Status.class,
                Capability.class, CapabilityStatus.class, Metric.class);
        assertThat(shown.stream().flatMap(type -> Stream.of(type.getEnumConstants())))
                .allSatisfy(code -> assertThat(labels.has(code)).as(code.getDeclaringClass() + "." + code).isTrue());
        assertThat(Stream.of(Replays.Status.values()).map(s -> labels.of("Replay", s.name())))
                .containsExactly("Running", "Done", "Failed");
        assertThat(Stream.of("QUEUED", "RUNNING", "DONE").map(s -> labels.of("Import", s)))
                .containsExactly("Queued", "Running", "Done");
    }

    @Test
    void words_tags_and_lists() {
        assertThat(labels.of(ActionStatus.IN_PROGRESS)).isEqualTo("In progress");
        assertThat(labels.of(TrajectoryView.Status.OFF_TRACK)).isEqualTo("Off track");
        assertThat(labels.tag(ActionStatus.DONE)).isEqualTo("govuk-tag--green");
        assertThat(labels.tag(EprStatus.LIVE)).isEmpty();
        assertThat(labels.join(List.of(EprStatus.DEPLOYING, EprStatus.LIVE), " or ")).isEqualTo("Deploying or Live");
        assertThat(labels.of("Import", "UNKNOWN")).as("a code without words shows as itself").isEqualTo("UNKNOWN");
        assertThat(labels.of((ActionStatus) null)).isEmpty();
    }
}
