package uk.nhs.dma.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The failure counters: per user and per address, a window opened by the first failure, then open again. */
class SignInThrottleTest {

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-29T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock, Duration.ofMinutes(5), 3, 5);

    @Test
    void a_user_is_blocked_after_its_failures_until_the_window_closes() {
        assertThat(throttle.failed("alice", "10.0.0.1")).isFalse();
        clock.now = clock.now.plusSeconds(60);
        assertThat(throttle.failed("alice", "10.0.0.2")).isFalse();
        assertThat(throttle.blocked("alice", "10.0.0.3")).isEmpty();
        assertThat(throttle.failed("alice", "10.0.0.3")).isTrue();

        assertThat(throttle.blocked("alice", "10.0.0.9")).contains(Duration.ofMinutes(4));
        assertThat(throttle.blocked("bob", "10.0.0.9")).isEmpty();
        clock.now = clock.now.plus(Duration.ofMinutes(4));
        assertThat(throttle.blocked("alice", "10.0.0.9")).isEmpty();
        assertThat(throttle.failed("alice", "10.0.0.9")).isFalse();
    }

    @Test
    void an_address_is_blocked_after_its_failures_whatever_the_user_names() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }
        assertThat(throttle.blocked("someone", "10.0.0.1")).isEmpty();
        assertThat(throttle.failed(null, "10.0.0.1")).isTrue();
        assertThat(throttle.blocked(null, "10.0.0.1")).contains(Duration.ofMinutes(5));
        assertThat(throttle.blocked("someone", "10.0.0.2")).isEmpty();
    }
}
