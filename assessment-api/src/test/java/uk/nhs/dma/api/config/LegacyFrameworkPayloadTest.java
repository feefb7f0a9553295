package uk.nhs.dma.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.assessment.Answer;
import uk.nhs.dma.core.assessment.AssessmentId;
import uk.nhs.dma.core.assessment.AssessmentStarted;
import uk.nhs.dma.core.assessment.AssessmentSubmitted;
import uk.nhs.dma.core.assessment.Capability;
import uk.nhs.dma.core.assessment.EprDeclaration;
import uk.nhs.dma.core.assessment.EprStatus;
import uk.nhs.dma.core.assessment.Rescore;
import uk.nhs.dma.core.assessment.Scores;
import uk.nhs.dma.core.assessment.Scoring;
import uk.nhs.dma.core.framework.CapabilityRules;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.framework.FrameworkPublished;
import uk.nhs.dma.core.framework.Measure;
import uk.nhs.dma.core.framework.Question;
import uk.nhs.dma.core.framework.ScoringMethod;
import uk.nhs.dma.core.framework.WgllMeasures;
import uk.nhs.dma.core.organisation.OdsCode;
import uk.nhs.dma.core.organisation.OrganisationType;
import uk.nhs.dma.eventstore.EventStoreConfiguration;

/**
 * Payloads stored before care-setting sets and level-gated scoring (a single set, mean scoring, no domains, no
 * organisation type) still read with the stored-message mapper, mean what they meant, republish idempotently and
 * rescore without a discrepancy. The old payloads are today's with the new fields removed, as the old code wrote.
 */
class LegacyFrameworkPayloadTest {

    static final ObjectMapper STORED = EventStoreConfiguration.STORED_MESSAGES;

    static FrameworkDefinition oldFramework() {
        List<Measure> measures = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (String id : WgllMeasures.IDS) {
            measures.add(new Measure(id, "Measure " + id));
            questions.add(new Question(id + "-1", id, "Question on " + id, 1, 5, true));
        }
        return new FrameworkDefinition(FrameworkId.of("wgll-2024"), "WGLL 2024", 2024, LocalDate.of(2024, 3, 31),
                measures, questions, CapabilityRules.defaults()).validated();
    }

    static byte[] asTheOldCodeWrote(Object event, String... newFields) throws Exception {
        ObjectMapper exact = STORED.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        JsonNode tree = exact.readTree(STORED.writeValueAsBytes(event));
        strip(tree, List.of(newFields));
        return exact.writeValueAsBytes(tree);
    }

    private static void strip(JsonNode node, List<String> fields) {
        if (node instanceof ObjectNode object) {
            object.remove(fields);
        }
        node.forEach(child -> strip(child, fields));
    }

    @Test
    void an_old_framework_reads_as_one_mean_set_for_every_type_and_republishes_as_the_same_content() throws Exception {
        byte[] old = asTheOldCodeWrote(new FrameworkPublished(oldFramework()),
                "scoring", "domains", "questionSets", "domainId", "level", "replaces");
        assertThat(new String(old)).doesNotContain("scoring", "questionSets", "replaces");

        FrameworkDefinition read = STORED.readValue(old, FrameworkPublished.class).definition();

        assertThat(read).isEqualTo(oldFramework());
        assertThat(read.scoring()).isEqualTo(ScoringMethod.MEAN);
        assertThat(read.forType(OrganisationType.ICB)).contains(read);
        assertThat(read.validated()).isEqualTo(read);
    }

    @Test
    void an_old_start_and_submission_read_without_a_type_and_rescore_as_mean() throws Exception {
        FrameworkDefinition framework = oldFramework();
        List<Answer> answers = framework.questions().stream().map(q -> new Answer(q.id(), 3, null)).toList();
        Scores scores = Scoring.score(framework, answers);
        EprDeclaration epr = new EprDeclaration(EprStatus.LIVE, "Epic", LocalDate.of(2020, 1, 1));
        AssessmentId id = AssessmentId.of("RJ1-2024");
        AssessmentSubmitted submitted = new AssessmentSubmitted(id, OdsCode.of("RJ1"), 2024, framework.frameworkId(),
                1, LocalDate.of(2024, 3, 31), answers, epr, scores, framework.rules(),
                Capability.isCoreCapable(framework.rules().coreCapability(), scores, epr),
                Capability.isFoundational(framework.rules().foundational(), scores, epr), "alice",
                Instant.parse("2024-04-01T09:00:00Z"));

        byte[] old = asTheOldCodeWrote(submitted, "scoring", "organisationType", "domains");
        AssessmentSubmitted read = STORED.readValue(old, AssessmentSubmitted.class);

        assertThat(read).isEqualTo(submitted);
        assertThat(read.scoring()).isEqualTo(ScoringMethod.MEAN);
        assertThat(read.organisationType()).isNull();
        assertThat(read.scores().overall()).isEqualTo(new BigDecimal("3.0000"));
        assertThat(Rescore.discrepancy(read, framework)).isEmpty();
        AssessmentStarted started = STORED.readValue(asTheOldCodeWrote(new AssessmentStarted(id, OdsCode.of("RJ1"),
                2024, framework.frameworkId(), LocalDate.of(2024, 3, 31), 1), "organisationType"),
                AssessmentStarted.class);
        assertThat(started.organisationType()).isNull();
    }
}
