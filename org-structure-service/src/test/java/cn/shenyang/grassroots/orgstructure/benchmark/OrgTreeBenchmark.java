package cn.shenyang.grassroots.orgstructure.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import cn.shenyang.grassroots.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * National-scale organisation tree: builds it through the bulk import and prints throughput and
 * latency figures, each beside its baseline from the same run. Not part of {@code verify}; run
 * {@code ./mvnw -B verify -pl org-structure-service -Pbenchmark}.
 */
@QuarkusTest
@TestProfile(OrgTreeBenchmark.BenchmarkProfile.class)
@Tag("benchmark")
class OrgTreeBenchmark {
    static final int DISTRICTS = Integer.getInteger("bench.districts", 650);
    static final int TOWNSHIPS_PER_DISTRICT = 50;
    static final int VILLAGES_PER_TOWNSHIP = 20;
    static final int ONE_BY_ONE_SAMPLE = Integer.getInteger("bench.oneByOne", 1_000);
    static final int LATENCY_SAMPLES = 200;

    public static class BenchmarkProfile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddedPostgresResource.class,
                    Map.of(EmbeddedPostgresResource.DATABASE, "benchmark_" + System.currentTimeMillis())));
        }
    }

    @Inject
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String token = "Bearer " + TestTokens.token("benchmark", "ADMIN", null);

    @Test
    void nationalScaleTree() throws Exception {
        String base = "http://localhost:" + RestAssured.port + "/api/v1/org-units";
        String rootName = "全国-" + UUID.randomUUID().toString().substring(0, 6);

        // 1. Bulk import: one root, DISTRICTS districts, 50 townships each, 20 villages each.
        StringBuilder ndjson = new StringBuilder(DISTRICTS * 1_100 * 90);
        ndjson.append("{\"name\":\"").append(rootName).append("\",\"level\":\"CITY\",\"divisionCode\":\"90\"}\n");
        for (int d = 0; d < DISTRICTS; d++) {
            String dc = "9" + (100 + d);
            ndjson.append("{\"name\":\"区").append(d).append("\",\"level\":\"").append(d % 5 == 0 ? "COUNTY_CITY" : "DISTRICT")
                    .append("\",\"parentDivisionCode\":\"90\",\"divisionCode\":\"").append(dc).append("\"}\n");
            for (int t = 0; t < TOWNSHIPS_PER_DISTRICT; t++) {
                String tc = dc + (100 + t);
                boolean urban = t % 2 == 0;
                ndjson.append("{\"name\":\"").append(urban ? "街道" : "镇").append(t).append("\",\"level\":\"")
                        .append(urban ? "SUBDISTRICT" : "TOWNSHIP").append("\",\"parentDivisionCode\":\"").append(dc)
                        .append("\",\"divisionCode\":\"").append(tc).append("\"}\n");
                for (int v = 0; v < VILLAGES_PER_TOWNSHIP; v++) {
                    ndjson.append("{\"name\":\"").append(urban ? "社区" : "村").append(v).append("\",\"level\":\"")
                            .append(urban ? "COMMUNITY" : "VILLAGE").append("\",\"parentDivisionCode\":\"").append(tc)
                            .append("\"}\n");
                }
            }
        }
        int rows = 1 + DISTRICTS * (1 + TOWNSHIPS_PER_DISTRICT * (1 + VILLAGES_PER_TOWNSHIP));
        byte[] body = ndjson.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ndjson = null;
        long t0 = System.nanoTime();
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(base + "/import"))
                .header("Authorization", token).header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(200, imported.statusCode(), imported.body());
        double bulkRate = rows / importSeconds;
        body = null;
        analyze();

        String rootId = idOf(base + "?q=" + java.net.URLEncoder.encode(rootName, "UTF-8") + "&level=CITY");
        String districtId = idOf(base + "?divisionCode=9" + (100 + DISTRICTS / 2));
        String townshipId = idOf(base + "?divisionCode=9" + (100 + DISTRICTS / 3) + "101");

        // 2. The same kind of rows one POST at a time, on a sample, after a warm-up so the
        //    baseline is not flattered by a cold JIT.
        postOneByOne(base, townshipId, "预热村", ONE_BY_ONE_SAMPLE / 2);
        t0 = System.nanoTime();
        postOneByOne(base, townshipId, "单建村", ONE_BY_ONE_SAMPLE);
        double oneByOneRate = ONE_BY_ONE_SAMPLE / ((System.nanoTime() - t0) / 1e9);

        // 3. API latency of subtree queries.
        double statsSmall = medianMillis(base + "/" + districtId + "/stats");
        double listSmall = medianMillis(base + "?ancestorId=" + districtId + "&size=50");
        double statsWhole = medianMillis(base + "/" + rootId + "/stats", 20);
        double listWhole = medianMillis(base + "?ancestorId=" + rootId + "&size=50", 20);

        // 4. The same subtree aggregate as ltree containment and as a recursive CTE, in SQL.
        String districtPath = pathOf(districtId);
        String rootPath = pathOf(rootId);
        double ltreeSmall = sqlMedian(LTREE_STATS, districtPath, LATENCY_SAMPLES);
        double cteSmall = sqlMedian(CTE_STATS, UUID.fromString(districtId), LATENCY_SAMPLES);
        double ltreeWhole = sqlMedian(LTREE_STATS, rootPath, 15);
        double cteWhole = sqlMedian(CTE_STATS, UUID.fromString(rootId), 15);

        long subtreeSize = count(districtPath);
        System.out.printf("""

                ==== org-structure benchmark (%,d units, depth 4; one JVM hosts client and service) ====
                bulk import (NDJSON -> COPY)  : %,.0f rows/s  (%,d rows in %.1f s)
                one-by-one POST (sample %,d)  : %,.0f rows/s
                bulk / one-by-one             : %.1fx   (target >= 20x)
                stats, %,d-unit subtree        : median %.2f ms over HTTP  (target <= 5 ms)
                list by ancestor, same subtree: median %.2f ms over HTTP
                stats, whole tree             : median %.1f ms over HTTP  (target <= 300 ms)
                list by ancestor, whole tree  : median %.1f ms over HTTP
                SQL subtree aggregate, %,d units: ltree %.2f ms, recursive CTE %.2f ms -> ltree %.1fx faster
                SQL subtree aggregate, whole tree: ltree %.1f ms, recursive CTE %.1f ms -> ltree %.1fx faster (target >= 4x)
                ===========================================================================
                """, rows, bulkRate, rows, importSeconds, ONE_BY_ONE_SAMPLE, oneByOneRate, bulkRate / oneByOneRate,
                subtreeSize, statsSmall, listSmall, statsWhole, listWhole,
                subtreeSize, ltreeSmall, cteSmall, cteSmall / ltreeSmall, ltreeWhole, cteWhole, cteWhole / ltreeWhole);
    }

    private static final String LTREE_STATS = """
            select level, count(*) from org_unit where path <@ cast(? as ltree) and status = 'ACTIVE' group by level""";
    private static final String CTE_STATS = """
            with recursive sub as (
                select id, level, status from org_unit where id = ?
                union all
                select c.id, c.level, c.status from org_unit c join sub on c.parent_id = sub.id)
            select level, count(*) from sub where status = 'ACTIVE' group by level""";

    private void postOneByOne(String base, String parentId, String prefix, int count) throws Exception {
        for (int i = 0; i < count; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base))
                    .header("Authorization", token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + prefix + i
                            + "\",\"level\":\"VILLAGE\",\"parentId\":\"" + parentId + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode(), r.body());
        }
    }

    private String idOf(String url) throws Exception {
        HttpResponse<String> r = get(url);
        assertEquals(200, r.statusCode(), r.body());
        return io.restassured.path.json.JsonPath.from(r.body()).getString("items[0].id");
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private double medianMillis(String url) throws Exception {
        return medianMillis(url, LATENCY_SAMPLES);
    }

    private double medianMillis(String url, int samples) throws Exception {
        for (int i = 0; i < 5; i++) {
            get(url);
        }
        double[] ms = new double[samples];
        for (int i = 0; i < samples; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = get(url);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            assertEquals(200, r.statusCode(), r.body());
        }
        return median(ms);
    }

    private double sqlMedian(String sql, Object parameter, int samples) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < samples + 3; i++) {
                long t0 = System.nanoTime();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(2);
                    }
                }
                if (i >= 3) {
                    ms.add((System.nanoTime() - t0) / 1e6);
                }
            }
            return median(ms.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    private String pathOf(String id) throws Exception {
        return io.restassured.path.json.JsonPath.from(get("http://localhost:" + RestAssured.port
                + "/api/v1/org-units/" + id).body()).getString("path");
    }

    private long count(String path) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from org_unit where path <@ cast(? as ltree)")) {
            s.setString(1, path);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void analyze() throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("analyze org_unit")) {
            s.execute();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
