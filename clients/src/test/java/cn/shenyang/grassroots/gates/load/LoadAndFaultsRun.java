package cn.shenyang.grassroots.gates.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.gates.load.Mix.Kind;
import cn.shenyang.grassroots.gates.load.Mix.Result;
import cn.shenyang.grassroots.gates.load.Mix.Tally;
import cn.shenyang.grassroots.gates.support.Http;
import cn.shenyang.grassroots.gates.support.RunningSuite;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The suite under load and under faults, on this machine, in one run (not part of {@code verify}):
 * <ol>
 * <li>{@code ./suite} as a newcomer starts it (the launcher, embedded PostgreSQL with fsync on, the
 * demo jurisdiction), with the services as ./suite runs them, plus bulk-generated volume
 * through the import endpoints: 1,000,000 service records and 100,000 whistles;</li>
 * <li>the ceiling: a plain gateway endpoint (the JWKS) at the same concurrency;</li>
 * <li>load: a mix of reads (lists, profiles, overviews, statistics) and writes (whistles raised,
 * service hours recorded, reserve cadres recommended) through the gateway, 32 connections for
 * 60 s after a warm-up, with every process's memory sampled each second;</li>
 * <li>faults, beside a lighter load of the same mix: a service killed with SIGKILL (the launcher
 * starts it again), PostgreSQL restarted, org-structure stopped (SIGSTOP) for 60 s; then every
 * acknowledged write is read back, every service must be ready again without a hand, and the
 * replicas of the three other services must know the units created around the stop.</li>
 * </ol>
 * Run with {@code ./mvnw -B verify -pl clients -am -Dtest=LoadAndFaultsRun -Dsurefire.failIfNoSpecifiedTests=false};
 * sizes with {@code -Dload.connections -Dload.seconds -Dload.serviceRecords -Dload.whistles}, the services'
 * JVMs with {@code -Dload.javaOptions -Dload.serviceHeap}; {@code -Dload.only=costs} or {@code mix} stops early. The
 * report is printed and written to clients/target/load-and-faults.txt.
 */
class LoadAndFaultsRun {
    /**
     * By default the services run as {@code ./suite} ships them (C1 only): measured on this mix, the
     * optimising compiler served no more requests and took about 50 MB more per service (its code
     * and its compiler arenas).
     */
    static final String JAVA_OPTIONS = System.getProperty("load.javaOptions", "");
    static final String SERVICE_HEAP = System.getProperty("load.serviceHeap", "384m");
    static final int CONNECTIONS = Integer.getInteger("load.connections", 32);
    static final Duration WARMUP = Duration.ofSeconds(Long.getLong("load.warmup", 30));
    static final Duration MEASURE = Duration.ofSeconds(Long.getLong("load.seconds", 60));
    static final int FAULT_CONNECTIONS = Integer.getInteger("load.faultConnections", 8);
    static final int SERVICE_RECORDS = Integer.getInteger("load.serviceRecords", 1_000_000);
    static final int WHISTLES = Integer.getInteger("load.whistles", 100_000);
    /**
     * {@code -Dload.only=costs}: stop after each kind's cost alone; {@code -Dload.only=mix}: after the
     * mix and its memory, without the faults (quicker loops while tuning).
     */
    static final String ONLY = System.getProperty("load.only", "");
    static final Duration PAUSE = Duration.ofSeconds(Long.getLong("load.pauseSeconds", 60));
    /** The gateway's route timeouts: 5 s, and 60 s for the two services with long imports. */
    static final Duration BUDGET = Duration.ofSeconds(5);
    static final Duration LONG_BUDGET = Duration.ofSeconds(60);
    static final String PASSWORD = "load-admin-password";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final StringBuilder report = new StringBuilder();
    private RunningSuite suite;
    private String api;
    private volatile String token;
    private volatile Instant tokenAt = Instant.EPOCH;

    @Test
    void underLoadAndUnderFaults() throws Exception {
        Instant started = Instant.now();
        suite = RunningSuite.start(Path.of("target", "load-suite"), Map.of("SUITE_ADMIN_PASSWORD", PASSWORD,
                "SUITE_JAVA_OPTIONS", JAVA_OPTIONS, "SUITE_SERVICE_HEAP", SERVICE_HEAP));
        say("Services run with -Xmx%s %s", SERVICE_HEAP, JAVA_OPTIONS);
        api = suite.baseUrl() + "/api/v1";
        say("Suite ready (demo jurisdiction loaded) in %.0f s; load average %s", seconds(started), loadAverage());
        SuiteProcesses processes = new SuiteProcesses(suite.launcher(), suite.home().resolve("pgdata"));
        Thread sampler = processes.sampleEverySecond();
        try {
            Demo demo = Demo.read(this);
            volume(demo);
            Mix mix = new Mix(api, kinds(demo, 0));
            String wrong = mix.tryEach(token());
            assertEquals("", wrong, "every kind of the mix must work before the run");

            Mix ceiling = new Mix(api, List.of(Kind.read("GET /auth/jwks (ceiling)", 1, n -> "/auth/jwks", BUDGET)));
            ceiling.run(this::token, CONNECTIONS, Duration.ofSeconds(5), 0);
            mix.run(this::token, CONNECTIONS, WARMUP, 100_000);
            report.append(alone(mix, processes));
            if (ONLY.equals("costs")) {
                return;
            }
            Result top = ceiling.run(this::token, CONNECTIONS, Duration.ofSeconds(10), 0);
            report.append(Mix.table(String.format("Ceiling: a plain gateway endpoint, %d connections", CONNECTIONS), top));
            Result load = mix.run(this::token, CONNECTIONS, MEASURE, 200_000);
            report.append(Mix.table(String.format("Load: the mix through the gateway, %d connections", CONNECTIONS), load));
            say("Mix throughput %.0f req/s = %.3f x the ceiling (%.0f req/s); p99 of all %.1f ms (target <= 250); "
                    + "errors %d (target 0); load average %s",
                    (load.requests() - load.errors()) / load.seconds(),
                    (load.requests() - load.errors()) / load.seconds() / (top.requests() / top.seconds()),
                    top.requests() / top.seconds(), load.p99Ms(), load.errors(), loadAverage());
            processes.sample();
            report.append(processes.peaks());
            long loadPeak = processes.peakTotalMiB();
            if (ONLY.equals("mix")) {
                assertEquals(0, load.errors(), "no errors under load");
                return;
            }

            Mix faultMix = new Mix(api, kinds(demo, 1));
            Faults faults = new Faults(this, processes, demo);
            AtomicBoolean stop = new AtomicBoolean();
            java.util.concurrent.CompletableFuture<Result> during = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> faultMix.run(this::token, FAULT_CONNECTIONS, stop, 400_000));
            try {
                faults.run();
            } finally {
                stop.set(true);
            }
            Result faulted = during.join();
            report.append(Mix.table(String.format("Beside the faults: the same mix, %d connections", FAULT_CONNECTIONS),
                    faulted));
            report.append(faults.log());
            long lost = readBack(load) + readBack(faulted);
            say("Every service ready after the faults: %s", faults.allReady());
            report.append(String.format("%nAcknowledged writes: %d under load, %d beside the faults; lost: %d (target 0)%n",
                    acknowledged(load), acknowledged(faulted), lost));
            say("Whole run %.0f s; load average %s", seconds(started), loadAverage());

            assertEquals(0, load.errors(), "no errors under load");
            assertEquals(0, faulted.hung(), "beside the faults every answer comes within its route's budget");
            assertEquals(0, lost, "every acknowledged write is there");
            assertTrue(faults.allReady(), "every service recovers by itself");
            assertTrue(faults.replicasCaughtUp(), "the replicas catch up after org-structure's stop");
            assertTrue(loadPeak > 0, "memory was sampled");
        } finally {
            sampler.interrupt();
            String text = report.toString();
            System.out.println(text);
            Files.writeString(Path.of("target", "load-and-faults.txt"), text);
            suite.stop();
            processes.stopRestartedPostgres();
        }
    }

    /** The units, people and categories the mix refers to, read from the demo jurisdiction. */
    record Demo(String sujiatun, String liaozhong, String xinmin, List<String> communities, List<String> villages,
            List<String> liaozhongVillages, List<String> categories, List<String[]> volunteers, String township) {
        static Demo read(LoadAndFaultsRun run) {
            String sujiatun = run.unit("210111");
            String liaozhong = run.unit("210115");
            String xinmin = run.unit("210181");
            List<String> communities = run.ids("/org-units?ancestorId=" + sujiatun + "&level=COMMUNITY", 200);
            List<String> villages = run.ids("/org-units?ancestorId=" + xinmin + "&level=VILLAGE", 200);
            List<String> liaozhongVillages = run.ids("/org-units?ancestorId=" + liaozhong + "&level=VILLAGE", 200);
            List<String> categories = run.ids("/whistle-categories", 0);
            List<String[]> volunteers = new ArrayList<>();
            for (int page = 0; ; page++) {
                JsonNode p = run.get("/volunteers?orgUnitId=" + sujiatun + "&status=ACTIVE&size=200&page=" + page);
                p.path("items").forEach(v -> volunteers.add(new String[] {v.path("id").asText(),
                        v.path("homeCommunityId").asText()}));
                if (p.path("items").isEmpty() || volunteers.size() >= p.path("totalItems").asLong()) {
                    break;
                }
            }
            String township = run.ids("/org-units?ancestorId=" + xinmin + "&level=TOWN", 1).get(0);
            return new Demo(sujiatun, liaozhong, xinmin, communities, villages, liaozhongVillages, categories, volunteers,
                    township);
        }
    }

    /**
     * The mix, in shares of 20: 9 reads of lists, profiles, overviews and statistics, 8 writes. Phase
     * 0 (load) and 1 (faults) write service hours on days of their own, so no two records overlap.
     */
    List<Kind> kinds(Demo d, int phase) {
        int volunteers = d.volunteers().size();
        OffsetDateTime firstDay = OffsetDateTime.of(2021 + phase, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));
        return List.of(
                Kind.read("GET /org-units?ancestorId (50)", 2,
                        n -> "/org-units?ancestorId=" + d.sujiatun() + "&size=50&page=" + (n % 3), BUDGET),
                Kind.read("GET /whistles?orgUnitId", 1, n -> "/whistles?orgUnitId=" + d.sujiatun() + "&size=20", BUDGET),
                Kind.read("GET /service-records?volunteerId", 1,
                        n -> "/service-records?volunteerId=" + d.volunteers().get((int) (n % volunteers))[0], LONG_BUDGET),
                Kind.read("GET /profiles/{id}", 2, n -> "/profiles/" + (n % 2 == 0
                        ? d.communities().get((int) (n % d.communities().size()))
                        : d.villages().get((int) (n % d.villages().size()))), BUDGET),
                Kind.read("GET /overview (a jurisdiction, 2020)", 1, n -> "/overview?year=2020&orgUnitId="
                        + List.of(d.sujiatun(), d.liaozhong(), d.xinmin()).get((int) (n % 3)), BUDGET),
                Kind.read("GET /whistles/stats", 1, n -> "/whistles/stats?orgUnitId=" + d.sujiatun()
                        + "&from=2020-01-01&to=2020-12-31", BUDGET),
                Kind.read("GET /volunteer-stats", 1, n -> "/volunteer-stats?year=2020&orgUnitId=" + d.sujiatun(), LONG_BUDGET),
                Kind.read("GET /reserve-cadre-stats", 1, n -> "/reserve-cadre-stats?year=2020&orgUnitId=" + d.liaozhong(),
                        BUDGET),
                Kind.read("GET /collective-income-stats", 1, n -> "/collective-income-stats?year=2020&orgUnitId="
                        + d.xinmin(), LONG_BUDGET),
                Kind.create("POST /whistles", 3, "/whistles", n -> String.format("""
                        {"communityId":"%s","categoryId":"%s","title":"负载 %d","description":"楼道堆物,请协调清理",\
                        "location":{"address":"负载路 %d 号"},"urgency":"ORDINARY"}""",
                        d.communities().get((int) (n % d.communities().size())),
                        d.categories().get((int) (n % d.categories().size())), n, n % 300), BUDGET, "/whistles/"),
                Kind.create("POST /service-records", 3, "/service-records", n -> {
                    String[] v = d.volunteers().get((int) (n % volunteers));
                    // request n: volunteer n mod V in the (n div V)-th 3-hour slot of the phase's year: no overlaps
                    OffsetDateTime start = firstDay.plusHours(3 * (n / volunteers));
                    return String.format("""
                            {"volunteerId":"%s","orgUnitId":"%s","startedAt":"%s","endedAt":"%s","hours":2,\
                            "description":"负载测试服务"}""", v[0], v[1], start, start.plusHours(2));
                }, LONG_BUDGET, "/service-records/"),
                Kind.create("POST /reserve-cadres", 2, "/reserve-cadres", n -> {
                    // request n's own identity number (unique below n = 5,000,000), in a region code the demo's
                    // people do not have
                    LocalDate born = LocalDate.of(1985, 1, 1).plusDays(n % 5000);
                    String first17 = "210100" + born.toString().replace("-", "") + String.format("%03d", (n / 5000) % 1000);
                    return String.format("""
                            {"name":"负载%d","gender":"FEMALE","birthDate":"%s","idNumber":"%s%c","education":"BACHELOR",\
                            "partyStatus":"NONE","villageId":"%s","source":"COLLEGE_GRADUATE_OFFICIAL","channel":"MASS",\
                            "reason":"负载测试"}""", n, born, first17, checkCharacter(first17),
                            d.liaozhongVillages().get((int) (n % d.liaozhongVillages().size())));
                }, BUDGET, "/reserve-cadres/"));
    }

    /**
     * Each kind on its own for a few seconds at a few connections: what it costs, so the mix's
     * figures can be read (a kind that is slow alone is slow in the mix). Its CPU time per request
     * is read from /proc for every process of the suite, by group, so the cost is seen where it is
     * paid (2 cores give 2,000 ms of CPU a second: a kind costing 20 ms serves at most 100 req/s).
     */
    private String alone(Mix mix, SuiteProcesses processes) {
        List<String> groups = List.of("gateway", "org-structure-service", "volunteer-service", "cadre-pipeline-service",
                "rural-industry-service", "postgresql");
        StringBuilder out = new StringBuilder(String.format("%nEach kind alone, 4 connections, 4 s; CPU ms per request%n"));
        out.append(String.format("%-34s %8s %9s %7s %7s %6s %6s %6s %6s %6s %6s%n", "kind", "req/s", "p50 ms", "errors",
                "cpu", "gatew", "org", "volun", "cadre", "rural", "pg"));
        long n = 600_000;
        for (Kind k : mix.kinds()) {
            Map<String, Long> before = processes.cpuTicks();
            Result r = new Mix(api, List.of(k)).run(this::token, 4, Duration.ofSeconds(4), n);
            Map<String, Long> after = processes.cpuTicks();
            n += 10_000;
            Tally t = r.tallies().get(0);
            long answered = Math.max(1, t.ok.get() + t.errors());
            double[] ms = groups.stream().mapToDouble(g -> (after.getOrDefault(g, 0L) - before.getOrDefault(g, 0L))
                    * 10.0 / answered).toArray();
            out.append(String.format("%-34s %8.1f %9.1f %7d %7.1f", k.name(), t.ok.get() / r.seconds(),
                    t.percentileMs(0.5), t.errors(), Arrays.stream(ms).sum()));
            for (double m : ms) {
                out.append(String.format(" %6.1f", m));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** GB 11643's check character (ISO 7064 MOD 11-2) of the first 17 digits. */
    static char checkCharacter(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    /**
     * Bulk-generated volume through the services' import endpoints (to the services directly: the
     * gateway's 60 s budget is for interactive calls, a large file takes longer).
     */
    private void volume(Demo d) throws Exception {
        String volunteerUrl = suite.serviceUrls().get("volunteer-service") + "/api/v1/service-records/import";
        Instant t = Instant.now();
        int perVolunteer = (SERVICE_RECORDS + d.volunteers().size() - 1) / d.volunteers().size();
        int rows = 0;
        int chunk = 100_000;
        StringBuilder csv = new StringBuilder();
        OffsetDateTime firstDay = OffsetDateTime.of(2023, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));
        for (int k = 0; k < perVolunteer && rows < SERVICE_RECORDS; k++) {
            for (String[] v : d.volunteers()) {
                if (rows == SERVICE_RECORDS) {
                    break;
                }
                if (csv.isEmpty()) {
                    csv.append("volunteerId,orgUnitId,startedAt,endedAt,hours,description\n");
                }
                // a volunteer's k-th record: day k / 3 of 2023, morning, afternoon or evening
                OffsetDateTime start = firstDay.plusDays(k / 3).plusHours(4L * (k % 3));
                csv.append(v[0]).append(',').append(v[1]).append(',').append(start).append(',').append(start.plusHours(3))
                        .append(",2.5,巡逻值守\n");
                if (++rows % chunk == 0) {
                    post(volunteerUrl, "text/csv", csv.toString());
                    csv.setLength(0);
                }
            }
        }
        if (!csv.isEmpty()) {
            post(volunteerUrl, "text/csv", csv.toString());
        }
        say("Volume: %,d service records imported in %.0f s (%,.0f rows/s)", rows, seconds(t), rows / seconds(t));

        t = Instant.now();
        String whistleUrl = suite.serviceUrls().get("org-structure-service") + "/api/v1/whistles/import";
        StringBuilder ndjson = new StringBuilder();
        OffsetDateTime raisedFrom = OffsetDateTime.of(2022, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));
        for (int w = 1; w <= WHISTLES; w++) {
            ndjson.append(String.format("""
                    {"ref":"v%d","action":"RAISE","occurredAt":"%s","communityId":"%s","categoryId":"%s","title":"积存 %d",\
                    "description":"批量生成","address":"积存路 %d 号","urgency":"ORDINARY"}
                    """, w, raisedFrom.plusMinutes(5L * w), d.communities().get(w % d.communities().size()),
                    d.categories().get(w % d.categories().size()), w, w % 500));
            if (w % 10_000 == 0 || w == WHISTLES) {
                post(whistleUrl, "application/x-ndjson", ndjson.toString());
                ndjson.setLength(0);
            }
        }
        say("Volume: %,d whistles imported in %.0f s (%,.0f rows/s)", WHISTLES, seconds(t), WHISTLES / seconds(t));
    }

    private void post(String url, String contentType, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + token()).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), () -> "import " + url + ": " + r.body().substring(0, Math.min(2000, r.body().length())));
    }

    /** Reads every acknowledged record back through the gateway; answers how many are not there. */
    private long readBack(Result result) throws Exception {
        AtomicLong lost = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> reads = new ArrayList<>();
            for (Tally t : result.tallies()) {
                for (String id : t.acknowledged) {
                    reads.add(pool.submit(() -> {
                        Http.Answer a = Http.get(api + t.kind.readBack() + id, token());
                        if (a.status() != 200) {
                            lost.incrementAndGet();
                            say("LOST: %s %s answers %s", t.kind.name(), id, a);
                        }
                    }));
                }
            }
            for (Future<?> f : reads) {
                f.get();
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        return lost.get();
    }

    private static long acknowledged(Result result) {
        return result.tallies().stream().mapToLong(t -> t.acknowledged.size()).sum();
    }

    /** An admin token, taken again every ten minutes (they last fifteen). */
    String token() {
        if (token == null || Instant.now().isAfter(tokenAt.plus(Duration.ofMinutes(10)))) {
            synchronized (this) {
                if (token == null || Instant.now().isAfter(tokenAt.plus(Duration.ofMinutes(10)))) {
                    token = Http.token(suite.baseUrl(), RunningSuite.ADMIN, PASSWORD);
                    tokenAt = Instant.now();
                }
            }
        }
        return token;
    }

    String api() {
        return api;
    }

    RunningSuite suite() {
        return suite;
    }

    JsonNode get(String path) {
        Http.Answer a = Http.get(api + path, token());
        assertEquals(200, a.status(), () -> "GET " + path + ": " + a);
        return a.json();
    }

    private String unit(String divisionCode) {
        return get("/org-units?divisionCode=" + divisionCode).path("items").get(0).path("id").asText();
    }

    /** The ids of the first page of {@code size} (0: a list that is not paged). */
    private List<String> ids(String path, int size) {
        List<String> ids = new ArrayList<>();
        JsonNode answer = get(size == 0 ? path : path + (path.contains("?") ? "&" : "?") + "size=" + size);
        (answer.isArray() ? answer : answer.path("items")).forEach(i -> ids.add(i.path("id").asText()));
        assertTrue(!ids.isEmpty(), path);
        return ids;
    }

    synchronized void say(String format, Object... args) {
        String line = String.format(format, args);
        System.out.println(line);
        report.append(line).append('\n');
    }

    static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
