package uk.nhs.dma.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.AssessmentStarted;
import uk.nhs.dma.core.assessment.Evidence;
import uk.nhs.dma.core.assessment.EvidenceAttached;
import uk.nhs.dma.core.assessment.EvidenceFile;
import uk.nhs.dma.core.assessment.EvidenceKind;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;

/** Starts stored before carrying forward still read as they were; the new fields appear only when used. */
class StoredEvidenceEventsTest {

    private static final AssessmentId ID = AssessmentId.of("RJ1-2025");
    private final Serializer serializer = new EventSerializer(EventStoreConfiguration.STORED_MESSAGES);

    private Object read(String type, String json) {
        return serializer.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                byte[].class, new SimpleSerializedType(type, null)));
    }

    @Test
    void a_start_stored_before_the_new_fields_reads_as_a_start_from_nothing() {
        String stored = """
                {"assessmentId":"RJ1-2025","odsCode":"RJ1","year":2025,"frameworkId":"wgll-2025",\
                "assessedOn":"2025-03-31","revision":1}""";
        AssessmentStarted read = (AssessmentStarted) read("AssessmentStarted", stored);
        assertThat(read).isEqualTo(new AssessmentStarted(ID, OdsCode.of("RJ1"), 2025, FrameworkId.of("wgll-2025"),
                LocalDate.of(2025, 3, 31), 1));
        assertThat(read.carriedFrom()).isNull();
        assertThat(read.carriedAnswers()).isEmpty();
    }

    @Test
    void a_start_that_carries_nothing_is_stored_as_before_and_one_that_carries_round_trips() {
        AssessmentStarted plain = new AssessmentStarted(ID, OdsCode.of("RJ1"), 2025, FrameworkId.of("wgll-2025"),
                LocalDate.of(2025, 3, 31), 1, OrganisationType.ACUTE);
        String json = new String(serializer.serialize(plain, byte[].class).getData(), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("carried");
        AssessmentStarted carrying = new AssessmentStarted(ID, OdsCode.of("RJ1"), 2025, FrameworkId.of("wgll-2025"),
                LocalDate.of(2025, 3, 31), 1, OrganisationType.ACUTE, AssessmentId.of("RJ1-2024"),
                List.of(new Answer("WL1", 4, "kept")));
        SerializedObject<byte[]> stored = serializer.serialize(carrying, byte[].class);
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(carrying);
    }

    @Test
    void evidence_is_stored_under_its_name_with_its_file_and_read_back() {
        EvidenceAttached attached = new EvidenceAttached(ID, 1, new Evidence("e1", null, EvidenceKind.DOCUMENT,
                "Contract", null, null, new EvidenceFile("c".repeat(64), 42, "application/pdf", "c.pdf"),
                LocalDate.of(2025, 1, 2), null), "alice", AssessmentId.of("RJ1-2024"));
        SerializedObject<byte[]> stored = serializer.serialize(attached, byte[].class);
        assertThat(stored.getType().getName()).isEqualTo("EvidenceAttached");
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).contains("\"sha256\":\"" + "c".repeat(64));
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(attached);
    }
}
