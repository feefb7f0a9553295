package uk.nhs.dma.projections.testing;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls for an eventually consistent read model; never sleeps blindly. */
public final class Eventually {

    private Eventually() {
    }

    /** Returns the first value the check accepts, or fails with the last one seen after the timeout. */
    public static <T> T await(Supplier<T> probe, java.util.function.Predicate<T> accepted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!accepted.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not reached within " + timeout + "; last value: " + last);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while polling", e);
            }
            last = probe.get();
        }
        return last;
    }

    public static void await(Runnable assertion, Duration timeout) {
        await(() -> {
            try {
                assertion.run();
                return null;
            } catch (AssertionError e) {
                return e;
            }
        }, e -> e == null, timeout);
    }
}
