package uk.nhs.dma.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.core.testsupport.Violations.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.nhs.dma.core.organisation.OdsCode;

class AssessmentIdTest {

    @Test
    void is_the_ods_code_and_the_year() {
        AssessmentId id = AssessmentId.of(OdsCode.of("RJ1"), 2024);
        assertThat(id.value()).isEqualTo("RJ1-2024");
        assertThat(id).hasToString("RJ1-2024");
    }

    @Test
    void parses_back_into_ods_code_and_year() {
        AssessmentId id = AssessmentId.of("ABC123-2031");
        assertThat(id.odsCode()).isEqualTo(OdsCode.of("ABC123"));
        assertThat(id.year()).isEqualTo(2031);
    }

    @Test
    void equal_ids_from_both_factories() {
        assertThat(AssessmentId.of("RJ1-2024")).isEqualTo(AssessmentId.of(OdsCode.of("RJ1"), 2024));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "RJ1", "RJ1-24", "RJ1-20245", "rj1-2024", "R-2024", "ABCDEFG-2024", "RJ1_2024",
            "RJ1-2024-1", "2024"})
    void rejects_anything_else(String value) {
        assertInvalid(() -> AssessmentId.of(value), "assessmentId");
    }

    @Test
    void rejects_null() {
        assertInvalid(() -> AssessmentId.of((String) null), "assessmentId");
    }
}
