package uk.nhs.dma.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.core.framework.CapabilityRules;
import uk.nhs.dma.core.framework.FrameworkDefinition;
import uk.nhs.dma.core.framework.FrameworkId;
import uk.nhs.dma.core.framework.Measure;
import uk.nhs.dma.core.framework.Question;

class CarryForwardTest {

    private static final FrameworkDefinition NEXT_YEAR = new FrameworkDefinition(FrameworkId.of("wgll-2025"), "2025",
            2025, LocalDate.of(2025, 3, 31), List.of(new Measure("well-led", "Well led")),
            List.of(new Question("WL-01", "well-led", "Strategy", 1, 5, true),
                    new Question("WL-03", "well-led", "Board skills", 1, 3, false),
                    new Question("WL-04", "well-led", "Digital leadership", 1, 5, false, null, null,
                            List.of("WL-02", "WL-L1"))),
            CapabilityRules.defaults());

    @Test
    void answers_to_questions_that_carry_on_are_kept_with_their_comments() {
        assertThat(CarryForward.answers(List.of(new Answer("WL-01", 4, "strategy agreed"),
                new Answer("WL-09", 2, "dropped question")), NEXT_YEAR))
                .containsExactly(new Answer("WL-01", 4, "strategy agreed"));
    }

    @Test
    void a_score_the_new_question_no_longer_accepts_starts_unanswered() {
        assertThat(CarryForward.answers(List.of(new Answer("WL-03", 4, null), new Answer("WL-01", 1, null)), NEXT_YEAR))
                .containsExactly(new Answer("WL-01", 1, null));
    }

    @Test
    void an_answer_follows_its_question_to_the_one_that_replaces_it_once() {
        assertThat(CarryForward.answers(List.of(new Answer("WL-02", 2, "board paper"), new Answer("WL-L1", 5, null)),
                NEXT_YEAR)).containsExactly(new Answer("WL-04", 2, "board paper"));
        assertThat(CarryForward.successor("WL-L1", NEXT_YEAR).map(Question::id)).contains("WL-04");
        assertThat(CarryForward.successor("WL-09", NEXT_YEAR)).isEmpty();
    }
}
