package uk.nhs.dma.web.port;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Bulk imports of a year's results, as the API's import endpoints take and show them. */
public interface Imports {

    record Job(String jobId, String fileName, String uploadedBy, String status, int totalRows, int processed,
               int accepted, int unchanged, int rejected, Instant uploadedAt, Instant finishedAt) {

        public int percent() {
            return totalRows <= 0 ? 100 : (int) Math.min(100, processed * 100L / totalRows);
        }

        public boolean running() {
            return !"DONE".equals(status);
        }
    }

    /** A rejected line: its row in the file, the rule and the field. */
    record Rejection(int row, String assessmentId, String rule, String field, String detail) {
    }

    /** A file refused whole; nothing of it was stored. */
    class Refused extends RuntimeException {
        private final String rule;

        public Refused(String rule, String message) {
            super(message);
            this.rule = rule;
        }

        public String rule() {
            return rule;
        }
    }

    /** Stages the file as a job (as the signed-in user) and answers its id; a bad file is {@link Refused}. */
    String upload(String fileName, long size, InputStream content);

    Optional<Job> job(String jobId);

    /** The job's rejected rows, in file order, at most {@code limit}. */
    List<Rejection> rejections(String jobId, int limit);
}
