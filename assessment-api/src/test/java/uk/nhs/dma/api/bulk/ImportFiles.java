package uk.nhs.dma.api.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.projections.testing.Eventually;

/** Bulk files for tests: CSV text from lines, a multipart upload, and waiting for a job to finish. */
final class ImportFiles {

    static final String BOUNDARY = "----dma-test-boundary";
    static final List<String> QUESTIONS = questions();

    private ImportFiles() {
    }

    /** The fixture framework's question ids (Fixtures.framework): Q01, Q02, Q11, ... Q62. */
    private static List<String> questions() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add("Q" + i + 1);
            ids.add("Q" + i + 2);
        }
        return ids;
    }

    static String header() {
        return "odsCode,year,frameworkId,assessedOn,eprStatus,eprSupplier,eprLiveSince,submittedBy,approvedBy,"
                + "boardDate," + String.join(",", QUESTIONS);
    }

    /** A line answering every question with the same score. */
    static String line(String ods, int year, String framework, String submittedBy, String approvedBy, int score) {
        StringBuilder line = new StringBuilder(ods + "," + year + "," + framework + ",," + "LIVE,Epic,2020-01-01,"
                + nullToEmpty(submittedBy) + "," + nullToEmpty(approvedBy) + "," + (approvedBy == null ? "" : "2024-06-01"));
        QUESTIONS.forEach(q -> line.append(',').append(score));
        return line.toString();
    }

    static String csv(String... lines) {
        return header() + "\r\n" + String.join("\r\n", lines) + "\r\n";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    static byte[] multipart(String fileName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    static Api.Response upload(Api api, String fileName, byte[] content) {
        return api.header("X-Requested-With", "test").send("POST", "/api/admin/imports", multipart(fileName, content),
                "multipart/form-data; boundary=" + BOUNDARY);
    }

    static JsonNode awaitDone(Api api, String jobId) {
        return Eventually.await(() -> api.get("/api/admin/imports/" + jobId).json(),
                job -> "DONE".equals(job.path("status").asText()), Duration.ofSeconds(60));
    }

    static Map<String, String> cellsOf(String header, String line) {
        String[] names = header.split(",", -1);
        String[] cells = line.split(",", -1);
        Map<String, String> byName = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            byName.put(names[i], i < cells.length ? cells[i] : "");
        }
        return byName;
    }
}
