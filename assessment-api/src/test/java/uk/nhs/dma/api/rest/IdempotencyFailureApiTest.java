package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.api.testing.TestHooks;

/** A request with an Idempotency-Key that fails after its command committed is never run again by a retry. */
class IdempotencyFailureApiTest extends ScenarioApiTest {

    @Test
    void a_failure_after_the_command_committed_is_reported_to_the_retry_which_runs_nothing() {
        String id = draft();
        Api submitter = submitter().header("Idempotency-Key", "answers-" + id);

        Api.Response failed = submitter.header(TestHooks.FAIL_AFTER_COMMAND, "true")
                .put(path(id, "answers"), Fixtures.allAnswers(3));
        Api.Response retried = submitter.put(path(id, "answers"), Fixtures.allAnswers(3));
        Api.Response again = submitter.put(path(id, "answers"), Fixtures.allAnswers(3));

        assertThat(failed.status()).isEqualTo(500);
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted", "AnswersRecorded");
        assertThat(retried.status()).isEqualTo(409);
        assertThat(retried.json().get("rule").asText()).isEqualTo("idempotent-request-completed");
        assertThat(retried.header("ETag")).isEqualTo("\"1\"");
        assertThat(retried.header("X-Event-Position")).isEqualTo(position(id, 1));
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("X-Event-Position")).isEqualTo(position(id, 1));
    }

    private String position(String aggregateId, long sequence) {
        return String.valueOf(jdbc.queryForObject("select global_index from domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = ?", Long.class, aggregateId, sequence));
    }
}
