package uk.nhs.dma.api.bulk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.nhs.dma.projections.support.Json;
import uk.nhs.dma.projections.support.Sql;

/** The import jobs and their rows in PostgreSQL: what survives a restart, and what the status and report read. */
@Component
public class ImportJobs {

    public enum Outcome { ACCEPTED, UNCHANGED, REJECTED }

    /** A job as its status endpoint shows it: the counts are of its rows so far. */
    public record Job(String jobId, String fileName, String format, String uploadedBy, Instant uploadedAt,
                      String status, int totalRows, int processed, int accepted, int unchanged, int rejected,
                      Instant startedAt, Instant finishedAt) {
    }

    /** A row of the report: accepted (stored now, or already stored: unchanged) or rejected with the rule and field. */
    public record Row(int row, String assessmentId, String outcome, String rule, String field, String detail) {
    }

    /** The report: every row that has an outcome, in the file's order. */
    public record Report(String jobId, String status, List<Row> rows) {
    }

    /** A row still to import: its cells by column. */
    record Pending(int row, Map<String, String> cells) {
    }

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ImportJobs(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Staging of an uploaded file: call inside one transaction, so that a file refused part way stores nothing. */
    final class Staging {
        final String jobId = UUID.randomUUID().toString();
        private final List<Object[]> batch = new ArrayList<>();
        private int rows;

        Staging(String fileName, String format, String uploadedBy) {
            jdbc.update("insert into import_job (job_id, file_name, file_format, uploaded_by, uploaded_at, status,"
                    + " total_rows) values (?, ?, ?, ?, ?, 'QUEUED', 0)", jobId, fileName, format, uploadedBy,
                    Timestamp.from(clock.instant()));
        }

        void add(int row, Map<String, String> cells) {
            batch.add(new Object[] {jobId, row, Json.write(cells)});
            rows++;
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        int rows() {
            return rows;
        }

        void finish() {
            flush();
            jdbc.update("update import_job set total_rows = ? where job_id = ?", rows, jobId);
        }

        private void flush() {
            if (!batch.isEmpty()) {
                jdbc.batchUpdate("insert into import_row (job_id, row_number, cells) values (?, ?, cast(? as jsonb))",
                        batch);
                batch.clear();
            }
        }
    }

    Staging stage(String fileName, String format, String uploadedBy) {
        return new Staging(fileName, format, uploadedBy);
    }

    public Optional<Job> find(String jobId) {
        return jdbc.query("""
                select j.*, count(r.outcome) as processed,
                       count(*) filter (where r.outcome = 'ACCEPTED') as accepted,
                       count(*) filter (where r.outcome = 'UNCHANGED') as unchanged,
                       count(*) filter (where r.outcome = 'REJECTED') as rejected
                from import_job j left join import_row r on r.job_id = j.job_id
                where j.job_id = ? group by j.job_id""", (rs, i) -> new Job(rs.getString("job_id"),
                rs.getString("file_name"), rs.getString("file_format"), rs.getString("uploaded_by"),
                Sql.instant(rs, "uploaded_at"), rs.getString("status"), rs.getInt("total_rows"),
                rs.getInt("processed"), rs.getInt("accepted"), rs.getInt("unchanged"), rs.getInt("rejected"),
                Sql.instant(rs, "started_at"), Sql.instant(rs, "finished_at")), jobId).stream().findFirst();
    }

    public Report report(String jobId) {
        String status = jdbc.queryForObject("select status from import_job where job_id = ?", String.class, jobId);
        List<Row> rows = jdbc.query("""
                select row_number, assessment_id, outcome, rule, field, detail from import_row
                where job_id = ? and outcome is not null order by row_number""", (rs, i) -> new Row(rs.getInt(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)), jobId);
        return new Report(jobId, status, rows);
    }

    /** Jobs not yet done, oldest first: after a restart, those a worker left part way. */
    List<String> unfinished() {
        return jdbc.queryForList("select job_id from import_job where status <> 'DONE' order by uploaded_at",
                String.class);
    }

    String uploadedBy(String jobId) {
        return jdbc.queryForObject("select uploaded_by from import_job where job_id = ?", String.class, jobId);
    }

    void running(String jobId) {
        jdbc.update("update import_job set status = 'RUNNING', started_at = coalesce(started_at, ?) where job_id = ?",
                Timestamp.from(clock.instant()), jobId);
    }

    void done(String jobId) {
        jdbc.update("update import_job set status = 'DONE', finished_at = ? where job_id = ?",
                Timestamp.from(clock.instant()), jobId);
    }

    List<Pending> pending(String jobId, int limit) {
        return jdbc.query("""
                select row_number, cells from import_row where job_id = ? and outcome is null
                order by row_number limit ?""", (rs, i) -> new Pending(rs.getInt(1),
                Json.read(rs.getString(2), new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() {
                })), jobId, limit);
    }

    /**
     * Records a row's outcome if it has none yet (inside the transaction of its events, for an accepted row); false
     * when another worker recorded one first, whose events then stand.
     */
    boolean record(String jobId, int row, Outcome outcome, String assessmentId, String rule, String field,
                   String detail) {
        return jdbc.update("""
                update import_row set outcome = ?, assessment_id = ?, rule = ?, field = ?, detail = ?, done_at = ?
                where job_id = ? and row_number = ? and outcome is null""", outcome.name(), assessmentId, rule, field,
                detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000)),
                Timestamp.from(clock.instant()), jobId, row) == 1;
    }
}
