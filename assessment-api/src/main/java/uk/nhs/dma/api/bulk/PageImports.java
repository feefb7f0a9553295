package uk.nhs.dma.api.bulk;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.nhs.dma.api.web.CommandSender;
import uk.nhs.dma.web.port.Imports;

/** The import page uploads and follows jobs through the same {@link ImportUploads} and {@link ImportJobs} as the API. */
@Component
public class PageImports implements Imports {

    private final ImportUploads uploads;
    private final ImportJobs jobs;

    public PageImports(ImportUploads uploads, ImportJobs jobs) {
        this.uploads = uploads;
        this.jobs = jobs;
    }

    @Override
    public String upload(String fileName, long size, InputStream content) {
        try {
            return uploads.upload(fileName, size, content, CommandSender.currentUser());
        } catch (ImportRefused refused) {
            throw new Refused(refused.rule(), refused.getMessage());
        }
    }

    @Override
    public Optional<Job> job(String jobId) {
        return jobs.find(jobId).map(j -> new Job(j.jobId(), j.fileName(), j.uploadedBy(), j.status(), j.totalRows(),
                j.processed(), j.accepted(), j.unchanged(), j.rejected(), j.uploadedAt(), j.finishedAt()));
    }

    @Override
    public List<Rejection> rejections(String jobId, int limit) {
        return jobs.report(jobId).rows().stream().filter(r -> "REJECTED".equals(r.outcome())).limit(limit)
                .map(r -> new Rejection(r.row(), r.assessmentId(), r.rule(), r.field(), r.detail())).toList();
    }
}
