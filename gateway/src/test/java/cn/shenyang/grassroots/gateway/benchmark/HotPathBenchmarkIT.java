package cn.shenyang.grassroots.gateway.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.gateway.support.Databases;
import cn.shenyang.grassroots.gateway.support.JarProcess;
import cn.shenyang.grassroots.platform.privacy.IdNumbers;
import cn.shenyang.grassroots.platform.testing.ClosedLoop.Result;
import cn.shenyang.grassroots.platform.testing.ClosedLoop;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The hot read paths of org-structure-service and cadre-pipeline-service against the cheapest
 * request their own process answers ({@code GET /q/health/live}), in one run: each figure is a
 * ratio to the health check measured in the same seconds (alternating one-second slices), so a busy
 * machine lowers both alike.
 * Production jars in their own JVMs, tokens issued by a real gateway and verified by each service
 * against its JWKS, a 4,211-unit org tree and 400 reserve cadres loaded through the API. Run with
 * {@code ./mvnw -B verify -pl gateway -Pbenchmark -DskipTests -Dit.test=HotPathBenchmarkIT}.
 */
class HotPathBenchmarkIT {
    static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 16);
    static final Duration WARMUP = Duration.ofSeconds(Long.getLong("bench.warmup", 20));
    static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 8));
    static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** One kind of request, its target ratio to the health check (0 = report only). */
    record Kind(String service, String name, String path, double target) {}

    @Test
    void hotPathsComparedToTheHealthCheck() throws Exception {
        var pg = EmbeddedPostgresResource.shared();
        int orgPort = JarProcess.freePort();
        int gwPort = JarProcess.freePort();
        int cadrePort = JarProcess.freePort();
        Path dataDir = Files.createTempDirectory("hot-path-bench");
        Duration startup = Duration.ofSeconds(120);
        Map<String, String> db = Map.of("DB_USER", "postgres", "DB_PASSWORD", "postgres",
                "SUITE_ADMIN_PASSWORD", "bench-admin-password", "SUITE_INTERNAL_CLIENT_SECRET", "bench-internal-secret");
        try (JarProcess org = JarProcess.start(Path.of("../org-structure-service/target/quarkus-app/quarkus-run.jar"),
                        orgPort, Map.of("quarkus.datasource.jdbc.url", pg.getJdbcUrl("postgres", Databases.fresh("org_hot")),
                                "grassroots.gateway-url", "http://127.0.0.1:" + gwPort),
                        db, Path.of("target", "hot-org-structure.log"), startup);
                JarProcess gateway = JarProcess.start(Path.of("target/quarkus-app/quarkus-run.jar"), gwPort,
                        Map.of("quarkus.datasource.jdbc.url", pg.getJdbcUrl("postgres", Databases.fresh("gateway_hot")),
                                "grassroots.rate-limit.roles.ADMIN", "1000000000"),
                        merge(db, Map.of("ORG_STRUCTURE_URL", "http://127.0.0.1:" + orgPort,
                                "CADRE_PIPELINE_URL", "http://127.0.0.1:" + cadrePort,
                                "GRASSROOTS_DATA_DIR", dataDir.toString())),
                        Path.of("target", "hot-gateway.log"), startup);
                JarProcess cadre = JarProcess.start(Path.of("../cadre-pipeline-service/target/quarkus-app/quarkus-run.jar"),
                        cadrePort, Map.of("quarkus.datasource.jdbc.url", pg.getJdbcUrl("postgres", Databases.fresh("cadre_hot")),
                                "grassroots.gateway-url", "http://127.0.0.1:" + gwPort),
                        merge(db, Map.of("GRASSROOTS_ORG_REPLICA_ENABLED", "true",
                                "GRASSROOTS_ORG_REPLICA_URL", "http://127.0.0.1:" + orgPort,
                                "GRASSROOTS_ORG_REPLICA_TOKEN_URL", "http://127.0.0.1:" + gwPort + "/api/v1/auth/token",
                                "GRASSROOTS_ORG_REPLICA_CLIENT_ID", "suite-internal",
                                "GRASSROOTS_ORG_REPLICA_CLIENT_SECRET", "bench-internal-secret",
                                "GRASSROOTS_ORG_REPLICA_POLL_INTERVAL", "1s")),
                        Path.of("target", "hot-cadre-pipeline.log"), startup)) {

            String token = token(gateway.url);
            String county = importTree(gateway.url, token);
            List<String> villages = JsonPath.from(get(org.url + "/api/v1/org-units?ancestorId=" + county
                    + "&level=VILLAGE&size=200", token)).getList("items.id");
            String village = villages.get(0);
            String cadreId = createCadres(cadre.url, token, villages, 400);
            int year = java.time.LocalDate.now().getYear();

            List<Kind> kinds = List.of(
                    new Kind("org-structure", "GET /api/v1/org-units/{id}", "/api/v1/org-units/" + village, 0.25),
                    new Kind("org-structure", "GET /api/v1/org-units?ancestorId=&size=50",
                            "/api/v1/org-units?ancestorId=" + county + "&size=50", 0.08),
                    new Kind("org-structure", "GET /api/v1/org-units/{id}/stats", "/api/v1/org-units/" + county + "/stats", 0),
                    new Kind("org-structure", "GET /api/v1/org-unit-dictionaries", "/api/v1/org-unit-dictionaries", 0),
                    new Kind("cadre-pipeline", "GET /api/v1/reserve-cadres/{id}", "/api/v1/reserve-cadres/" + cadreId, 0.25),
                    new Kind("cadre-pipeline", "GET /api/v1/reserve-cadre-stats", "/api/v1/reserve-cadre-stats?orgUnitId="
                            + county + "&year=" + year, 0));
            Map<String, Integer> ports = Map.of("org-structure", orgPort, "cadre-pipeline", cadrePort);
            Vertx vertx = Vertx.vertx();
            try {
                // the health check is warmed up too: a cold one would flatter the first ratios
                ClosedLoop.run(vertx, orgPort, "/q/health/live", null, CONCURRENCY, WARMUP);
                ClosedLoop.run(vertx, cadrePort, "/q/health/live", null, CONCURRENCY, WARMUP);
                for (Kind k : kinds) {
                    assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports.get(k.service())
                            + k.path())).header("Authorization", "Bearer " + token).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode(), k.name());
                    ClosedLoop.run(vertx, ports.get(k.service()), k.path(), token, CONCURRENCY, WARMUP);
                }
                StringBuilder report = new StringBuilder(String.format(
                        "%nHot paths, %d connections, %d s per run, %d rounds; load average before: %s%n",
                        CONCURRENCY, MEASURE.toSeconds(), ROUNDS, ClosedLoop.loadAverage()));
                report.append(String.format("%-5s %-15s %-44s %9s %9s %8s %7s %7s%n", "round", "service", "request",
                        "req/s", "health/s", "ratio", "target", "errors"));
                for (int round = 1; round <= ROUNDS; round++) {
                    for (Kind k : kinds) {
                        int port = ports.get(k.service());
                        Result[] both = interleaved(vertx, port, k.path(), token);
                        Result health = both[0];
                        Result r = both[1];
                        double ratio = r.perSecond() / health.perSecond();
                        report.append(String.format("%-5d %-15s %-44s %9.0f %9.0f %8.3f %7s %7d%n", round, k.service(),
                                k.name(), r.perSecond(), health.perSecond(), ratio, k.target() > 0 ? ">= " + k.target() : "", r.errors()));
                        assertEquals(0, r.errors() + health.errors(), "every request must succeed");
                    }
                }
                report.append("load average after: ").append(ClosedLoop.loadAverage()).append('\n');
                System.out.println(report);
                Files.writeString(Path.of("target", "hot-path-result.txt"), report.toString());
            } finally {
                vertx.close().toCompletionStage().toCompletableFuture().join();
            }
        }
    }

    /**
     * The health check and the request in alternating slices of a second, {@link #MEASURE} of each in
     * all: the machine is shared, and its speed drifts within seconds, so a ratio is only fair when
     * both sides are measured in the same stretch of time. Answers the health check's totals, then the request's.
     */
    static Result[] interleaved(Vertx vertx, int port, String path, String token) {
        long slices = Math.max(1, MEASURE.toSeconds());
        Duration slice = MEASURE.dividedBy(slices);
        long[] ok = new long[2];
        long[] errors = new long[2];
        double[] seconds = new double[2];
        for (long i = 0; i < slices; i++) {
            Result[] pair = {ClosedLoop.run(vertx, port, "/q/health/live", null, CONCURRENCY, slice),
                ClosedLoop.run(vertx, port, path, token, CONCURRENCY, slice)};
            for (int j = 0; j < 2; j++) {
                ok[j] += pair[j].ok();
                errors[j] += pair[j].errors();
                seconds[j] += pair[j].seconds();
            }
        }
        return new Result[] {new Result(ok[0], errors[0], seconds[0], 0, 0), new Result(ok[1], errors[1], seconds[1], 0, 0)};
    }

    /** 1 city, 10 county-level cities, 200 townships, 4,000 villages, loaded in one bulk import; answers the first county's id. */
    static String importTree(String gateway, String token) throws Exception {
        StringBuilder ndjson = new StringBuilder("{\"name\":\"基准市\",\"level\":\"CITY\",\"divisionCode\":\"9901\"}\n");
        for (int c = 1; c <= 10; c++) {
            String cc = String.format("9901%02d", c);
            ndjson.append(String.format("{\"name\":\"基准县%d\",\"level\":\"COUNTY_CITY\",\"divisionCode\":\"%s\",\"parentDivisionCode\":\"9901\"}%n", c, cc));
            for (int t = 1; t <= 20; t++) {
                String tc = cc + String.format("%03d", t);
                ndjson.append(String.format("{\"name\":\"基准乡%d-%d\",\"level\":\"TOWNSHIP\",\"divisionCode\":\"%s\",\"parentDivisionCode\":\"%s\"}%n", c, t, tc, cc));
                for (int v = 1; v <= 20; v++) {
                    ndjson.append(String.format("{\"name\":\"基准村%d-%d-%d\",\"level\":\"VILLAGE\",\"divisionCode\":\"%s%03d\",\"parentDivisionCode\":\"%s\"}%n", c, t, v, tc, v, tc));
                }
            }
        }
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/org-units/import"))
                .header("Content-Type", "application/x-ndjson").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JsonPath.from(get(gateway + "/api/v1/org-units?divisionCode=990101", token)).getString("items[0].id");
    }

    /** Reserve cadres spread over the villages, once the cadre service's replica has them; answers one id. */
    static String createCadres(String cadre, String token, List<String> villages, int count) throws Exception {
        String first = null;
        Instant deadline = Instant.now().plusSeconds(90);
        for (int i = 0; i < count; i++) {
            java.time.LocalDate born = java.time.LocalDate.of(1990, 1, 1).plusDays(i);
            String first17 = "210115" + born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE) + "123";
            String body = String.format("{\"name\":\"候选人%d\",\"gender\":\"FEMALE\",\"birthDate\":\"" + born + "\","
                    + "\"idNumber\":\"%s%c\",\"education\":\"BACHELOR\",\"partyStatus\":\"NONE\",\"villageId\":\"%s\","
                    + "\"source\":\"COLLEGE_GRADUATE_OFFICIAL\",\"channel\":\"MASS\",\"reason\":\"基准\"}",
                    i, first17, IdNumbers.checkCharacter(first17), villages.get(i % villages.size()));
            HttpResponse<String> r;
            do {
                r = HTTP.send(HttpRequest.newBuilder(URI.create(cadre + "/api/v1/reserve-cadres"))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 400 && r.body().contains("villageId") && Instant.now().isBefore(deadline)) {
                    Thread.sleep(500); // the replica has not seen the villages yet
                } else {
                    break;
                }
            } while (true);
            assertEquals(201, r.statusCode(), r.body());
            if (first == null) {
                first = JsonPath.from(r.body()).getString("id");
            }
        }
        return first;
    }

    static String token(String gateway) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/auth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=admin&password=bench-admin-password"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JsonPath.from(r.body()).getString("access_token");
    }

    static String get(String url, String token) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> m = new LinkedHashMap<>(a);
        m.putAll(b);
        return m;
    }
}
