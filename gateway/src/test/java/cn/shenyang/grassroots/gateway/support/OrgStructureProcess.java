package cn.shenyang.grassroots.gateway.support;

import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real org-structure-service for the routing tests: its runnable jar (built before this module by
 * the reactor) in a separate process, on a free port, with its own database in the embedded
 * PostgreSQL and the test key pair's public key, so it accepts the tokens the gateway issues.
 */
public class OrgStructureProcess implements QuarkusTestResourceLifecycleManager {
    public static final String JAR = "../org-structure-service/target/quarkus-app/quarkus-run.jar";
    private static final Duration STARTUP = Duration.ofSeconds(90);

    private Process process;
    private static volatile String url;

    /** Base URL of the running service, for tests that call it directly. */
    public static String url() {
        return url;
    }

    @Override
    public Map<String, String> start() {
        Path jar = Path.of(JAR);
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing; build it first: "
                    + "./mvnw -B install -DskipTests -pl platform,org-structure-service");
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgresResource.shared();
            String database = "org_structure_behind_gateway";
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + database);
                s.execute("create database " + database);
            }
            Path publicKey = Files.createTempFile("gateway-test-public", ".pem");
            try (InputStream in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream("grassroots-test-jwt/public.pem")) {
                Files.write(publicKey, in.readAllBytes());
            }
            int port = freePort();
            Path log = Path.of("target", "org-structure-service.log");
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m", "-XX:TieredStopAtLevel=1",
                    "-Dquarkus.http.port=" + port,
                    "-Dquarkus.http.host=127.0.0.1",
                    "-Dquarkus.datasource.jdbc.url=" + pg.getJdbcUrl("postgres", database),
                    "-Dquarkus.datasource.username=postgres",
                    "-Dquarkus.datasource.password=postgres",
                    "-Dmp.jwt.verify.publickey.location=" + publicKey.toUri(),
                    "-jar", jar.toString()));
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            url = "http://127.0.0.1:" + port;
            awaitReady(url, log);
            return Map.of("grassroots.routes.org-structure.url", url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitReady(String base, Path log) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("org-structure-service exited; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop();
        throw new IllegalStateException("org-structure-service not ready within " + STARTUP + "; see " + log.toAbsolutePath());
    }

    /** Stops it, as a crash or a deploy would, for tests of the gateway with the service gone. */
    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            process = null;
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
