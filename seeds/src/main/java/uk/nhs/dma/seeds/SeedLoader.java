package uk.nhs.dma.seeds;

import java.util.ArrayList;
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
 * <p>
 * The steps to send go out in batches of up to {@code batchSize}, in plan order: the sender stores a batch all
 * at once or not at all (one transaction), which saves a commit and the reloading of aggregates per command.
 * A batch that fails is sent again one step at a time, so everything before the failing step is stored and the
 * failure is the step's own, as without batches.
 */
public final class SeedLoader {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);
    private static final long PROGRESS_EVERY_NANOS = 3_000_000_000L;

    private final ToLongFunction<String> storedEvents;
    private final Consumer<List<SeedStep>> send;
    private final int batchSize;

    /**
     * @param storedEvents how many events an aggregate already has
     * @param send         sends the steps' commands, each as its user at its simulated time, in order, in one
     *                     transaction: all are stored or none, and a failure is thrown
     * @param batchSize    the most steps sent at once (1: each alone)
     */
    public SeedLoader(ToLongFunction<String> storedEvents, Consumer<List<SeedStep>> send, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        this.storedEvents = storedEvents;
        this.send = send;
        this.batchSize = batchSize;
    }

    /** Loads the plan and returns how many commands it sent (0 when everything was already there). */
    public int load(String name, List<SeedStep> plan) {
        Map<String, Long> already = new HashMap<>();
        Map<String, Long> seen = new HashMap<>();
        List<SeedStep> batch = new ArrayList<>(batchSize);
        int sent = 0;
        long started = System.nanoTime();
        long lastReport = started;
        for (int i = 0; i < plan.size(); i++) {
            SeedStep step = plan.get(i);
            long index = seen.merge(step.aggregateId(), 1L, Long::sum) - 1;
            long stored = already.computeIfAbsent(step.aggregateId(), storedEvents::applyAsLong);
            if (index >= stored) {
                batch.add(step);
                if (batch.size() == batchSize) {
                    sent += flush(batch);
                }
            }
            long now = System.nanoTime();
            if (now - lastReport > PROGRESS_EVERY_NANOS) {
                log.info("Seeding {}: {} of {} steps, {} sent", name, i + 1, plan.size(), sent);
                lastReport = now;
            }
        }
        sent += flush(batch);
        log.info("Seeded {}: {} steps, {} commands sent in {} ms", name, plan.size(), sent,
                (System.nanoTime() - started) / 1_000_000);
        return sent;
    }

    private int flush(List<SeedStep> batch) {
        int size = batch.size();
        if (size == 0) {
            return 0;
        }
        try {
            send.accept(List.copyOf(batch));
        } catch (RuntimeException failed) {
            if (size == 1) {
                throw failed;
            }
            log.info("A seed batch of {} steps failed ({}); sending its steps one at a time", size,
                    failed.getClass().getSimpleName());
            for (SeedStep step : batch) {
                send.accept(List.of(step));
            }
        }
        batch.clear();
        return size;
    }
}
