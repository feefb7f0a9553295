package uk.nhs.dma.projections.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedWaitTest {

    @Test
    void met_once_the_condition_holds() {
        AtomicInteger asked = new AtomicInteger();
        assertThat(BoundedWait.until(() -> asked.incrementAndGet() == 3, Duration.ofSeconds(10), 1)).isTrue();
        assertThat(asked).hasValue(3);
    }

    @Test
    void unmet_when_the_time_is_up() {
        assertThat(BoundedWait.until(() -> false, Duration.ofMillis(20), 1)).isFalse();
    }

    @Test
    void an_interrupt_ends_the_wait_unmet_and_keeps_the_flag() {
        Thread.currentThread().interrupt();
        try {
            assertThat(BoundedWait.until(() -> false, Duration.ofSeconds(10), 1)).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
