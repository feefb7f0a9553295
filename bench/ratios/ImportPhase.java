import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The import phase: a generated bulk file of BENCH_IMPORT_ROWS rows (10,000 by default) uploaded to
 * POST /api/admin/imports and followed to its end; rows per second from the upload's answer to DONE. The rows are the
 * register's trusts over years before the demo's (2015 back), each year under a framework published for it here (a
 * copy of wgll-2023), so that every row is a new assessment: started, answered, declared, submitted and, one in two,
 * approved. Printed and kept in the JSON, never asserted.
 */
final class ImportPhase {

    private static final Set<String> TRUSTS = Set.of("ACUTE", "MENTAL_HEALTH", "COMMUNITY", "MENTAL_HEALTH_AND_COMMUNITY",
            "AMBULANCE");

    private ImportPhase() {
    }

    static Map<String, Object> run(Client admin, int rows) throws Exception {
        List<String> trusts = new ArrayList<>();
        for (int offset = 0; ; offset += 1000) {
            JsonNode page = Json.read(admin.ok("GET", "/api/organisations?limit=1000&offset=" + offset, null));
            page.get("items").forEach(o -> {
                if (TRUSTS.contains(o.path("type").asText())) {
                    trusts.add(o.path("odsCode").asText());
                }
            });
            if (offset + 1000 >= page.get("total").asInt()) {
                break;
            }
        }
        JsonNode read = Json.read(admin.ok("GET", "/api/frameworks/wgll-2023", null));
        ObjectNode base = (ObjectNode) (read.has("definition") ? read.get("definition") : read);
        List<String> questions = new ArrayList<>();
        base.get("questions").forEach(q -> questions.add(q.get("id").asText()));
        StringBuilder csv = new StringBuilder("odsCode,year,frameworkId,eprStatus,eprSupplier,eprLiveSince,submittedBy,"
                + "approvedBy,boardDate," + String.join(",", questions) + "\r\n");
        int count = 0;
        for (int year = 2015; count < rows && year > 1990; year--) {
            String framework = "bench-import-" + year;
            ObjectNode definition = base.deepCopy();
            definition.retain("title", "measures", "questions", "rules");
            definition.put("frameworkId", framework).put("assessmentYear", year).put("referenceDate", year + "-03-31");
            HttpResponse<String> published = admin.send("POST", "/api/frameworks", Json.MAPPER.writeValueAsString(definition),
                    "application/json");
            if (published.statusCode() / 100 != 2) {
                throw new IllegalStateException("publishing " + framework + ": " + published.body());
            }
            for (int t = 0; t < trusts.size() && count < rows; t++, count++) {
                boolean live = (t + year) % 3 != 0;
                csv.append(trusts.get(t)).append(',').append(year).append(',').append(framework).append(',')
                        .append(live ? "LIVE,Epic," + (year - 1) + "-01-01" : "PROCURING,,").append(",bench-submitter,")
                        .append(t % 2 == 0 ? "bench-approver," + year + "-06-30" : ",");
                for (int q = 0; q < questions.size(); q++) {
                    csv.append(',').append(1 + (t + q + year) % 5);
                }
                csv.append("\r\n");
            }
        }
        String boundary = "----bench-import";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        System.out.println("import: " + count + " rows (" + trusts.size() + " trusts), " + body.length() + " bytes");
        long start = System.nanoTime();
        HttpResponse<String> uploaded = admin.send("POST", "/api/admin/imports", body,
                "multipart/form-data; boundary=" + boundary, "X-Requested-With", "bench");
        long staged = System.nanoTime();
        if (uploaded.statusCode() != 202) {
            throw new IllegalStateException("upload: " + uploaded.statusCode() + " " + uploaded.body());
        }
        String jobId = Json.read(uploaded.body()).get("jobId").asText();
        JsonNode job;
        do {
            Thread.sleep(500);
            job = Json.read(admin.ok("GET", "/api/admin/imports/" + jobId, null));
        } while (!"DONE".equals(job.get("status").asText()));
        long done = System.nanoTime();
        double seconds = (done - staged) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rows", job.get("totalRows").asInt());
        result.put("accepted", job.get("accepted").asInt());
        result.put("unchanged", job.get("unchanged").asInt());
        result.put("rejected", job.get("rejected").asInt());
        result.put("uploadSeconds", Math.round((staged - start) / 1e7) / 100.0);
        result.put("importSeconds", Math.round(seconds * 100) / 100.0);
        result.put("rowsPerSecond", Math.round(job.get("totalRows").asInt() / seconds * 10) / 10.0);
        System.out.println("import: " + result);
        return result;
    }
}
