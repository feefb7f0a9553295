package uk.nhs.dma.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.AsynchronousCommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.web.CommandMetaData;
import uk.nhs.dma.core.common.MetaDataKeys;
import uk.nhs.dma.eventstore.DomainClock;

/**
 * The simulated moment of a back-filled command travels in its metadata, so the domain's clock reads it while the
 * command is handled on any thread (a thread-local on the sender's thread did not reach another one).
 */
class DomainClockTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Instant SIMULATED = Instant.parse("2023-06-30T09:15:00Z");

    private final DomainClock clock = new DomainClock(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_command_handled_on_another_thread_runs_at_its_simulated_moment() throws Exception {
        ExecutorService handlers = Executors.newSingleThreadExecutor();
        try {
            AsynchronousCommandBus bus = AsynchronousCommandBus.builder().executor(handlers).build();
            bus.registerDispatchInterceptor(new CommandMetaData(clock));
            bus.subscribe(String.class.getName(), command -> List.of(clock.instant(), Thread.currentThread().getName(),
                    command.getMetaData().get(MetaDataKeys.REQUESTED_AT)));
            FutureCallback<Object, Object> result = new FutureCallback<>();

            bus.dispatch(GenericCommandMessage.asCommandMessage("back-filled")
                    .andMetaData(Map.of(MetaDataKeys.SIMULATED_AT, SIMULATED.toString())), result);

            List<?> seen = (List<?>) result.getResult().getPayload();
            assertThat(seen.get(1)).isNotEqualTo(Thread.currentThread().getName());
            assertThat(seen.get(0)).isEqualTo(SIMULATED);
            assertThat(seen.get(2)).isEqualTo(SIMULATED.toString());
        } finally {
            handlers.shutdownNow();
        }
    }

    @Test
    void any_other_command_and_anything_outside_a_command_read_the_system_clock() throws Exception {
        ExecutorService handlers = Executors.newSingleThreadExecutor();
        try {
            AsynchronousCommandBus bus = AsynchronousCommandBus.builder().executor(handlers).build();
            bus.registerDispatchInterceptor(new CommandMetaData(clock));
            bus.subscribe(String.class.getName(), command -> List.of(clock.instant(),
                    command.getMetaData().get(MetaDataKeys.REQUESTED_AT)));
            FutureCallback<Object, Object> result = new FutureCallback<>();

            bus.dispatch(GenericCommandMessage.asCommandMessage("live"), result);

            assertThat(result.getResult().getPayload()).isEqualTo(List.of(NOW, NOW.toString()));
            assertThat(clock.instant()).isEqualTo(NOW);
        } finally {
            handlers.shutdownNow();
        }
    }
}
