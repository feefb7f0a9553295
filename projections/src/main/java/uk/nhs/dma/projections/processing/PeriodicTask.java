package uk.nhs.dma.projections.processing;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * A step that every instance runs on its own daemon thread at a fixed delay while the application runs: it starts
 * after Axon has started the processors and stops before they are shut down (and as soon as the context starts to
 * close), so a step never acts on a processor that is going away.
 */
abstract class PeriodicTask implements SmartLifecycle {

    private final String threadName;
    private final Duration initialDelay;
    private final Duration period;
    private ScheduledExecutorService executor;

    PeriodicTask(String threadName, Duration initialDelay, Duration period) {
        this.threadName = threadName;
        this.initialDelay = initialDelay;
        this.period = period;
    }

    /** One step; it catches what it can recover from, as the next step runs anyway. */
    abstract void tick();

    /** After the last step, on a stop: what the others should learn at once. */
    void stopped() {
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::tick, initialDelay.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
        stopped();
    }

    /** The context is closing: no more steps, before Axon shuts the processors down. */
    @EventListener(ContextClosedEvent.class)
    public void closing() {
        stop();
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }
}
