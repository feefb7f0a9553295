package uk.nhs.dma.eventstore;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import uk.nhs.dma.core.assessment.AssessmentEvent;
import uk.nhs.dma.core.capability.CapabilityEvent;
import uk.nhs.dma.core.plan.PlanEvent;
import uk.nhs.dma.core.common.EventNames;
import uk.nhs.dma.core.framework.FrameworkEvent;
import uk.nhs.dma.core.organisation.OrganisationEvent;
import uk.nhs.dma.core.target.TargetEvent;

/**
 * Jackson for stored messages, with every domain event stored under its stable name ({@code AssessmentStarted}),
 * so a package move or a class rename no longer changes stored data. Events stored before had their Java class
 * name as type; those rows keep it (the hash chain covers it) and still read, wherever the class lives now.
 */
public class EventSerializer extends JacksonSerializer {

    /** The event names, and the class names stored until November 2026. Frozen: stored rows hold them. */
    public static final EventNames NAMES = EventNames.of(List.of(OrganisationEvent.class, FrameworkEvent.class,
                    AssessmentEvent.class, TargetEvent.class, CapabilityEvent.class, PlanEvent.class))
            .withLegacyNames("uk.nhs.dma.core.organisation", "OrganisationRegistered", "OrganisationReassigned",
                    "OrganisationClosed", "ProgrammeStatusAwarded")
            .withLegacyNames("uk.nhs.dma.core.framework", "FrameworkPublished")
            .withLegacyNames("uk.nhs.dma.core.assessment", "AssessmentStarted", "AnswersRecorded", "EprDeclared",
                    "AssessmentSubmitted", "AssessmentApproved", "AssessmentReturned", "AssessmentReopened")
            .withLegacyNames("uk.nhs.dma.core.target", "TargetDefined", "TargetRevised");

    public EventSerializer(ObjectMapper objectMapper) {
        super(JacksonSerializer.builder().objectMapper(objectMapper));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        return NAMES.nameOf(type)
                .<SerializedType>map(name -> new SimpleSerializedType(name, getRevisionResolver().revisionOf(type)))
                .orElseGet(() -> super.typeForClass(type));
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return NAMES.classOf(serializedType.getName()).map(Class::getName)
                .orElseGet(() -> super.resolveClassName(serializedType));
    }
}
