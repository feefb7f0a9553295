package uk.nhs.dma.api.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.dma.api.testing.ProblemAssert.assertProblem;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.Fixtures;
import uk.nhs.dma.projections.testing.Eventually;

/** Optimistic concurrency in HTTP terms: ETag is the version, a stale If-Match gets 412 and changes nothing. */
class ConcurrencyApiTest extends ScenarioApiTest {

    @Test
    void a_write_with_the_current_etag_succeeds() {
        String id = draft();

        Api.Response answered = submitter().header("If-Match", "\"0\"").put(path(id, "answers"), answers("Q01", 3));

        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.header("ETag")).isEqualTo("\"1\"");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted", "AnswersRecorded");
    }

    @Test
    void the_etag_of_a_read_is_the_if_match_of_the_next_write() {
        String id = draft();
        ok(submitter().put(path(id, "answers"), answers("Q01", 3)));
        String etag = Eventually.await(() -> admin().get("/api/assessments/" + id),
                r -> "\"1\"".equals(r.header("ETag")), WAIT).header("ETag");

        Api.Response declared = submitter().header("If-Match", etag).put(path(id, "epr"), epr("NONE"));

        assertThat(declared.status()).isEqualTo(200);
        assertThat(declared.header("ETag")).isEqualTo("\"2\"");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted", "AnswersRecorded", "EprDeclared");
    }

    @Test
    void a_write_with_a_stale_etag_is_refused_and_stores_nothing() {
        String id = draft();
        ok(submitter().put(path(id, "answers"), answers("Q01", 3)));

        Api.Response stale = submitter().header("If-Match", "\"0\"").put(path(id, "answers"), answers("Q01", 4));

        assertProblem(stale, 412, "stale-version");
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted", "AnswersRecorded");
    }

    @Test
    void an_etag_from_the_future_is_refused_too() {
        String trust = trust();

        Api.Response ahead = admin().header("If-Match", "\"7\"").post("/api/organisations/" + trust + "/closure",
                Map.of("closedOn", "2025-04-01"));

        assertProblem(ahead, 412, "stale-version");
        assertThat(eventTypes(trust)).containsExactly("OrganisationRegistered");
    }

    @Test
    void an_if_match_that_names_no_version_is_refused() {
        String id = draft();

        Api.Response garbage = submitter().header("If-Match", "\"not-a-version\"").put(path(id, "epr"), epr("NONE"));

        assertProblem(garbage, 412, "stale-version");
        assertThat(eventTypes(id)).containsExactly("AssessmentStarted");
    }

    @Test
    void of_two_writers_with_the_same_etag_exactly_one_wins() throws Exception {
        String id = draft();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String etag = "\"" + round + "\"";
                Api writer = submitter().header("If-Match", etag);
                CountDownLatch ready = new CountDownLatch(2);
                Supplier<Api.Response> write = () -> {
                    ready.countDown();
                    awaitLatch(ready);
                    return writer.put(path(id, "answers"), answers("Q01", 3));
                };
                CompletableFuture<Api.Response> one = CompletableFuture.supplyAsync(write, pool);
                CompletableFuture<Api.Response> other = CompletableFuture.supplyAsync(write, pool);

                List<Api.Response> responses = List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS));

                assertThat(responses).extracting(Api.Response::status).as("round %d: %s", round, responses)
                        .containsExactlyInAnyOrder(200, 412);
                Api.Response loser = responses.stream().filter(r -> r.status() == 412).findFirst().orElseThrow();
                assertProblem(loser, 412, "stale-version");
                assertThat(eventTypes(id)).hasSize(round + 2);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(eventTypes(id)).containsExactlyElementsOf(Stream.concat(Stream.of("AssessmentStarted"),
                Stream.generate(() -> "AnswersRecorded").limit(5)).toList());
    }

    @Test
    void of_two_concurrent_registrations_of_one_code_exactly_one_wins() throws Exception {
        String region = Fixtures.code("Y");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch ready = new CountDownLatch(2);
            Supplier<Api.Response> register = () -> {
                ready.countDown();
                awaitLatch(ready);
                return admin().post("/api/organisations", Fixtures.organisation(region, "REGION", null, null));
            };
            CompletableFuture<Api.Response> one = CompletableFuture.supplyAsync(register, pool);
            CompletableFuture<Api.Response> other = CompletableFuture.supplyAsync(register, pool);

            List<Api.Response> responses = List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS));

            assertThat(responses).extracting(Api.Response::status).as("%s", responses)
                    .containsExactlyInAnyOrder(201, 409);
            assertProblem(responses.stream().filter(r -> r.status() == 409).findFirst().orElseThrow(),
                    409, "already-exists");
        } finally {
            pool.shutdownNow();
        }
        assertThat(eventTypes(region)).containsExactly("OrganisationRegistered");
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
