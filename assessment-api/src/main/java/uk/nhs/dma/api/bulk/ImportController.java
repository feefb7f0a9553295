package uk.nhs.dma.api.bulk;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import uk.nhs.dma.api.web.BadRequest;
import uk.nhs.dma.api.web.CommandSender;
import uk.nhs.dma.api.web.NotFound;
import uk.nhs.dma.api.web.PlausibleYear;
import uk.nhs.dma.api.web.ProblemWriter;
import uk.nhs.dma.core.bulk.ResultRow;

/** A year's results exported in the bulk format, and bulk imports: upload, status, report. */
@RestController
public class ImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportUploads uploads;
    private final ImportJobs jobs;
    private final ResultExport export;

    public ImportController(ImportUploads uploads, ImportJobs jobs, ResultExport export) {
        this.uploads = uploads;
        this.jobs = jobs;
        this.export = export;
    }

    /**
     * Written as it is read (never the whole year in memory): JSON (an array of results), CSV or .xlsx, by
     * {@code format} or else by {@code Accept}.
     */
    @GetMapping("/api/results/{year}")
    @PreAuthorize("@scope.grants('AUDIT')")
    @ApiResponse(responseCode = "200", description = "The year's results: each assessment's latest submitted revision",
            content = {@Content(mediaType = "application/json", array = @io.swagger.v3.oas.annotations.media.ArraySchema(
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ResultRow.class))),
                    @Content(mediaType = "text/csv"), @Content(mediaType = XLSX)})
    public void results(@PathVariable @PlausibleYear Integer year,
                        @RequestParam(required = false) String format,
                        @org.springframework.web.bind.annotation.RequestHeader(name = "Accept", required = false)
                        String accept, HttpServletResponse response) throws IOException {
        String chosen = format != null ? format : accept == null ? "json"
                : accept.contains(XLSX) ? "xlsx" : accept.contains("text/csv") ? "csv" : "json";
        switch (chosen) {
            case "json" -> {
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                export.json(year, response.getOutputStream());
            }
            case "csv" -> {
                response.setContentType("text/csv;charset=UTF-8");
                response.setHeader("Content-Disposition", "attachment; filename=\"results-" + year + ".csv\"");
                export.csv(year, response.getOutputStream());
            }
            case "xlsx" -> {
                response.setContentType(XLSX);
                response.setHeader("Content-Disposition", "attachment; filename=\"results-" + year + ".xlsx\"");
                export.xlsx(year, response.getOutputStream());
            }
            default -> throw new BadRequest("invalid-parameter", "Parameter 'format' must be json, csv or xlsx.");
        }
    }

    /** Not restricted to multipart in the mapping, so that a caller without the role is told 403 whatever it sends. */
    @PostMapping("/api/admin/imports")
    @PreAuthorize("@scope.grants('ADMIN')")
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.ACCEPTED)
    public ResponseEntity<ImportJobs.Job> upload(@RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw new ImportRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "file",
                    "Send the file as multipart/form-data, in a part named 'file'.");
        }
        String jobId = uploads.upload(file.getOriginalFilename(), file.getSize(), file.getInputStream(),
                CommandSender.currentUser());
        return ResponseEntity.accepted().location(URI.create("/api/admin/imports/" + jobId))
                .body(jobs.find(jobId).orElseThrow());
    }

    @GetMapping("/api/admin/imports/{id}")
    @PreAuthorize("@scope.grants('ADMIN')")
    public ImportJobs.Job status(@PathVariable String id) {
        return jobs.find(id).orElseThrow(() -> new NotFound("No import '" + id + "'."));
    }

    @GetMapping("/api/admin/imports/{id}/report")
    @PreAuthorize("@scope.grants('ADMIN')")
    public ResponseEntity<ImportJobs.Report> report(@PathVariable String id,
            @RequestParam(required = false) String format,
            @org.springframework.web.bind.annotation.RequestHeader(name = "Accept", required = false) String accept) {
        boolean csv = uk.nhs.dma.api.web.Csv.wanted(accept, format);
        jobs.find(id).orElseThrow(() -> new NotFound("No import '" + id + "'."));
        return uk.nhs.dma.api.web.Csv.ok(csv, "import-" + id + ".csv").body(jobs.report(id));
    }

    @ExceptionHandler(ImportRefused.class)
    ResponseEntity<ProblemDetail> refused(ImportRefused e, HttpServletRequest request) {
        ProblemDetail problem = ProblemWriter.problem(e.status(), e.rule(), e.getMessage(), request);
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
