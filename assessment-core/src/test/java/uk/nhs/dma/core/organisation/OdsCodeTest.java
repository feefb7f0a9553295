package uk.nhs.dma.core.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.core.testsupport.Violations.assertInvalid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OdsCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"RJ1", "QOP", "Y56", "AB", "ABCDE1"})
    void accepts_2_to_6_upper_case_letters_or_digits(String value) {
        assertThat(OdsCode.of(value).value()).isEqualTo(value);
        assertThat(OdsCode.of(value)).hasToString(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "R", "ABCDEF7", "rj1", "RJ-1", " RJ1", "RJ1 "})
    void rejects_anything_else(String value) {
        assertInvalid(() -> OdsCode.of(value), "odsCode");
    }

    @Test
    void rejects_null() {
        assertInvalid(() -> OdsCode.of(null), "odsCode");
    }

    @Test
    void an_optional_reference_may_be_absent() {
        assertThat(OdsCode.ofNullable(null, "parentCode")).isNull();
        assertThat(OdsCode.ofNullable("  ", "parentCode")).isNull();
    }

    @Test
    void an_optional_reference_is_checked_under_its_own_field_name() {
        assertThat(OdsCode.ofNullable("QOP", "parentCode")).isEqualTo(OdsCode.of("QOP"));
        assertInvalid(() -> OdsCode.ofNullable("qop", "parentCode"), "parentCode");
    }
}
