package uk.nhs.dma.api.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import uk.nhs.dma.api.ops.CommandLog;
import uk.nhs.dma.core.common.MetaDataKeys;
import uk.nhs.dma.seeds.SeedLoader;
import uk.nhs.dma.seeds.SeedMode;
import uk.nhs.dma.seeds.SeedPlan;
import uk.nhs.dma.seeds.SeedScale;
import uk.nhs.dma.seeds.SeedStep;
import uk.nhs.dma.eventstore.EventTable;
import uk.nhs.dma.eventstore.SeedLock;

/**
 * Loads the seed chosen by {@code assessment.seed} once the service is up: {@code demo} (the default with the
 * embedded database), {@code reference} (the default with an external one) or {@code none}. It runs in the
 * background, through the same command bus as the REST API, under {@link SeedLock} so that instances sharing
 * the database seed it once; {@link SeedStatus} tells when it is done.
 */
@Configuration(proxyBeanMethods = false)
public class SeedConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SeedConfiguration.class);

    @Bean
    public SeedStatus seedStatus(Environment environment, AssessmentProperties properties) {
        String configured = properties.seed();
        SeedMode mode;
        if (configured == null || configured.isBlank()) {
            String url = environment.getProperty("spring.datasource.url");
            mode = url == null || url.isBlank() ? SeedMode.DEMO : SeedMode.REFERENCE;
        } else {
            mode = SeedMode.valueOf(configured.strip().toUpperCase());
        }
        return new SeedStatus(mode);
    }

    /**
     * How many seed steps are stored per transaction (see {@link #sendBatch}). Kept small: each command's unit of
     * work lasts until its batch commits, and Axon warns about one that takes more than 10 seconds.
     */
    static final int BATCH = 25;

    /**
     * Sends each step as its own person, under a correlation of its own, at its simulated moment: the command bus
     * stamps the time ({@code requestedAt}) from that moment, and the domain's clock reads it while handling.
     */
    @Bean
    public SeedLoader seedLoader(CommandGateway gateway, EventTable events, TransactionManager transactions) {
        return new SeedLoader(events::length, steps -> sendBatch(gateway, transactions, steps), BATCH);
    }

    /**
     * Sends the steps' commands, one after another, inside one unit of work and one transaction: each command runs
     * in a unit of work nested in it (its own rules, interceptors and metadata, as over HTTP), an aggregate is
     * loaded once for the whole batch, and the events of all of them are appended together and committed once. A
     * failing command rolls the whole batch back and is thrown.
     */
    static void sendBatch(CommandGateway gateway, TransactionManager transactions, List<SeedStep> steps) {
        if (CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("A seed batch must not run inside another unit of work");
        }
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(new GenericMessage<>("seed batch of " + steps.size()));
        try {
            batch.attachTransaction(transactions);
            for (SeedStep step : steps) {
                gateway.sendAndWait(GenericCommandMessage.asCommandMessage(step.command()).andMetaData(metaData(step)));
            }
        } catch (RuntimeException e) {
            batch.rollback(e);
            throw e;
        }
        batch.commit();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void loadSeeds(ApplicationReadyEvent ready) {
        SeedStatus status = ready.getApplicationContext().getBean(SeedStatus.class);
        SeedLoader loader = ready.getApplicationContext().getBean(SeedLoader.class);
        AssessmentProperties properties = ready.getApplicationContext().getBean(AssessmentProperties.class);
        long seed = properties.seedRandom();
        SeedScale scale = new SeedScale(properties.seedScale().organisations(), properties.seedScale().years(),
                properties.seedScale().register());
        DataSource dataSource = ready.getApplicationContext().getBean(DataSource.class);
        Thread thread = new Thread(() -> status.run(() -> {
            List<SeedStep> plan = SeedPlan.of(status.mode(), seed, scale);
            return SeedLock.holding(dataSource, () -> loader.load(status.mode().name().toLowerCase(), plan));
        }), "seed-loader");
        thread.setDaemon(true);
        thread.start();
    }

    private static Map<String, Object> metaData(SeedStep step) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(MetaDataKeys.USER, step.user());
        metaData.put(MetaDataKeys.CORRELATION_ID, CommandLog.SEED_CORRELATION + step.aggregateId());
        if (step.at() != null) {
            metaData.put(MetaDataKeys.SIMULATED_AT, step.at().toString());
        }
        return metaData;
    }

    /** Whether the seed has loaded: readiness waits for it. */
    public static final class SeedStatus {

        public enum State { PENDING, RUNNING, DONE, FAILED }

        private final SeedMode mode;
        private final AtomicReference<State> state = new AtomicReference<>(State.PENDING);
        private volatile int sent;

        SeedStatus(SeedMode mode) {
            this.mode = mode;
        }

        public SeedMode mode() {
            return mode;
        }

        public State state() {
            return state.get();
        }

        public int sent() {
            return sent;
        }

        void run(java.util.function.Supplier<Integer> load) {
            state.set(State.RUNNING);
            try {
                sent = load.get();
                state.set(State.DONE);
            } catch (RuntimeException e) {
                log.error("Seeding ({}) failed; the service runs on with what was loaded", mode, e);
                state.set(State.FAILED);
            }
        }
    }
}
