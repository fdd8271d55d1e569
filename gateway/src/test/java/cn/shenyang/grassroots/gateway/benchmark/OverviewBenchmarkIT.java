package cn.shenyang.grassroots.gateway.benchmark;

import static cn.shenyang.grassroots.gateway.benchmark.HotPathBenchmarkIT.createCadres;
import static cn.shenyang.grassroots.gateway.benchmark.HotPathBenchmarkIT.get;
import static cn.shenyang.grassroots.gateway.benchmark.HotPathBenchmarkIT.importTree;
import static cn.shenyang.grassroots.gateway.benchmark.HotPathBenchmarkIT.merge;
import static cn.shenyang.grassroots.gateway.benchmark.HotPathBenchmarkIT.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.gateway.support.Databases;
import cn.shenyang.grassroots.gateway.support.JarProcess;
import cn.shenyang.grassroots.platform.testing.ClosedLoop;
import cn.shenyang.grassroots.platform.testing.ClosedLoop.Result;
import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Is the overview as slow as its slowest part, not the sum of its parts? Four real services and the
 * gateway as production jars, a 4,211-unit tree and 400 reserve cadres loaded through the API. One
 * request at a time (so the figure is latency, not a 2-core machine's throughput): the median of
 * each of the overview's 4 downstream calls (one per service) sent straight to its service, the median
 * of all 4 sent together straight to the services (what the machine allows without the gateway), then the median of
 * the overview through the gateway. Prints view ÷ slowest part (target ≤ 1.5). Run with
 * {@code ./mvnw -B verify -pl volunteer-service,rural-industry-service,gateway -am -Pbenchmark -DskipTests -Dit.test=OverviewBenchmarkIT}.
 */
class OverviewBenchmarkIT {
    static final Duration WARMUP = Duration.ofSeconds(Long.getLong("bench.warmup", 30));
    static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 5));
    static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    static final double TARGET = 1.5;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    record Part(String service, String path) {}

    @Test
    void theOverviewTakesAboutAsLongAsItsSlowestPart() throws Exception {
        var pg = EmbeddedPostgresResource.shared();
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String s : List.of("org-structure", "volunteer", "cadre-pipeline", "rural-industry", "gateway")) {
            ports.put(s, JarProcess.freePort());
        }
        String gw = "http://127.0.0.1:" + ports.get("gateway");
        Path dataDir = Files.createTempDirectory("overview-bench");
        Duration startup = Duration.ofSeconds(150);
        Map<String, String> env = Map.of("DB_USER", "postgres", "DB_PASSWORD", "postgres",
                "SUITE_ADMIN_PASSWORD", "bench-admin-password", "SUITE_INTERNAL_CLIENT_SECRET", "bench-internal-secret");
        Map<String, String> replica = merge(env, Map.of("GRASSROOTS_ORG_REPLICA_ENABLED", "true",
                "GRASSROOTS_ORG_REPLICA_URL", "http://127.0.0.1:" + ports.get("org-structure"),
                "GRASSROOTS_ORG_REPLICA_TOKEN_URL", gw + "/api/v1/auth/token",
                "GRASSROOTS_ORG_REPLICA_CLIENT_ID", "suite-internal",
                "GRASSROOTS_ORG_REPLICA_CLIENT_SECRET", "bench-internal-secret",
                "GRASSROOTS_ORG_REPLICA_POLL_INTERVAL", "1s"));
        try (JarProcess org = service("org-structure", ports, gw, env, startup);
                JarProcess gateway = JarProcess.start(Path.of("target/quarkus-app/quarkus-run.jar"), ports.get("gateway"),
                        Map.of("quarkus.datasource.jdbc.url", pg.getJdbcUrl("postgres", Databases.fresh("gateway_ov")),
                                "grassroots.rate-limit.roles.ADMIN", "1000000000"),
                        merge(env, Map.of("ORG_STRUCTURE_URL", org.url,
                                "VOLUNTEER_URL", "http://127.0.0.1:" + ports.get("volunteer"),
                                "CADRE_PIPELINE_URL", "http://127.0.0.1:" + ports.get("cadre-pipeline"),
                                "RURAL_INDUSTRY_URL", "http://127.0.0.1:" + ports.get("rural-industry"),
                                "GRASSROOTS_DATA_DIR", dataDir.toString())),
                        Path.of("target", "ov-gateway.log"), startup);
                JarProcess volunteer = service("volunteer", ports, gw, replica, startup);
                JarProcess cadre = service("cadre-pipeline", ports, gw, replica, startup);
                JarProcess rural = service("rural-industry", ports, gw, replica, startup)) {

            String token = token(gateway.url);
            String county = importTree(gateway.url, token);
            List<String> villages = JsonPath.from(get(org.url + "/api/v1/org-units?ancestorId=" + county
                    + "&level=VILLAGE&size=200", token)).getList("items.id");
            createCadres(cadre.url, token, villages, 400);
            int year = LocalDate.now().getYear();
            String y = "orgUnitId=" + county + "&year=" + year;
            List<Part> parts = List.of(
                    new Part("org-structure", "/api/v1/governance-overview?" + y),
                    new Part("volunteer", "/api/v1/volunteer-stats?" + y),
                    new Part("cadre-pipeline", "/api/v1/reserve-cadre-overview?" + y),
                    new Part("rural-industry", "/api/v1/rural-industry-overview?" + y));
            String view = "/api/v1/overview?" + y;
            awaitReplicas(parts, ports, token);
            // statistics for the loaded rows now, rather than when autovacuum happens to run during a round
            for (String s : List.of("org-structure", "volunteer", "cadre-pipeline", "rural-industry")) {
                Databases.analyze(database(s));
            }
            String answer = get(gw + view, token);
            assertEquals(List.of(), JsonPath.from(answer).getList("missing"), "every part answers: " + answer);

            Vertx vertx = Vertx.vertx();
            try {
                // the view first: it also warms every part's endpoint, which a quarter of the time alone would not
                ClosedLoop.run(vertx, ports.get("gateway"), view, token, 1, WARMUP);
                for (Part p : parts) {
                    ClosedLoop.run(vertx, ports.get(p.service()), p.path(), token, 1, WARMUP.dividedBy(4));
                }
                StringBuilder report = new StringBuilder(String.format(
                        "%nOverview vs its parts, one request at a time, %d s per run, %d rounds; load average before: %s%n",
                        MEASURE.toSeconds(), ROUNDS, ClosedLoop.loadAverage()));
                List<Double> ratios = new ArrayList<>();
                for (int round = 1; round <= ROUNDS; round++) {
                    double slowest = 0;
                    double sum = 0;
                    String slowestName = "";
                    for (Part p : parts) {
                        Result r = ClosedLoop.run(vertx, ports.get(p.service()), p.path(), token, 1, MEASURE.dividedBy(4));
                        assertEquals(0, r.errors(), p.path());
                        report.append(String.format("%d %-15s %-70s median %7.2f ms%n", round, p.service(), p.path(), r.medianMs()));
                        sum += r.medianMs();
                        if (r.medianMs() > slowest) {
                            slowest = r.medianMs();
                            slowestName = p.path();
                        }
                    }
                    double together = together(parts, ports, token, MEASURE);
                    Result v = ClosedLoop.run(vertx, ports.get("gateway"), view, token, 1, MEASURE);
                    assertEquals(0, v.errors(), view);
                    double ratio = v.medianMs() / slowest;
                    ratios.add(ratio);
                    report.append(String.format("%d VIEW %s median %.2f ms; slowest part %.2f ms (%s); sum of parts %.2f ms; "
                            + "all parts sent together straight to the services, no gateway: median %.2f ms; ratio %.2f%n",
                            round, view, v.medianMs(), slowest, slowestName, sum, together, ratio));
                }
                double median = ratios.stream().sorted().toList().get(ratios.size() / 2);
                report.append(String.format("RATIO overview median / slowest part's median = %.2f (median of rounds %s; "
                        + "target <= %.1f); load average after: %s%n", median, ratios.stream()
                        .map(r -> String.format("%.2f", r)).toList(), TARGET, ClosedLoop.loadAverage()));
                System.out.println(report);
                Files.writeString(Path.of("target", "overview-benchmark-result.txt"), report.toString());
            } finally {
                vertx.close().toCompletionStage().toCompletableFuture().join();
            }
        }
    }

    private static JarProcess service(String name, Map<String, Integer> ports, String gw, Map<String, String> env,
            Duration startup) {
        var pg = EmbeddedPostgresResource.shared();
        return JarProcess.start(Path.of("../" + name + "-service/target/quarkus-app/quarkus-run.jar"), ports.get(name),
                Map.of("quarkus.datasource.jdbc.url", pg.getJdbcUrl("postgres", Databases.fresh(database(name))),
                        "grassroots.gateway-url", gw),
                env, Path.of("target", "ov-" + name + ".log"), startup);
    }

    private static String database(String service) {
        return service.replace('-', '_') + "_ov";
    }

    /**
     * The floor the machine sets: every part sent at once straight to its service, as the view does but
     * without the gateway; the median time until the last answer.
     */
    private static double together(List<Part> parts, Map<String, Integer> ports, String token, Duration duration) {
        List<Double> millis = new ArrayList<>();
        Instant end = Instant.now().plus(duration);
        while (Instant.now().isBefore(end)) {
            long started = System.nanoTime();
            java.util.concurrent.CompletableFuture.allOf(parts.stream().map(p -> HTTP.sendAsync(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + ports.get(p.service()) + p.path()))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString())
                    .thenAccept(r -> assertEquals(200, r.statusCode(), p.path())))
                    .toArray(java.util.concurrent.CompletableFuture[]::new)).join();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        return millis.stream().sorted().toList().get(millis.size() / 2);
    }

    /** Each service's replica has the tree once it answers the county's figures. */
    private static void awaitReplicas(List<Part> parts, Map<String, Integer> ports, String token) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        for (Part p : parts) {
            while (true) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(p.service())
                        + p.path())).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    break;
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError(p.path() + " answers " + r.statusCode() + ": " + r.body());
                }
                Thread.sleep(500); // the service's replica has not caught up yet
            }
        }
    }
}
