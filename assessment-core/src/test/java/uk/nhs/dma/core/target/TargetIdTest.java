package uk.nhs.dma.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.core.testsupport.Violations.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"epr-coverage", "foundational", "core-2025-plan", "a-b-c-d-e-f-g-h", "epr-24"})
    void accepts_lower_case_words_joined_by_hyphens(String value) {
        assertThat(TargetId.of(value).value()).isEqualTo(value);
        assertThat(TargetId.of(value)).hasToString(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "EPR-coverage", "epr_coverage", "epr coverage", "-epr", "epr-", "epr--coverage",
            "a-b-c-d-e-f-g-h-i", "1epr"})
    void rejects_anything_else(String value) {
        assertInvalid(() -> TargetId.of(value), "targetId");
    }

    @Test
    void rejects_a_framework_style_id_ending_in_a_year() {
        assertInvalid(() -> TargetId.of("epr-coverage-2025"), "targetId");
    }

    @Test
    void rejects_null() {
        assertInvalid(() -> TargetId.of(null), "targetId");
    }
}
