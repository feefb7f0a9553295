package uk.nhs.dma.projections.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * A bounded wait for the read models: polls a condition until it holds or the time is up. An interrupt ends the
 * wait as unmet, with the thread's interrupt flag kept for its caller.
 */
public final class BoundedWait {

    private BoundedWait() {
    }

    /** Whether the condition held within the timeout, asked again every {@code pollMillis}. */
    public static boolean until(BooleanSupplier condition, Duration timeout, long pollMillis) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            try {
                Thread.sleep(pollMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
