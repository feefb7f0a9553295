package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;

/** Evidence over HTTP: links, notes and uploaded documents; listing and download in scope; bad input stores nothing. */
class EvidenceApiTest extends ScenarioApiTest {

    static final String BOUNDARY = "evidence-test-boundary";
    static final byte[] PDF = "%PDF-1.4 board minutes".getBytes(StandardCharsets.US_ASCII);

    static Map<String, Object> note(String questionId, String effectiveOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("questionId", questionId);
        body.put("kind", "NOTE");
        body.put("title", "Board minutes");
        body.put("note", "Agreed at the May board");
        body.put("effectiveOn", effectiveOn);
        return body;
    }

    /** A multipart/form-data body: the fields, then the file part (none when bytes is null). */
    static byte[] multipart(Map<String, String> fields, String fileName, String contentType, byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (bytes != null) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bytes);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    Api.Response upload(Api caller, String id, Map<String, String> fields, String type, byte[] bytes) {
        return caller.header("X-Requested-With", "test").send("POST", path(id, "evidence"),
                multipart(fields, "minutes.pdf", type, bytes), "multipart/form-data; boundary=" + BOUNDARY);
    }

    static Map<String, String> fields(String effectiveOn) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "EPR contract");
        fields.put("effectiveOn", effectiveOn);
        fields.put("expiresOn", "2025-03-31");
        return fields;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    int storedFiles(String sha) {
        return jdbc.queryForObject("select count(*) from evidence_file where sha256 = ?", Integer.class, sha);
    }

    @Test
    void a_note_and_a_link_are_attached_listed_and_withdrawn_with_history_kept() {
        String id = draft();
        Api.Response attached = submitter().post(path(id, "evidence"), note("Q01", "2024-05-01"));
        assertThat(attached.status()).as("%s", attached).isEqualTo(201);
        String evidenceId = attached.json().get("evidenceId").asText();
        assertThat(attached.header("Location")).isEqualTo("/api/assessments/" + id + "/evidence/" + evidenceId);
        Map<String, Object> link = new LinkedHashMap<>(note(null, "2024-05-01"));
        link.put("kind", "LINK");
        link.remove("note");
        link.put("link", "https://intranet.example.nhs.uk/epr-contract");
        assertThat(submitter().post(path(id, "evidence"), link).status()).isEqualTo(201);

        ok(submitter().post(path(id, "evidence/" + evidenceId + "/withdrawal"), Map.of("reason", "superseded")));

        JsonNode items = await(path(id, "evidence"), v -> v.get("items").size() == 2
                && v.get("items").get(0).hasNonNull("withdrawnAt")).get("items");
        assertThat(items.get(0).get("addedBy").asText()).isEqualTo("rj1-submitter");
        assertThat(items.get(0).get("withdrawnBy").asText()).isEqualTo("rj1-submitter");
        assertThat(items.get(0).get("withdrawalReason").asText()).isEqualTo("superseded");
        assertThat(items.get(1).get("questionId").isNull()).as("about the EPR").isTrue();
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted", "EvidenceAttached", "EvidenceAttached",
                "EvidenceWithdrawn");
        assertProblem(submitter().post(path(id, "evidence/" + evidenceId + "/withdrawal"),
                Map.of("reason", "again")), 409, "evidence-withdrawn");
        assertThat(approver().get(path(id, "evidence")).json().get("items")).hasSize(2);
        assertThat(as("auditor").get(path(id, "evidence")).json().get("items")).hasSize(2);
    }

    @Test
    void a_document_is_stored_under_its_sha256_and_downloaded_within_the_assessments_scope() throws Exception {
        String id = draft();
        Api.Response uploaded = upload(submitter(), id, fields("2024-05-01"), "application/pdf", PDF);
        assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(201);
        String evidenceId = uploaded.json().get("evidenceId").asText();

        JsonNode event = eventPayloads(id).get(1);
        assertThat(event.at("/evidence/file/sha256").asText()).isEqualTo(sha256(PDF));
        assertThat(event.at("/evidence/file/size").asLong()).isEqualTo(PDF.length);
        assertThat(event.at("/evidence/file/fileName").asText()).isEqualTo("minutes.pdf");
        assertThat(event.at("/evidence/effectiveOn").asText()).isEqualTo("2024-05-01");
        await(path(id, "evidence"), v -> v.get("items").size() == 1);
        String file = path(id, "evidence/" + evidenceId + "/file");
        Api.Response download = approver().get(file);
        assertThat(download.status()).as("%s", download).isEqualTo(200);
        assertThat(download.text()).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).contains("attachment").contains("minutes.pdf");
        assertProblem(as("w-submitter").get(file), 403, "out-of-scope");
        assertProblem(approver().get(path(id, "evidence/no-such-item/file")), 404, "not-found");
    }

    @Test
    void an_oversized_file_or_a_disallowed_type_stores_neither_event_nor_bytes() throws Exception {
        String id = draft();
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        big[0] = 1;
        assertProblem(upload(submitter(), id, fields("2024-05-01"), "application/pdf", big), 422,
                "evidence-too-large");
        byte[] huge = new byte[7 * 1024 * 1024];
        assertProblem(upload(submitter(), id, fields("2024-05-01"), "application/pdf", huge), 413,
                "evidence-too-large");
        byte[] exe = "MZ not a document".getBytes(StandardCharsets.US_ASCII);
        assertProblem(upload(submitter(), id, fields("2024-05-01"), "application/x-msdownload", exe), 422,
                "evidence-type-not-allowed");
        assertProblem(upload(submitter(), id, fields("2024-05-01"), "application/pdf", null), 422, "invalid-file");

        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
        assertThat(storedFiles(sha256(big)) + storedFiles(sha256(exe)) + storedFiles(sha256(huge))).isZero();
    }

    @Test
    void a_bad_date_is_refused_and_the_uploaded_bytes_are_taken_back() throws Exception {
        String id = draft();
        byte[] bytes = ("%PDF-1.4 unique " + id).getBytes(StandardCharsets.US_ASCII);
        assertProblem(upload(submitter(), id, fields("2024-02-30"), "application/pdf", bytes), 422,
                "invalid-effectiveOn");
        assertProblem(upload(submitter(), id, fields("2999-01-01"), "application/pdf", bytes), 422,
                "invalid-effectiveOn");
        Map<String, String> backwards = fields("2024-05-01");
        backwards.put("expiresOn", "2024-04-30");
        assertProblem(upload(submitter(), id, backwards, "application/pdf", bytes), 422, "invalid-expiresOn");
        assertProblem(submitter().post(path(id, "evidence"), note("Q01", "2999-01-01")), 422, "invalid-effectiveOn");
        assertProblem(submitter().post(path(id, "evidence"), note("Q01", "01/05/2024")), 400, "malformed-body");

        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
        assertThat(storedFiles(sha256(bytes))).isZero();
    }

    @Test
    void other_bad_input_gets_a_problem_and_stores_nothing() {
        String id = draft();
        Map<String, Object> link = new LinkedHashMap<>(note("Q01", "2024-05-01"));
        link.put("kind", "LINK");
        link.remove("note");
        link.put("link", "javascript:alert(1)");
        assertProblem(submitter().post(path(id, "evidence"), link), 422, "invalid-link");
        assertProblem(submitter().post(path(id, "evidence"), note("ZZ9", "2024-05-01")), 422, "unknown-questionId");
        Map<String, Object> noKind = new LinkedHashMap<>(note("Q01", "2024-05-01"));
        noKind.remove("kind");
        assertProblem(submitter().post(path(id, "evidence"), noKind), 422, "invalid-kind");
        assertProblem(submitter().post(path(id, "evidence/nothing/withdrawal"), Map.of("reason", "x")), 422,
                "unknown-evidenceId");
        assertProblem(submitter().post(path(id, "confirmation"), Map.of("questionIds", java.util.List.of("Q01"))),
                422, "invalid-questionIds");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
        assertProblem(submitter().post(path(submitted(), "evidence"), note("Q01", "2024-05-01")), 409, "not-draft");
        assertProblem(submitter().get(path("RXX999-2024", "evidence")), 404, "not-found");
    }
}
