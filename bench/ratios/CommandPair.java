import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * Pair 1: answer saves over HTTP (token auth, each command on its own fresh draft, so every command loads an
 * aggregate of the same size) against raw single-row INSERTs, one transaction each, of a copy of a stored
 * AnswersRecorded row into a table of the event table's shape, on the same PostgreSQL. The floor is the same PUT
 * refused by validation: what HTTP, the token and JSON cost without a command.
 */
final class CommandPair {

    static final String RAW_TABLE = "bench_raw_event";
    private final Db db;
    private final Client admin;
    private final Client submitter;
    private String question;
    private byte[][] template;
    private String[] templateText;

    CommandPair(Db db, Client admin, Client submitter) {
        this.db = db;
        this.admin = admin;
        this.submitter = submitter;
    }

    /** Registers trusts and starts one draft each, with 8 clients; answers the draft ids. */
    List<String> drafts(int count, String icb, int year, String frameworkId) throws Exception {
        String framework = admin.ok("GET", "/api/frameworks/" + frameworkId, null);
        question = Json.strings(framework, "questions", "id").get(0);
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        char run = (char) ('A' + new java.util.Random().nextInt(26)); // a second run on kept data needs new codes
        parallel(8, count, i -> {
            String ods = "B" + run + String.format("%4s", Integer.toString(i, 36).toUpperCase()).replace(' ', '0');
            admin.ok("POST", "/api/organisations", "{\"odsCode\":\"" + ods + "\",\"name\":\"Bench trust " + i
                    + "\",\"type\":\"ACUTE\",\"parentCode\":\"" + icb + "\",\"openedOn\":\"2024-06-01\"}");
            submitter.ok("POST", "/api/assessments", "{\"odsCode\":\"" + ods + "\",\"year\":" + year
                    + ",\"frameworkId\":\"" + frameworkId + "\"}");
            ids.add(ods + "-" + year);
        });
        Collections.sort(ids);
        return ids;
    }

    /** Saves one answer on each draft with {@code clients} clients; answers how many succeeded (2xx). */
    long http(List<String> drafts, int clients) throws Exception {
        return count(drafts, clients, 2, i -> "{\"answers\":[{\"questionId\":\"" + question + "\",\"score\":"
                + (1 + i % 5) + "}]}");
    }

    /**
     * The floor: the same PUT, but refused by validation (a missing score) before any command is sent, so it pays
     * HTTP, the token, security and JSON only and stores nothing; answers how many were refused (4xx).
     */
    long floor(List<String> drafts, int clients) throws Exception {
        return count(drafts, clients, 4, i -> "{\"answers\":[{\"questionId\":\"" + question + "\"}]}");
    }

    private long count(List<String> drafts, int clients, int expectedClass,
                       java.util.function.IntFunction<String> body) throws Exception {
        AtomicInteger failures = new AtomicInteger();
        parallel(clients, drafts.size(), i -> {
            var response = submitter.send("PUT", "/api/assessments/" + drafts.get(i) + "/answers", body.apply(i),
                    "application/json");
            if (response.statusCode() / 100 != expectedClass) {
                failures.incrementAndGet();
            }
        });
        if (failures.get() > 0) {
            System.out.println("  " + failures.get() + " requests answered other than " + expectedClass
                    + "xx (not counted)");
        }
        return drafts.size() - failures.get();
    }

    /** Creates the raw table in the event table's shape and takes the latest AnswersRecorded row as template. */
    void prepareRaw() throws Exception {
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.execute("drop table if exists " + RAW_TABLE);
            s.execute("create table " + RAW_TABLE + " (global_index bigserial primary key,"
                    + " event_identifier varchar(255) not null unique, aggregate_identifier varchar(255) not null,"
                    + " sequence_number bigint not null, type varchar(255), time_stamp varchar(255) not null,"
                    + " payload_type varchar(255) not null, payload_revision varchar(255), payload bytea not null,"
                    + " meta_data bytea, unique (aggregate_identifier, sequence_number))");
            try (ResultSet rs = s.executeQuery("select type, payload_type, payload_revision, payload, meta_data"
                    + " from domain_event_entry where payload_type like '%AnswersRecorded'"
                    + " order by global_index desc limit 1")) {
                rs.next();
                templateText = new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
                template = new byte[][] {rs.getBytes(4), rs.getBytes(5)};
            }
        }
    }

    /** Single-row INSERTs (autocommit: one transaction each) for {@code seconds} with {@code threads} threads. */
    long raw(int threads, double seconds) throws Exception {
        AtomicLong rows = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> running = new ArrayList<>();
        List<Exception> errors = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                try (Connection c = db.owner(); PreparedStatement insert = c.prepareStatement("insert into "
                        + RAW_TABLE + " (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,"
                        + " payload_type, payload_revision, payload, meta_data) values (?,?,?,?,?,?,?,?,?)")) {
                    while (System.nanoTime() < end) {
                        String id = UUID.randomUUID().toString();
                        insert.setString(1, id);
                        insert.setString(2, "RAW-" + id);
                        insert.setLong(3, 1);
                        insert.setString(4, templateText[0]);
                        insert.setString(5, Instant.now().toString());
                        insert.setString(6, templateText[1]);
                        insert.setString(7, templateText[2]);
                        insert.setBytes(8, template[0]);
                        insert.setBytes(9, template[1]);
                        insert.executeUpdate();
                        rows.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.add(e);
                }
            });
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
        return rows.get();
    }

    void dropRaw() throws Exception {
        try (Connection c = db.owner(); Statement s = c.createStatement()) {
            s.execute("drop table if exists " + RAW_TABLE);
        }
    }

    /** Runs task(0..count-1) on {@code threads} threads, each taking the next index. */
    static void parallel(int threads, int count, IntConsumer task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Thread> running = new ArrayList<>();
        List<RuntimeException> errors = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < count && errors.isEmpty(); i = next.getAndIncrement()) {
                    try {
                        task.accept(i);
                    } catch (RuntimeException e) {
                        errors.add(e);
                    }
                }
            });
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
        if (!errors.isEmpty()) {
            throw errors.get(0);
        }
    }
}
