package uk.nhs.dma.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationRegistered;
import uk.nhs.dma.core.organisation.OrganisationType;

/** The stored names of events: stable, readable under the Java class names stored before, and in the README. */
class EventSerializerTest {

    private static final OrganisationRegistered EVENT = new OrganisationRegistered(OdsCode.of("QWE"), "An ICB",
            OrganisationType.ICB, OdsCode.of("Y56"), LocalDate.parse("2022-07-01"));

    private final Serializer serializer = new EventSerializer(EventStoreConfiguration.STORED_MESSAGES);
    private final Serializer before = JacksonSerializer.builder()
            .objectMapper(EventStoreConfiguration.STORED_MESSAGES).build();

    @Test
    void every_event_is_stored_under_its_name_and_read_back_from_it_or_from_its_java_class_name() {
        // every permitted event of the sealed interfaces: the 14 stored before names, AssessmentWithdrawn, the
        // capability and observation events, the evidence events and the improvement plans' events
        assertThat(EventSerializer.NAMES.names()).hasSize(24).contains("AssessmentWithdrawn", "ObservationRecorded",
                "CapabilityDeclared", "EvidenceAttached", "EvidenceWithdrawn", "AnswersConfirmed", "PlanOpened",
                "ActionAdded", "ActionStatusChanged", "ActionRevised");
        for (String name : EventSerializer.NAMES.names()) {
            Class<?> event = EventSerializer.NAMES.classOf(name).orElseThrow();
            assertThat(serializer.typeForClass(event).getName()).isEqualTo(name);
            assertThat(serializer.classForType(new SimpleSerializedType(name, null))).isEqualTo(event);
            assertThat(serializer.classForType(new SimpleSerializedType(event.getName(), null)))
                    .as("stored before names").isEqualTo(event);
        }
    }

    @Test
    void an_event_keeps_its_json_and_one_stored_by_the_earlier_serializer_still_reads() {
        SerializedObject<byte[]> now = serializer.serialize(EVENT, byte[].class);
        SerializedObject<byte[]> then = before.serialize(EVENT, byte[].class);

        assertThat(now.getType().getName()).isEqualTo("OrganisationRegistered");
        assertThat(then.getType().getName()).isEqualTo("uk.nhs.dma.core.organisation.OrganisationRegistered");
        assertThat(new String(now.getData())).isEqualTo(new String(then.getData()));
        Object read = serializer.deserialize(new SimpleSerializedObject<>(then.getData(), byte[].class,
                then.getType()));
        assertThat(read).isEqualTo(EVENT);
    }

    @Test
    void anything_else_keeps_its_java_class_name() {
        assertThat(serializer.typeForClass(MetaData.class).getName()).isEqualTo(MetaData.class.getName());
        assertThat(serializer.classForType(new SimpleSerializedType(MetaData.class.getName(), null)))
                .isEqualTo(MetaData.class);
    }

    @Test
    void the_readme_event_catalogue_lists_every_stored_name() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String catalogue = readme.substring(readme.indexOf("## Event catalogue"), readme.indexOf("## API"));
        List<String> listed = catalogue.lines().filter(line -> line.startsWith("| `"))
                .map(line -> line.substring(3, line.indexOf('`', 3))).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(EventSerializer.NAMES.names());
    }
}
