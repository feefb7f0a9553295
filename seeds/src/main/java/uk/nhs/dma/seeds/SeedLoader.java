package uk.nhs.dma.seeds;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a seed plan through the same commands as the REST API. Each step records exactly one event on its
 * aggregate, so the loader counts the events an aggregate already has and skips that many of its steps: a
 * second run, or a restart after an interrupted run, adds nothing that is already there.
 */
public final class SeedLoader {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);
    private static final long PROGRESS_EVERY_NANOS = 3_000_000_000L;

    private final ToLongFunction<String> storedEvents;
    private final Consumer<SeedStep> send;

    /**
     * @param storedEvents how many events an aggregate already has
     * @param send         sends one step's command as its user, at its simulated time
     */
    public SeedLoader(ToLongFunction<String> storedEvents, Consumer<SeedStep> send) {
        this.storedEvents = storedEvents;
        this.send = send;
    }

    /** Loads the plan and returns how many commands it sent (0 when everything was already there). */
    public int load(String name, List<SeedStep> plan) {
        Map<String, Long> already = new HashMap<>();
        Map<String, Long> seen = new HashMap<>();
        int sent = 0;
        long started = System.nanoTime();
        long lastReport = started;
        for (int i = 0; i < plan.size(); i++) {
            SeedStep step = plan.get(i);
            long index = seen.merge(step.aggregateId(), 1L, Long::sum) - 1;
            long stored = already.computeIfAbsent(step.aggregateId(), storedEvents::applyAsLong);
            if (index >= stored) {
                send.accept(step);
                sent++;
            }
            long now = System.nanoTime();
            if (now - lastReport > PROGRESS_EVERY_NANOS) {
                log.info("Seeding {}: {} of {} steps, {} sent", name, i + 1, plan.size(), sent);
                lastReport = now;
            }
        }
        log.info("Seeded {}: {} steps, {} commands sent in {} ms", name, plan.size(), sent,
                (System.nanoTime() - started) / 1_000_000);
        return sent;
    }
}
