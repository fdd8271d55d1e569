package cn.shenyang.grassroots.gateway.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.gateway.support.Databases;
import cn.shenyang.grassroots.gateway.support.JarProcess;
import cn.shenyang.grassroots.platform.testing.ClosedLoop.Result;
import cn.shenyang.grassroots.platform.testing.ClosedLoop;
import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The gateway's overhead, in one run on one machine: {@code GET /api/v1/org-units/{id}} straight
 * to org-structure-service and through the gateway, with the same closed-loop load generator
 * (Vert.x HTTP client, fixed concurrency, keep-alive), alternating so both see the same conditions.
 * Both services run as production jars in their own JVMs; the gateway issues the token and the
 * service verifies it with the gateway's JWKS, exactly as deployed. Run with
 * {@code ./mvnw -B verify -pl gateway -Pbenchmark} (see BENCHMARK.md); never part of a normal build.
 */
class GatewayOverheadBenchmarkIT {
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 32);
    static final Duration WARMUP = Duration.ofSeconds(Long.getLong("bench.warmup", 15));
    static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 8));
    static final int ROUNDS = Integer.getInteger("bench.rounds", 4);

    @Test
    void gatewayThroughputComparedToDirect() throws Exception {
        var pg = EmbeddedPostgresResource.shared();
        String orgDb = Databases.fresh("org_structure_bench");
        String gwDb = Databases.fresh("gateway_bench");
        int orgPort = JarProcess.freePort();
        int gwPort = JarProcess.freePort();
        Path dataDir = Files.createTempDirectory("gateway-bench-data");
        Duration startup = Duration.ofSeconds(120);

        try (JarProcess org = JarProcess.start(Path.of("../org-structure-service/target/quarkus-app/quarkus-run.jar"),
                        orgPort, Map.of(
                                "quarkus.datasource.jdbc.url", pg.getJdbcUrl("postgres", orgDb),
                                "grassroots.gateway-url", "http://127.0.0.1:" + gwPort),
                        Map.of("DB_USER", "postgres", "DB_PASSWORD", "postgres"),
                        Path.of("target", "bench-org-structure.log"), startup);
                JarProcess gateway = JarProcess.start(Path.of("target/quarkus-app/quarkus-run.jar"), gwPort, Map.of(
                                "quarkus.datasource.jdbc.url", pg.getJdbcUrl("postgres", gwDb),
                                // the limiter stays in the path, with room for the load
                                "grassroots.rate-limit.roles.ADMIN", "1000000000"),
                        Map.of("DB_USER", "postgres", "DB_PASSWORD", "postgres",
                                "ORG_STRUCTURE_URL", "http://127.0.0.1:" + orgPort,
                                "SUITE_ADMIN_PASSWORD", "bench-admin-password",
                                "SUITE_INTERNAL_CLIENT_SECRET", "bench-internal-client-secret",
                                "GRASSROOTS_DATA_DIR", dataDir.toString()),
                        Path.of("target", "bench-gateway.log"), startup)) {

            assertTrue(Files.exists(dataDir.resolve("keys/signing-key.pem")), "the embedded default generates its key");
            String token = token(gateway.url);
            String id = createUnit(gateway.url, token);
            String path = "/api/v1/org-units/" + id;

            Vertx vertx = Vertx.vertx();
            try {
                // both paths answer the same thing before anything is measured
                assertEquals(200, status(org.url + path, token));
                assertEquals(200, status(gateway.url + path, token));
                ClosedLoop.run(vertx, orgPort, path, token, CONCURRENCY, WARMUP);
                ClosedLoop.run(vertx, gwPort, path, token, CONCURRENCY, WARMUP);
                long directRequests = 0, gatewayRequests = 0;
                double directSeconds = 0, gatewaySeconds = 0;
                double[] directMedians = new double[ROUNDS], gatewayMedians = new double[ROUNDS];
                double[] ratios = new double[ROUNDS];
                StringBuilder report = new StringBuilder();
                report.append(String.format("%nGET /api/v1/org-units/{id}, %d concurrent connections, %d s per run%n",
                        CONCURRENCY, MEASURE.toSeconds()));
                report.append(String.format("load average before: %s%n", ClosedLoop.loadAverage()));
                report.append(String.format("%-8s %-8s %10s %10s %10s %8s%n", "round", "target", "req/s", "median ms",
                        "p99 ms", "errors"));
                for (int round = 1; round <= ROUNDS; round++) {
                    Result direct = ClosedLoop.run(vertx, orgPort, path, token, CONCURRENCY, MEASURE);
                    Result through = ClosedLoop.run(vertx, gwPort, path, token, CONCURRENCY, MEASURE);
                    report.append(line(round, "direct", direct)).append(line(round, "gateway", through));
                    directRequests += direct.ok();
                    directSeconds += direct.seconds();
                    gatewayRequests += through.ok();
                    gatewaySeconds += through.seconds();
                    ratios[round - 1] = through.perSecond() / direct.perSecond();
                    directMedians[round - 1] = direct.medianMs();
                    gatewayMedians[round - 1] = through.medianMs();
                    assertEquals(0, direct.errors() + through.errors(), "every request must succeed");
                }
                double directRps = directRequests / directSeconds;
                double gatewayRps = gatewayRequests / gatewaySeconds;
                double directMedian = Arrays.stream(directMedians).average().orElse(0);
                double gatewayMedian = Arrays.stream(gatewayMedians).average().orElse(0);
                report.append(String.format("direct:  %.0f req/s, median %.2f ms%n", directRps, directMedian));
                report.append(String.format("gateway: %.0f req/s, median %.2f ms%n", gatewayRps, gatewayMedian));
                double[] sortedRatios = ratios.clone();
                Arrays.sort(sortedRatios);
                double medianRatio = ROUNDS % 2 == 1 ? sortedRatios[ROUNDS / 2]
                        : (sortedRatios[ROUNDS / 2 - 1] + sortedRatios[ROUNDS / 2]) / 2;
                report.append(String.format("per-round ratios: %s%n", Arrays.toString(Arrays.stream(ratios)
                        .map(r -> Math.round(r * 100) / 100.0).toArray())));
                report.append(String.format("RATIO gateway/direct throughput = %.2f over all rounds, %.2f median of "
                        + "rounds (target >= 0.60); median latency %+.2f ms%n", gatewayRps / directRps, medianRatio,
                        gatewayMedian - directMedian));
                System.out.println(report);
                Files.writeString(Path.of("target", "benchmark-result.txt"), report.toString());
            } finally {
                vertx.close().toCompletionStage().toCompletableFuture().join();
            }
        }
    }

    private static String line(int round, String target, Result r) {
        return String.format("%-8d %-8s %10.0f %10.2f %10.2f %8d%n", round, target, r.perSecond(), r.medianMs(), r.p99Ms(),
                r.errors());
    }

    private static String token(String gateway) throws Exception {
        HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(gateway + "/api/v1/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&username=admin&password=bench-admin-password")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JsonPath.from(r.body()).getString("access_token");
    }

    private static String createUnit(String gateway, String token) throws Exception {
        HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(gateway + "/api/v1/org-units"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"沈阳市\",\"level\":\"CITY\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), r.body());
        return JsonPath.from(r.body()).getString("id");
    }

    private static int status(String url, String token) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
