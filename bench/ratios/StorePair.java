import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.Serializer;
import uk.nhs.dma.eventstore.EventStoreConfiguration;

/**
 * Pairs 2 and 5: a full rebuild of every projection and the verification of the whole store, each against a raw
 * ordered read of the event table with every payload and metadata decoded by the service's own serializer.
 */
final class StorePair {

    private final Db db;
    private final Client admin;
    private final Serializer serializer = new EventStoreConfiguration().serializer();
    private final StoreCost cost;
    private final long servicePid;
    /** What the last raw read cost per event (see {@link StoreCost}). */
    Map<String, Object> rawCost;

    StorePair(Db db, Client admin, long servicePid) throws Exception {
        this.db = db;
        this.admin = admin;
        this.servicePid = servicePid;
        this.cost = new StoreCost(db);
    }

    /** Reads every event in global order, decoding payload and metadata; answers events per second. */
    double rawRead() throws Exception {
        long events = 0;
        long self = ProcessHandle.current().pid();
        StoreCost.Snapshot before = cost.take(self);
        long start = System.nanoTime();
        try (Connection c = db.owner()) {
            c.setAutoCommit(false);
            try (PreparedStatement read = c.prepareStatement("select global_index, payload_type, payload_revision,"
                    + " payload, meta_data from domain_event_entry order by global_index")) {
                read.setFetchSize(1000);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        Object payload = serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(4),
                                byte[].class, rs.getString(2), rs.getString(3)));
                        Object meta = serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(5),
                                byte[].class, MetaData.class.getName(), null));
                        if (payload == null || meta == null) {
                            throw new IllegalStateException("undecoded event " + rs.getLong(1));
                        }
                        events++;
                    }
                }
            }
            c.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        rawCost = StoreCost.perEvent(before, cost.after(self), events, seconds);
        return events / seconds;
    }

    /** Replays every projection from the first event; answers the replay's status body once it is done. */
    Map<String, Object> rebuild() throws Exception {
        StoreCost.Snapshot before = cost.take(servicePid);
        long start = System.nanoTime();
        String id = Json.read(admin.ok("POST", "/api/admin/replays", "{\"processors\":[\"all\"]}"))
                .path("replayId").asText();
        var status = Json.read(admin.ok("GET", "/api/admin/replays/" + id, null));
        while ("RUNNING".equals(status.path("status").asText())) {
            Thread.sleep(200);
            status = Json.read(admin.ok("GET", "/api/admin/replays/" + id, null));
        }
        double wall = (System.nanoTime() - start) / 1e9;
        if (!"DONE".equals(status.path("status").asText())) {
            throw new IllegalStateException("replay " + status);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("events", status.path("eventsProcessed").asLong());
        result.put("eventsPerSecond", status.path("eventsPerSecond").asDouble());
        result.put("wallSeconds", Report.round(wall));
        result.put("cost", StoreCost.perEvent(before, cost.after(servicePid), result.get("events") instanceof Long n
                ? n : 1, wall));
        caughtUp(admin);
        return result;
    }

    /**
     * Verifies the whole store while sampling the service's heap (every 100 ms, after a full GC before it);
     * answers events, seconds, events per second and the heap figures in MiB.
     */
    Map<String, Object> verify(long pid) throws Exception {
        gc(pid);
        double before = heapMiB();
        List<Double> samples = Collections.synchronizedList(new ArrayList<>());
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                samples.add(heapMiB());
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long start = System.nanoTime();
        var body = Json.read(admin.ok("GET", "/api/audit/verification", null));
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();
        gc(pid);
        double after = heapMiB();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", body.path("ok").asBoolean());
        result.put("events", body.path("events").asLong());
        result.put("streams", body.path("streams").asLong());
        result.put("seconds", Report.round(seconds));
        result.put("eventsPerSecond", Report.round(body.path("events").asLong() / seconds));
        result.put("heapAfterGcBeforeMiB", Report.round(before));
        result.put("heapPeakDuringMiB", Report.round(samples.stream().mapToDouble(d -> d).max().orElse(before)));
        result.put("heapAfterGcAfterMiB", Report.round(after));
        result.put("heapSamples", samples.size());
        return result;
    }

    private double heapMiB() {
        return Json.read(admin.ok("GET", "/actuator/metrics/jvm.memory.used?tag=area:heap", null))
                .path("measurements").get(0).path("value").asDouble() / (1024 * 1024);
    }

    private static void gc(long pid) throws Exception {
        new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    /** Polls until every projection has caught up and none is replaying (at most 30 minutes). */
    static void caughtUp(Client admin) throws Exception {
        long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            var body = Json.read(admin.ok("GET", "/api/admin/projections", null));
            boolean done = true;
            for (var p : body.path("processors")) {
                done &= p.path("caughtUp").asBoolean() && !p.path("replaying").asBoolean();
            }
            if (done) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("projections did not catch up in 30 minutes");
    }
}
