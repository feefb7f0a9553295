package uk.nhs.dma.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.nhs.dma.api.testing.Api;
import uk.nhs.dma.api.testing.ApiTest;
import uk.nhs.dma.api.testing.Fixtures;


/**
 * One log line per command, with user, aggregate, outcome and the request's correlation id: in the plain
 * format (logging.pattern.correlation) and in the JSON formats (the id is in the MDC, which they carry).
 */
@ExtendWith(OutputCaptureExtension.class)
class LogLineTest extends ApiTest {

    /** Keeps the events of the command log, with their MDC taken on the request's thread. */
    static final class Recorder extends AppenderBase<ILoggingEvent> {
        final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            events.add(event);
        }
    }

    private final Recorder recorder = new Recorder();

    private Logger commandLog() {
        return (Logger) LoggerFactory.getLogger(CommandLog.class);
    }

    @BeforeEach
    void record() {
        recorder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        recorder.start();
        commandLog().addAppender(recorder);
    }

    @AfterEach
    void stop() {
        commandLog().detachAppender(recorder);
        recorder.stop();
    }

    @Test
    void an_accepted_and_a_rejected_command_each_log_one_line_with_the_correlation_id(CapturedOutput output) {
        String region = Fixtures.code("Y");
        Api admin = admin();

        admin.header("X-Correlation-Id", "ops-accepted-" + region)
                .post("/api/organisations", Fixtures.organisation(region, "REGION", null, null));
        admin.header("X-Correlation-Id", "ops-rejected-" + region)
                .post("/api/organisations", Fixtures.organisation(Fixtures.code("T"), "ACUTE", null, null));

        List<String> accepted = output.getOut().lines().filter(l -> l.contains("ops-accepted-" + region)).toList();
        assertThat(accepted).hasSize(1);
        assertThat(accepted.get(0)).contains("[ops-accepted-" + region + "]")
                .contains("command=RegisterOrganisation aggregate=" + region + " user=admin correlationId=ops-accepted-"
                        + region + " outcome=accepted");
        List<String> rejected = output.getOut().lines().filter(l -> l.contains("ops-rejected-" + region)).toList();
        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0)).contains("user=admin correlationId=ops-rejected-" + region
                + " outcome=rejected rule=invalid-parentCode");
    }

    @Test
    void in_the_ecs_json_format_the_line_carries_the_correlation_id_as_a_field() throws Exception {
        String region = Fixtures.code("Y");

        admin().header("X-Correlation-Id", "ops-json-" + region)
                .post("/api/organisations", Fixtures.organisation(region, "REGION", null, null));

        ILoggingEvent event = recorder.events.stream()
                .filter(e -> e.getFormattedMessage().contains("aggregate=" + region)).findFirst().orElseThrow();
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        encoder.setFormat("ecs");
        encoder.start();
        JsonNode json = Api.JSON.readTree(new String(encoder.encode(event), StandardCharsets.UTF_8));
        encoder.stop();

        assertThat(json.get("correlationId").asText()).isEqualTo("ops-json-" + region);
        assertThat(json.get("message").asText())
                .isEqualTo("command=RegisterOrganisation aggregate=" + region + " user=admin correlationId=ops-json-" + region
                        + " outcome=accepted version=0");
        assertThat(json.at("/log/logger").asText()).isEqualTo(CommandLog.class.getName());
    }
}
