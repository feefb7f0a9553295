package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;

/**
 * A page on another site can make a browser with cached Basic credentials send a form (url-encoded, multipart,
 * text/plain, or nothing) but not a JSON content type nor a custom header. Every unsafe /api method therefore
 * needs one of those two, else 415 and nothing stored.
 */
class CrossSiteApiTest extends ScenarioApiTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void a_bodiless_submission_without_a_json_content_type_is_refused_and_stores_nothing() {
        String id = complete(3, "LIVE");
        List<String> before = eventTypes(id);

        assertProblem(submitter().send("POST", path(id, "submission"), null, null), 415, "unsupported-media-type");
        assertProblem(submitter().send("POST", path(id, "submission"), "", FORM), 415, "unsupported-media-type");
        assertProblem(submitter().send("POST", path(id, "submission"), "", "text/plain"), 415, "unsupported-media-type");

        assertThat(eventTypes(id)).isEqualTo(before);
        ok(submitter().send("POST", path(id, "submission"), null, "application/json"));
        assertThat(eventTypes(id)).last().isEqualTo("AssessmentSubmitted");
    }

    @Test
    void a_bodiless_approval_as_a_form_is_refused_but_a_header_no_form_can_send_is_enough() {
        String id = submitted();
        List<String> before = eventTypes(id);

        assertProblem(approver().send("POST", path(id, "approval"), "boardDate=2024-05-01", FORM), 415,
                "unsupported-media-type");
        assertProblem(approver().send("POST", path(id, "approval"), "--x\r\n\r\n--x--", "multipart/form-data; boundary=x"),
                415, "unsupported-media-type");
        assertThat(eventTypes(id)).isEqualTo(before);

        ok(approver().header("X-Requested-With", "XMLHttpRequest").send("POST", path(id, "approval"), null, null));
        assertThat(eventTypes(id)).last().isEqualTo("AssessmentApproved");
    }

    @Test
    void a_replay_cannot_be_started_by_a_bodiless_cross_site_post() {
        Api.Response refused = admin().send("POST", "/api/admin/replays", null, null);

        assertProblem(refused, 415, "unsupported-media-type");
        assertThat(refused.header("Location")).isNull();
    }

    @Test
    void a_form_post_with_an_idempotency_key_keeps_nothing() {
        String region = Fixtures.code("Y");

        Api.Response refused = admin().header("Idempotency-Key", "cross-site-" + region).send("POST",
                "/api/organisations", "odsCode=" + region + "&name=Region&type=REGION", FORM);

        assertProblem(refused, 415, "unsupported-media-type");
        assertThat(eventTypes(region)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from api_idempotency where idempotency_key = ?", Long.class,
                "cross-site-" + region)).isZero();
    }

    @Test
    void any_application_json_suffix_type_is_json() {
        String id = draft();

        ok(submitter().send("PUT", path(id, "answers"), Fixtures.allAnswers(3), "application/vnd.nhs-dma+json"));
        ok(submitter().send("PUT", path(id, "epr"), epr("NONE"), "application/json; charset=utf-8"));

        assertThat(eventTypes(id)).containsExactly("AssessmentStarted", "AnswersRecorded", "EprDeclared");
    }

    @Test
    void authentication_is_checked_first_and_reads_need_no_content_type() {
        assertProblem(anonymous().send("POST", "/api/organisations", "odsCode=X", FORM), 401, "unauthenticated");
        assertThat(admin().send("GET", "/api/frameworks", null, null).status()).isEqualTo(200);
    }
}
