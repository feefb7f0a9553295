package uk.nhs.dma.api.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed sign-ins per user name and per client address, each in a window that opens with its first
 * failure. Once a key has reached its limit, every sign-in for it (right or wrong) waits until the window
 * closes, so guessing a password costs the window per few attempts. The counters live in memory, bounded.
 */
public final class SignInThrottle {

    /** Failures of one key since {@code start}. */
    private record Window(int failures, Instant start) {
    }

    private final Clock clock;
    private final Duration window;
    private final int userLimit;
    private final int addressLimit;
    private final Cache<String, Window> windows;

    public SignInThrottle(Clock clock, Duration window, int userLimit, int addressLimit) {
        this.clock = clock;
        this.window = window;
        this.userLimit = userLimit;
        this.addressLimit = addressLimit;
        this.windows = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
    }

    /** How long the caller must wait, if the user or the address has used up its failures. */
    public Optional<Duration> blocked(String user, String address) {
        Instant now = clock.instant();
        Duration wait = max(remaining(userKey(user), userLimit, now), remaining(addressKey(address), addressLimit, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Records a failed sign-in; answers whether this failure used up a limit (so the caller can log it once). */
    public boolean failed(String user, String address) {
        Instant now = clock.instant();
        boolean userReached = count(userKey(user), now) == userLimit;
        boolean addressReached = count(addressKey(address), now) == addressLimit;
        return userReached || addressReached;
    }

    private int count(String key, Instant now) {
        if (key == null) {
            return 0;
        }
        return windows.asMap().compute(key, (k, w) -> w == null || closed(w, now) ? new Window(1, now)
                : new Window(w.failures() + 1, w.start())).failures();
    }

    private Duration remaining(String key, int limit, Instant now) {
        Window w = key == null ? null : windows.getIfPresent(key);
        if (w == null || closed(w, now) || w.failures() < limit) {
            return Duration.ZERO;
        }
        return Duration.between(now, w.start().plus(window));
    }

    private boolean closed(Window w, Instant now) {
        return !now.isBefore(w.start().plus(window));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String userKey(String user) {
        return user == null || user.isEmpty() ? null : "user:" + (user.length() > 200 ? user.substring(0, 200) : user);
    }

    private static String addressKey(String address) {
        return address == null ? null : "address:" + address;
    }
}
