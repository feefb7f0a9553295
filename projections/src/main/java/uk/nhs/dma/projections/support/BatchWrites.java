package uk.nhs.dma.projections.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Writes that nothing reads back while a batch of events is processed (kept views, the register's stamp), held
 * until the batch's unit of work prepares to commit and then sent as one JDBC batch per statement, in the same
 * transaction as the batch's other changes and its token. A processor handles up to {@code batch-size} events in
 * one unit of work, so this saves a round trip to PostgreSQL per event. Outside a unit of work (a test delivering
 * events by hand) each write runs at once.
 */
public final class BatchWrites {

    private final NamedParameterJdbcTemplate jdbc;
    private final Map<String, List<SqlParameterSource>> rows = new LinkedHashMap<>();
    private final Set<String> once = new LinkedHashSet<>();

    private BatchWrites(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs the statement with these parameters before the current batch commits (at once outside a batch). */
    public static void add(NamedParameterJdbcTemplate jdbc, String sql, SqlParameterSource params) {
        BatchWrites batch = current(jdbc);
        if (batch == null) {
            jdbc.update(sql, params);
        } else {
            batch.rows.computeIfAbsent(sql, k -> new ArrayList<>()).add(params);
        }
    }

    /** Runs the statement once before the current batch commits, however often it is asked for in the batch. */
    public static void once(NamedParameterJdbcTemplate jdbc, String sql) {
        BatchWrites batch = current(jdbc);
        if (batch == null) {
            jdbc.getJdbcTemplate().update(sql);
        } else {
            batch.once.add(sql);
        }
    }

    private static BatchWrites current(NamedParameterJdbcTemplate jdbc) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        String key = BatchWrites.class.getName() + "@" + System.identityHashCode(jdbc);
        BatchWrites batch = unitOfWork.getResource(key);
        if (batch == null) {
            BatchWrites created = new BatchWrites(jdbc);
            unitOfWork.resources().put(key, created);
            unitOfWork.onPrepareCommit(u -> created.flush());
            batch = created;
        }
        return batch;
    }

    private void flush() {
        rows.forEach((sql, params) -> jdbc.batchUpdate(sql, params.toArray(SqlParameterSource[]::new)));
        once.forEach(sql -> jdbc.getJdbcTemplate().update(sql));
        rows.clear();
        once.clear();
    }
}
