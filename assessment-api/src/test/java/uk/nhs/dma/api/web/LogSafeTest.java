package uk.nhs.dma.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void line_breaks_and_control_characters_become_visible_escapes() {
        assertThat(LogSafe.of("a\r\nINFO forged")).isEqualTo("a\\r\\nINFO forged");
        assertThat(LogSafe.of("tab\there\u001b[31m\u2028end")).isEqualTo("tab\\there\\u001b[31m\\u2028end");
        assertThat(LogSafe.of("plain-value_1.2")).isEqualTo("plain-value_1.2");
        assertThat(LogSafe.of(null)).isNull();
    }

    @Test
    void a_long_value_is_cut() {
        assertThat(LogSafe.of("x".repeat(1000))).hasSize(LogSafe.MAX_LENGTH + 1).endsWith("…");
    }
}
