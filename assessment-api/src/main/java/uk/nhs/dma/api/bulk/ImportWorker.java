package uk.nhs.dma.api.bulk;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.nhs.dma.api.bulk.ImportJobs.Outcome;
import uk.nhs.dma.api.bulk.ImportJobs.Pending;
import uk.nhs.dma.core.bulk.ResultCells;
import uk.nhs.dma.core.bulk.ResultCommands;
import uk.nhs.dma.core.bulk.ResultRow;
import uk.nhs.dma.core.common.CommandOutcome;
import uk.nhs.dma.core.common.MetaDataKeys;
import uk.nhs.dma.core.common.RuleViolation;
import uk.nhs.dma.eventstore.EventTable;
import uk.nhs.dma.projections.bulk.ResultRows;
import uk.nhs.dma.projections.processing.ProjectionStatus;

/**
 * Imports the staged rows of every unfinished job, one job and one row at a time, on one background thread: at
 * start (a job a restart interrupted carries on from its first row without an outcome) and after each upload.
 * A row's commands and its outcome are committed in one transaction, so a row is stored whole or not at all, and
 * never twice. A row whose assessment is already stored is compared with it: the same result is {@code UNCHANGED}
 * (nothing is stored), another is rejected ({@code already-exists}).
 */
@Component
public class ImportWorker {

    public static final String ROWS = "dma.import.rows";
    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);
    private static final int CHUNK = 100;

    private final ImportJobs jobs;
    private final ResultRows results;
    private final CommandGateway gateway;
    private final TransactionManager transactions;
    private final EventTable events;
    private final ProjectionStatus projections;
    private final Map<Outcome, Counter> counters = new HashMap<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-worker");
        t.setDaemon(true);
        return t;
    });

    public ImportWorker(ImportJobs jobs, ResultRows results, CommandGateway gateway, TransactionManager transactions,
                        EventTable events, ProjectionStatus projections, MeterRegistry meters) {
        this.jobs = jobs;
        this.results = results;
        this.gateway = gateway;
        this.transactions = transactions;
        this.events = events;
        this.projections = projections;
        for (Outcome outcome : Outcome.values()) {
            counters.put(outcome, Counter.builder(ROWS).description("Rows of bulk imports, by outcome")
                    .tag("outcome", outcome.name().toLowerCase()).register(meters));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    public void resume() {
        wake();
    }

    /** Asks the worker to import whatever is unfinished. */
    public void wake() {
        thread.submit(this::drain);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        thread.shutdownNow();
    }

    private void drain() {
        try {
            for (String jobId : jobs.unfinished()) {
                run(jobId);
            }
        } catch (RuntimeException e) {
            // the database went away, say: the job stays unfinished, and the next start or upload carries it on
            log.warn("Import stopped part way, to be carried on later: {}", e.toString());
        }
    }

    private void run(String jobId) {
        jobs.running(jobId);
        String importer = jobs.uploadedBy(jobId);
        catchUp();
        for (List<Pending> chunk = jobs.pending(jobId, CHUNK); !chunk.isEmpty(); chunk = jobs.pending(jobId, CHUNK)) {
            for (Pending row : chunk) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                importRow(jobId, importer, row);
            }
        }
        jobs.done(jobId);
        log.info("Import {} done", jobId);
    }

    private void importRow(String jobId, String importer, Pending pending) {
        ResultRow row;
        try {
            row = ResultCells.read(pending.cells());
        } catch (RuleViolation e) {
            reject(jobId, pending.row(), null, e.rule(), e.field(), e.getMessage());
            return;
        }
        String id = row.assessmentId();
        if (events.exists(id)) {
            Optional<ResultRow> stored = storedResult(id);
            if (stored.isPresent() && same(row, stored.get())) {
                record(jobId, pending.row(), Outcome.UNCHANGED, id, null, null, null);
            } else {
                reject(jobId, pending.row(), id, CommandOutcome.ALREADY_EXISTS, ResultRow.ODS_CODE,
                        "Assessment " + id + " is already stored with another result; nothing was changed.");
            }
            return;
        }
        UnitOfWork<?> unit = DefaultUnitOfWork.startAndGet(new GenericMessage<>("import row " + pending.row()));
        try {
            unit.attachTransaction(transactions);
            if (!jobs.record(jobId, pending.row(), Outcome.ACCEPTED, id, null, null, null)) {
                unit.rollback();
                return; // another worker has it
            }
            for (ResultCommands.Step step : ResultCommands.of(row, importer)) {
                gateway.sendAndWait(GenericCommandMessage.asCommandMessage(step.command()).andMetaData(Map.of(
                        MetaDataKeys.USER, step.user(),
                        MetaDataKeys.CORRELATION_ID, "import-" + jobId + "-row-" + pending.row())));
            }
        } catch (RuntimeException e) {
            unit.rollback(e);
            CommandOutcome outcome = CommandOutcome.of(e);
            if (outcome.kind() == CommandOutcome.Kind.FAILED) {
                throw e;
            }
            String field = outcome.violation().map(RuleViolation::field).orElse(null);
            reject(jobId, pending.row(), id, outcome.rule(), field, outcome.violation().map(Throwable::getMessage)
                    .orElse("Refused by the store (" + outcome.rule() + "); nothing was stored."));
            return;
        }
        unit.commit();
        counters.get(Outcome.ACCEPTED).increment();
    }

    /** The stored result, once the read models have caught up with the store (a row earlier in the same file). */
    private Optional<ResultRow> storedResult(String id) {
        Optional<ResultRow> stored = results.of(id);
        if (stored.isEmpty()) {
            catchUp();
            stored = results.of(id);
        }
        return stored;
    }

    /** The same result: a row that names no submitter or board date matches whoever or whenever it was. */
    static boolean same(ResultRow row, ResultRow stored) {
        return row.equals(new ResultRow(stored.odsCode(), stored.year(), stored.frameworkId(),
                row.assessedOn() == null ? null : stored.assessedOn(), stored.answers(), stored.eprStatus(),
                stored.eprSupplier(), stored.eprLiveSince(), row.submittedBy() == null ? null : stored.submittedBy(),
                stored.approvedBy(), row.boardDate() == null ? null : stored.boardDate()));
    }

    private void reject(String jobId, int row, String id, String rule, String field, String detail) {
        record(jobId, row, Outcome.REJECTED, id, rule, field, detail);
    }

    private void record(String jobId, int row, Outcome outcome, String id, String rule, String field, String detail) {
        if (jobs.record(jobId, row, outcome, id, rule, field, detail)) {
            counters.get(outcome).increment();
        }
    }

    private void catchUp() {
        long head = projections.head();
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!projections.reached(head) && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(50); // waiting on the projections, not on a result: they commit in their own time
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
