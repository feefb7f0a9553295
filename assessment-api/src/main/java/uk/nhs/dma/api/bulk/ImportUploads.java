package uk.nhs.dma.api.bulk;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.dma.api.bulk.ResultFiles.Format;
import uk.nhs.dma.core.bulk.ResultRow;
import uk.nhs.dma.projections.bulk.ResultRows;

/**
 * Takes an uploaded file: checks its header (every column a fixed one or a published question id, the required ones
 * present, none twice), then stages its lines as the job's rows in one transaction, reading the file a line at a
 * time. A file refused for any reason stores nothing. The worker is woken to import it.
 */
@Component
public class ImportUploads {

    private final ImportJobs jobs;
    private final ResultRows results;
    private final TransactionTemplate transactions;
    private final ImportWorker worker;
    private final long maxBytes;
    private final int maxRows;

    public ImportUploads(ImportJobs jobs, ResultRows results, TransactionTemplate transactions, ImportWorker worker,
                         @Value("${assessment.imports.max-bytes:20971520}") long maxBytes,
                         @Value("${assessment.imports.max-rows:100000}") int maxRows) {
        this.jobs = jobs;
        this.results = results;
        this.transactions = transactions;
        this.worker = worker;
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Stages the file as a new job and answers its id. */
    public String upload(String fileName, long size, InputStream content, String uploadedBy) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        Format format = formatOf(name);
        if (size > maxBytes) {
            throw tooLarge();
        }
        File file = null;
        try {
            file = Files.createTempFile("dma-import-", "." + format.name().toLowerCase(Locale.ROOT)).toFile();
            try (InputStream in = content) {
                Files.copy(in, file.toPath(), StandardCopyOption.REPLACE_EXISTING);
            }
            if (file.length() > maxBytes) {
                throw tooLarge();
            }
            File staged = file;
            String jobId = transactions.execute(status -> stage(name, format, staged, uploadedBy));
            worker.wake();
            return jobId;
        } catch (IOException e) {
            throw new ImportRefused(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-file", "file",
                    "The file could not be received.");
        } finally {
            if (file != null) {
                file.delete();
            }
        }
    }

    private String stage(String name, Format format, File file, String uploadedBy) {
        ImportJobs.Staging staging = jobs.stage(name.length() > 255 ? name.substring(0, 255) : name, format.name(),
                uploadedBy);
        try {
            ResultFiles.read(format, file, new ResultFiles.Lines() {
                @Override
                public void header(List<String> columns) {
                    checkHeader(columns);
                }

                @Override
                public void line(int number, java.util.Map<String, String> cells) {
                    if (staging.rows() >= maxRows) {
                        throw new ImportRefused(HttpStatus.CONTENT_TOO_LARGE, "too-many-rows", "file",
                                "The file has more than " + maxRows + " rows.");
                    }
                    staging.add(number, cells);
                }
            });
        } catch (ResultFiles.Unreadable e) {
            throw new ImportRefused(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-file", "file", e.getMessage());
        }
        if (staging.rows() == 0) {
            throw new ImportRefused(HttpStatus.UNPROCESSABLE_CONTENT, "no-rows", "file", "The file has no rows.");
        }
        staging.finish();
        return staging.jobId;
    }

    private void checkHeader(List<String> columns) {
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (column.isEmpty()) {
                throw new ImportRefused(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-column", "file",
                        "A column has no name.");
            }
            if (!seen.add(column)) {
                throw new ImportRefused(HttpStatus.UNPROCESSABLE_CONTENT, "duplicate-column", column,
                        "The column '" + column + "' appears twice.");
            }
            if (!ResultRow.FIXED.contains(column) && !results.isQuestion(column)) {
                throw new ImportRefused(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-column", column,
                        "The column '" + column + "' is neither a field of the format nor a published question id.");
            }
        }
        for (String required : ResultRow.REQUIRED) {
            if (!seen.contains(required)) {
                throw new ImportRefused(HttpStatus.UNPROCESSABLE_CONTENT, "missing-column", required,
                        "The file has no column '" + required + "'.");
            }
        }
    }

    private static Format formatOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Format.CSV;
        }
        if (lower.endsWith(".xlsx")) {
            return Format.XLSX;
        }
        throw new ImportRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file-type", "file",
                "Upload a .csv or an .xlsx file.");
    }

    private ImportRefused tooLarge() {
        return new ImportRefused(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "file",
                "The file is larger than " + maxBytes + " bytes.");
    }
}
