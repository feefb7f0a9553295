package uk.nhs.dma.api.plans;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.nhs.dma.api.ops.PlanMetrics;
import uk.nhs.dma.projections.plan.OverdueActions;
import uk.nhs.dma.projections.processing.Replays;
import uk.nhs.dma.projections.testing.Eventually;

/** The national gauge of overdue actions counts open actions due before today, and not done or dropped ones. */
class PlanMetricsTest extends PlanScenario {

    @Autowired
    MeterRegistry registry;
    @Autowired
    OverdueActions overdue;
    @Autowired
    Replays replays;

    @Test
    void the_gauge_counts_open_actions_due_before_today_nationally() {
        assertThat(registry.find(PlanMetrics.OVERDUE_ACTIONS).gauge()).as("registered in the service").isNotNull();
        // Seen from 60 days ahead, the actions added below (due in 10 days) are overdue unless done or dropped.
        Clock later = Clock.fixed(TODAY.plusDays(60).atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London"));
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        new PlanMetrics(meters, overdue, replays, later);
        double before = meters.get(PlanMetrics.OVERDUE_ACTIONS).gauge().value();

        String trust = trust();
        submitted(trust, 2024, 2);
        String plan = open(trust, 2024, "healthy-populations");
        String due = TODAY.plusDays(10).toString();
        for (String what : new String[] {"open", "done", "dropped"}) {
            created(submitter().post("/api/plans/" + plan + "/actions", action(what, "DPH", due, 3)));
        }
        ok(submitter().post("/api/plans/" + plan + "/actions/2/status", Map.of("status", "DONE", "note", "done")));
        ok(submitter().post("/api/plans/" + plan + "/actions/3/status", Map.of("status", "DROPPED", "note", "no")));

        Eventually.await(() -> as("auditor").get("/api/plans/" + plan).json().get("version").asLong(),
                version -> version == 5, WAIT);
        assertThat(meters.get(PlanMetrics.OVERDUE_ACTIONS).gauge().value()).isEqualTo(before + 1);
    }
}
