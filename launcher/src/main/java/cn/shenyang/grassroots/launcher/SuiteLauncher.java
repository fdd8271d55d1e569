package cn.shenyang.grassroots.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What {@code ./suite} runs: an embedded PostgreSQL 17 (or an external one), one database per
 * service, every built service as its own JVM, a wait until each is ready, demo data on first
 * start, and a clean stop of everything on Ctrl-C or SIGTERM. Data and logs live under .suite/.
 *
 * <p>A second suite beside {@code ./suite}'s (the quality gates start one) takes its data folder
 * from {@code SUITE_HOME} and adds {@code SUITE_PORT_OFFSET} to every service port and PostgreSQL's
 * ({@code auto}: an offset whose ports are all free); with
 * {@code --write-document FILE} it writes the gateway's merged OpenAPI document once it is
 * complete, then stops.
 */
public final class SuiteLauncher {
    /**
     * A runnable piece of the suite, in start order; modules that are not built are skipped.
     * {@code healthPort} serves /q/health and /q/metrics (the gateway keeps them off its public port).
     */
    record Service(String module, int port, int healthPort, String database, boolean replica) {}

    static final List<Service> SERVICES = List.of(
            new Service("org-structure-service", 8081, 8081, "org_structure", false),
            new Service("gateway", 8080, 9080, "gateway", true),
            new Service("volunteer-service", 8082, 8082, "volunteer", true),
            new Service("cadre-pipeline-service", 8083, 8083, "cadre_pipeline", true),
            new Service("rural-industry-service", 8084, 8084, "rural_industry", true));

    private final Path root;
    private final Path home;
    private final int portOffset = portOffset(env("SUITE_PORT_OFFSET", "0"));
    private final List<Process> started = new ArrayList<>();
    private EmbeddedPostgres postgres;
    /** Set once Ctrl-C or SIGTERM arrives: services that stop from then on are not started again. */
    private volatile boolean stopping;

    private SuiteLauncher(Path root) {
        this.root = root;
        this.home = root.resolve(env("SUITE_HOME", ".suite"));
    }

    public static void main(String[] args) throws Exception {
        SuiteLauncher suite = new SuiteLauncher(Path.of("").toAbsolutePath());
        Path document = args.length == 2 && args[0].equals("--write-document") ? Path.of(args[1]).toAbsolutePath() : null;
        boolean demo = List.of(args).contains("--demo"); // load the demo jurisdiction again, even when it was loaded
        System.exit(suite.run(document, demo));
    }

    private int run(Path document, boolean demo) throws Exception {
        Files.createDirectories(home.resolve("logs"));
        RandomAccessFile lockFile = new RandomAccessFile(home.resolve("suite.lock").toFile(), "rw");
        FileLock lock = lockFile.getChannel().tryLock();
        if (lock == null) {
            System.err.println("Another ./suite is already running from " + root
                    + " (it holds " + home.resolve("suite.lock") + "). Stop it first (Ctrl-C in its terminal).");
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "suite-shutdown"));

        String jdbcBase = startDatabase();
        List<Service> services = SERVICES.stream().filter(s -> Files.exists(runner(s))).toList();
        createDatabases(jdbcBase, services);
        String internalSecret = secret("internal-client.secret");
        String adminPassword = env("SUITE_ADMIN_PASSWORD", null);
        boolean printAdminPassword = adminPassword == null;
        if (adminPassword == null) {
            adminPassword = secret("admin.password");
        }

        for (Service s : services) {
            start(s, jdbcBase, internalSecret, adminPassword);
        }
        for (int i = 0; i < services.size(); i++) {
            if (!awaitReady(services.get(i), started.get(i))) {
                return 1;
            }
        }
        boolean gateway = services.stream().anyMatch(s -> s.module().equals("gateway"));
        if (gateway && !awaitCompleteDocument()) {
            return 1;
        }
        // writing the document needs the org tree only; the demo jurisdiction is for people and the gates' tests
        DemoData.loadOnce(root, home, gatewayUrl(), gateway, env("SUITE_ADMIN_USER", "admin"), adminPassword,
                document == null, demo);
        // the demo's files and answers are garbage now: a full collection hands their heap back (serial GC,
        // told by launcher/jvm.options to shrink all the way at once)
        System.gc();
        if (document != null) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(gatewayUrl() + "/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString());
            Files.createDirectories(document.getParent());
            Files.writeString(document, r.body());
            System.out.println("Wrote the merged OpenAPI document to " + document);
            return r.statusCode() == 200 ? 0 : 1;
        }

        System.out.println();
        System.out.printf("The suite is ready (%.1f s after ./suite started).%n",
                (System.currentTimeMillis() - Long.getLong("suite.started-millis", System.currentTimeMillis())) / 1000.0);
        for (Service s : services) {
            System.out.printf("  %-24s http://localhost:%d   metrics http://localhost:%d/q/metrics%n", s.module(),
                    s.port() + portOffset, s.healthPort() + portOffset);
        }
        if (services.stream().anyMatch(s -> s.module().equals("gateway"))) {
            System.out.println("  API (one base URL)       " + gatewayUrl() + "/api/v1");
            System.out.println("  Swagger UI               " + gatewayUrl() + "/q/swagger-ui");
            System.out.println("  Sign in as               " + env("SUITE_ADMIN_USER", "admin")
                    + (printAdminPassword ? " / password in " + home.resolve("admin.password") : " / $SUITE_ADMIN_PASSWORD"));
        }
        System.out.println("  Logs                     " + home.resolve("logs"));
        System.out.println("Press Ctrl-C to stop everything.");

        // Stay up; a service that dies is started again (a few times), the others keep serving.
        List<Restarts> restarts = services.stream().map(s -> new Restarts()).toList();
        while (true) {
            for (int i = 0; i < started.size(); i++) {
                if (!stopping && !started.get(i).isAlive()) {
                    Service s = services.get(i);
                    int code = started.get(i).exitValue();
                    java.util.Optional<Duration> wait = restarts.get(i).next(Instant.now());
                    if (wait.isEmpty()) {
                        System.err.println(s.module() + " stopped unexpectedly (exit code " + code + ") "
                                + Restarts.LIMIT + " times within " + Restarts.WINDOW.toMinutes() + " minutes; see "
                                + log(s) + ". Stopping the suite.");
                        return 1;
                    }
                    System.err.println(s.module() + " stopped unexpectedly (exit code " + code + "); starting it again in "
                            + wait.get().toSeconds() + " s (log: " + log(s) + ")");
                    Thread.sleep(wait.get().toMillis());
                    restart(i, s, jdbcBase, internalSecret, adminPassword);
                }
            }
            Thread.sleep(1000);
        }
    }

    /** Starts a service that died again, in its place in the start order, unless the suite is stopping. */
    private synchronized void restart(int index, Service s, String jdbcBase, String internalSecret, String adminPassword)
            throws IOException {
        if (stopping) {
            return;
        }
        start(s, jdbcBase, internalSecret, adminPassword);
        started.set(index, started.remove(started.size() - 1));
    }

    /**
     * When a crashed service is started again: after 1 s, doubling with each crash, and not more
     * than {@link #LIMIT} times within {@link #WINDOW} — a service that keeps dying needs a person.
     */
    static final class Restarts {
        static final int LIMIT = 5;
        static final Duration WINDOW = Duration.ofMinutes(10);
        private final java.util.ArrayDeque<Instant> recent = new java.util.ArrayDeque<>();

        /** The wait before starting it again, or empty when it has crashed too often. */
        java.util.Optional<Duration> next(Instant now) {
            while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(WINDOW))) {
                recent.removeFirst();
            }
            if (recent.size() >= LIMIT) {
                return java.util.Optional.empty();
            }
            recent.addLast(now);
            return java.util.Optional.of(Duration.ofSeconds(1L << (recent.size() - 1)));
        }
    }

    /** Embedded PostgreSQL unless SUITE_DB_URL names an external server (e.g. jdbc:postgresql://db:5432/). */
    private String startDatabase() throws IOException {
        String external = env("SUITE_DB_URL", null);
        if (external != null) {
            System.out.println("Using external PostgreSQL at " + external);
            return external.endsWith("/") ? external : external + "/";
        }
        int port = Integer.parseInt(env("SUITE_PG_PORT", Integer.toString(15432 + portOffset)));
        if (!free(port)) {
            // else the embedded server fails to bind, and the services would talk to whoever holds the port
            throw new IllegalStateException("Port " + port + " is taken (another ./suite or PostgreSQL?); stop it, or "
                    + "set SUITE_PG_PORT or SUITE_PORT_OFFSET=auto");
        }
        System.out.println("Starting embedded PostgreSQL 17 on port " + port + " (data in " + home.resolve("pgdata") + ")");
        postgres = durable(home.resolve("pgdata"), port)
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(home.resolve("logs/postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(home.resolve("logs/postgres.log").toFile()))
                .start();
        return "jdbc:postgresql://localhost:" + port + "/";
    }

    /**
     * The suite's data folder is real data: unlike the embedded defaults for throwaway test
     * databases (-F, synchronous_commit=off), every commit is flushed to disk before it is
     * acknowledged, and torn pages are recoverable after a crash. Its shared buffers are 64 MB, not
     * 128: on one machine with five JVMs PostgreSQL reads through the kernel's page cache anyway,
     * and the suite's memory budget counts buffers, not the cache.
     */
    static EmbeddedPostgres.Builder durable(Path dataDirectory, int port) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("shared_buffers", "64MB")
                .setServerConfig("max_connections", "200");
    }

    private void createDatabases(String jdbcBase, List<Service> services) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcBase + "postgres", dbUser(), dbPassword())) {
            for (Service s : services) {
                try (PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    exists.setString(1, s.database());
                    try (ResultSet rs = exists.executeQuery()) {
                        if (!rs.next()) {
                            try (Statement create = c.createStatement()) {
                                create.execute("create database " + s.database());
                            }
                        }
                    }
                }
            }
        }
    }

    private void start(Service s, String jdbcBase, String internalSecret, String adminPassword) throws IOException {
        Path app = runner(s).getParent();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx" + env("SUITE_SERVICE_HEAP", "384m"), "-XX:+UseSerialGC",
                // a heap grown for a bulk import shrinks back at the next full collection, at once
                "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:-ShrinkHeapInSteps",
                // C1 only: the optimising compiler's work at start-up took half the CPU of five
                // JVMs starting on two cores, and on the load run's mix C2 served no more requests;
                // SUITE_JAVA_OPTIONS=-XX:TieredStopAtLevel=4 gives it back
                "-XX:TieredStopAtLevel=1", "-Xlog:cds*=off",
                "-Dsuite.service=" + s.module())); // names the process in ps and jcmd
        command.addAll(List.of(env("SUITE_JAVA_OPTIONS", "").split("\\s+")).stream().filter(o -> !o.isEmpty()).toList());
        if (s.module().equals("gateway")) {
            // the route table's addresses follow the offset (grassroots.routes.<service>.url)
            for (Service routed : SERVICES) {
                if (!routed.module().equals("gateway")) {
                    command.add("-Dgrassroots.routes." + routed.module().replaceAll("-service$", "") + ".url=http://localhost:"
                            + (routed.port() + portOffset));
                }
            }
        }
        command.add(classDataArchive(app));
        command.addAll(List.of("-jar", "quarkus-run.jar"));
        ProcessBuilder pb = new ProcessBuilder(command).directory(app.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(s).toFile()));
        Map<String, String> env = pb.environment();
        // glibc gives each busy thread an arena of its own by default; two keep a JVM's native memory small
        env.putIfAbsent("MALLOC_ARENA_MAX", "2");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(s.port() + portOffset));
        if (s.healthPort() != s.port()) {
            env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(s.healthPort() + portOffset));
        }
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcBase + s.database());
        env.put("QUARKUS_DATASOURCE_USERNAME", dbUser());
        env.put("QUARKUS_DATASOURCE_PASSWORD", dbPassword());
        // Five services share one machine's cores and one PostgreSQL: five connections each keep it
        // busy, and every connection more is a backend of its own (about 5 MB under load).
        env.putIfAbsent("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "5");
        if (s.module().equals("gateway")) {
            // Every process here shares this machine's cores: the gateway lets one request more run at
            // once than there are cores and queues the rest, so each runs at nearly full speed instead of
            // all slowing down together (the load run: p99 349 ms with 6 places, 235 ms with 3).
            env.putIfAbsent("GRASSROOTS_PROXY_MAX_IN_FLIGHT", Integer.toString(Runtime.getRuntime().availableProcessors() + 1));
        }
        env.put("GRASSROOTS_GATEWAY_URL", gatewayUrl());
        env.putIfAbsent("GRASSROOTS_OPENAPI_BASE_URL", gatewayUrl());
        env.put("GRASSROOTS_DATA_DIR", home.resolve(s.module()).toString());
        env.put("SUITE_INTERNAL_CLIENT_ID", "suite-internal");
        env.put("SUITE_INTERNAL_CLIENT_SECRET", internalSecret);
        env.put("SUITE_ADMIN_PASSWORD", adminPassword);
        // Browser frontends on this machine may call the embedded suite; production allows none by default.
        env.putIfAbsent("GRASSROOTS_CORS_ORIGINS", "/https?://(localhost|127[.]0[.]0[.]1)(:[0-9]+)?/");
        if (s.replica()) {
            env.put("GRASSROOTS_ORG_REPLICA_ENABLED", "true");
            env.put("GRASSROOTS_ORG_REPLICA_URL", "http://localhost:" + (8081 + portOffset));
            env.put("GRASSROOTS_ORG_REPLICA_TOKEN_URL", gatewayUrl() + "/api/v1/auth/token");
            env.put("GRASSROOTS_ORG_REPLICA_CLIENT_ID", "suite-internal");
            env.put("GRASSROOTS_ORG_REPLICA_CLIENT_SECRET", internalSecret);
        }
        System.out.println("Starting " + s.module() + " on port " + (s.port() + portOffset) + " (log: " + log(s) + ")");
        started.add(pb.start());
    }

    /**
     * Start-up is CPU-bound (five JVMs on two cores), and parsing and verifying the same classes
     * again is most of it: the first start after a build records the classes each service loaded
     * into an archive when it stops (Ctrl-C), and later starts map them from it.
     */
    static String classDataArchive(Path app) throws IOException {
        Path archive = app.resolve("app-cds.jsa");
        if (Files.exists(archive)
                && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(app.resolve("quarkus-run.jar"))) > 0) {
            return "-XX:SharedArchiveFile=app-cds.jsa";
        }
        Files.deleteIfExists(archive); // made for an earlier build
        return "-XX:ArchiveClassesAtExit=app-cds.jsa";
    }

    private boolean awaitReady(Service s, Process p) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + (s.healthPort() + portOffset) + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plusSeconds(Long.parseLong(env("SUITE_START_TIMEOUT_SECONDS", "240")));
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                System.err.println(s.module() + " exited while starting; last lines of " + log(s) + ":");
                tail(log(s));
                return false;
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    System.out.println(s.module() + " is ready");
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        System.err.println(s.module() + " was not ready in time; see " + log(s));
        return false;
    }

    /**
     * Ready means a client generated now sees every service: the gateway's merged OpenAPI document
     * lists no missing service.
     */
    private boolean awaitCompleteDocument() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest document = HttpRequest.newBuilder(URI.create(gatewayUrl() + "/q/openapi?format=json"))
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plusSeconds(60);
        String missing = "?";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> r = http.send(document, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && !r.body().contains("\"x-missing-services\"")) {
                    return true;
                }
                missing = r.body().replaceAll("(?s).*\"x-missing-services\"\\s*:\\s*(\\[[^]]*]).*", "$1");
            } catch (IOException e) {
                missing = e.getMessage();
            }
            Thread.sleep(250);
        }
        System.err.println("The gateway's OpenAPI document still misses " + missing + "; see " + home.resolve("logs"));
        return false;
    }

    /** Services first (they finish their requests), then PostgreSQL with a fast, clean shutdown. */
    private synchronized void stopAll() {
        stopping = true;
        for (Process p : started) {
            p.destroy();
        }
        for (Process p : started) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        }
        started.clear();
        if (postgres != null) {
            try {
                postgres.close();
                System.out.println("PostgreSQL stopped; data kept in " + home.resolve("pgdata"));
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }

    /** A random secret generated on first start and kept in .suite so restarts reuse it. */
    private String secret(String file) throws IOException {
        Path path = home.resolve(file);
        if (!Files.exists(path)) {
            byte[] bytes = new byte[24];
            new SecureRandom().nextBytes(bytes);
            Files.writeString(path, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        }
        return Files.readString(path, StandardCharsets.UTF_8).strip();
    }

    /** A number, or {@code auto}: the first offset from a random start at which every port the suite takes is free. */
    static int portOffset(String setting) {
        if (!setting.equals("auto")) {
            return Integer.parseInt(setting);
        }
        int start = 20000 + new SecureRandom().nextInt(200) * 100;
        for (int offset = start; offset < start + 10000; offset += 100) {
            List<Integer> ports = new ArrayList<>(List.of(15432 + offset));
            for (Service s : SERVICES) {
                ports.add(s.port() + offset);
                ports.add(s.healthPort() + offset);
            }
            if (ports.stream().allMatch(SuiteLauncher::free)) {
                return offset;
            }
        }
        throw new IllegalStateException("No free ports for the suite from offset " + start);
    }

    private static boolean free(int port) {
        try (java.net.ServerSocket s = new java.net.ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private String gatewayUrl() {
        return "http://localhost:" + (8080 + portOffset);
    }

    private Path runner(Service s) {
        return root.resolve(s.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private Path log(Service s) {
        return home.resolve("logs").resolve(s.module() + ".log");
    }

    private static void tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(l -> System.err.println("  " + l));
        } catch (IOException e) {
            System.err.println("  (no log)");
        }
    }

    private static String dbUser() {
        return env("SUITE_DB_USER", "postgres");
    }

    private static String dbPassword() {
        return env("SUITE_DB_PASSWORD", "postgres");
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
