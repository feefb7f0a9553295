package uk.nhs.dma.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.assessment.AssessmentEvent;
import uk.nhs.dma.core.capability.CapabilityEvent;
import uk.nhs.dma.core.assessment.AssessmentStarted;
import uk.nhs.dma.core.framework.FrameworkEvent;
import uk.nhs.dma.core.organisation.OrganisationEvent;
import uk.nhs.dma.core.target.TargetEvent;
import uk.nhs.dma.core.target.TargetRevised;

class EventNamesTest {

    sealed interface Named permits First, Second {
    }

    @JsonTypeName("First")
    record First() implements Named {
    }

    @JsonTypeName("Second")
    record Second() implements Named {
    }

    sealed interface Unnamed permits Anonymous {
    }

    record Anonymous() implements Unnamed {
    }

    sealed interface Twice permits Once, Again {
    }

    @JsonTypeName("Same")
    record Once() implements Twice {
    }

    @JsonTypeName("Same")
    record Again() implements Twice {
    }

    private static final EventNames DOMAIN = EventNames.of(List.of(OrganisationEvent.class, FrameworkEvent.class,
            AssessmentEvent.class, TargetEvent.class, CapabilityEvent.class));

    @Test
    void every_domain_event_is_named_by_its_simple_name_independent_of_its_package() {
        assertThat(DOMAIN.names()).containsExactly("OrganisationRegistered", "OrganisationReassigned",
                "OrganisationClosed", "ProgrammeStatusAwarded", "FrameworkPublished", "AssessmentStarted",
                "AnswersRecorded", "EprDeclared", "AssessmentSubmitted", "AssessmentApproved", "AssessmentReturned",
                "AssessmentReopened", "AssessmentWithdrawn", "EvidenceAttached", "EvidenceWithdrawn", "AnswersConfirmed",
                "TargetDefined", "TargetRevised", "ObservationRecorded",
                "CapabilityDeclared");
        assertThat(DOMAIN.nameOf(AssessmentStarted.class)).contains("AssessmentStarted");
        assertThat(DOMAIN.classOf("TargetRevised")).contains(TargetRevised.class);
    }

    @Test
    void a_legacy_class_name_reads_as_the_event_it_named_and_anything_else_is_no_event() {
        EventNames names = EventNames.of(List.of(Named.class)).withLegacyNames("org.example.old", "Second");

        assertThat(names.classOf("org.example.old.Second")).contains(Second.class);
        assertThat(names.classOf("org.example.old.First")).isEmpty();
        assertThat(names.classOf(String.class.getName())).isEmpty();
        assertThat(names.nameOf(String.class)).isEmpty();
    }

    @Test
    void an_event_without_a_name_or_with_a_name_taken_is_refused() {
        assertThatThrownBy(() -> EventNames.of(List.of(Unnamed.class)))
                .hasMessageContaining("Anonymous has no @JsonTypeName");
        assertThatThrownBy(() -> EventNames.of(List.of(Twice.class))).hasMessageContaining("are both named Same");
        assertThatThrownBy(() -> EventNames.of(List.of(String.class))).hasMessageContaining("is not a sealed");
        assertThatThrownBy(() -> EventNames.of(List.of(Named.class)).withLegacyNames("org.example", "Third"))
                .hasMessageContaining("no event is named Third");
    }
}
