package uk.nhs.dma.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.core.testsupport.Violations.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrameworkIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"wgll-2024", "dma-v2-2025", "a-b-c-d-e-2030", "x1-2024"})
    void accepts_lower_case_words_joined_by_hyphens_ending_in_a_year(String value) {
        assertThat(FrameworkId.of(value).value()).isEqualTo(value);
        assertThat(FrameworkId.of(value)).hasToString(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "wgll", "2024", "wgll-24", "wgll-20245", "WGLL-2024", "wgll_2024", "wgll 2024",
            "-wgll-2024", "wgll--2024", "wgll-2024-", "1wgll-2024", "a-b-c-d-e-f-2024"})
    void rejects_anything_else(String value) {
        assertInvalid(() -> FrameworkId.of(value), "frameworkId");
    }

    @Test
    void rejects_null() {
        assertInvalid(() -> FrameworkId.of(null), "frameworkId");
    }

    @Test
    void is_at_most_40_characters() {
        assertThat(FrameworkId.of("a".repeat(35) + "-2024").value()).hasSize(40);
        assertInvalid(() -> FrameworkId.of("a".repeat(36) + "-2024"), "frameworkId");
    }
}
