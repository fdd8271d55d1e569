package cn.shenyang.grassroots.gateway.support;

import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A real org-structure-service for the routing tests: its runnable jar (built before this module by
 * the reactor) in a separate process, on a free port, with its own database in the embedded
 * PostgreSQL and the test key pair's public key, so it accepts the tokens the gateway issues.
 */
public class OrgStructureProcess implements QuarkusTestResourceLifecycleManager {
    public static final Path JAR = Path.of("../org-structure-service/target/quarkus-app/quarkus-run.jar");

    private JarProcess process;
    private static volatile String url;

    /** Base URL of the running service, for tests that call it directly. */
    public static String url() {
        return url;
    }

    @Override
    public Map<String, String> start() {
        String database = Databases.fresh("org_structure_behind_gateway");
        Path publicKey;
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("grassroots-test-jwt/public.pem")) {
            publicKey = Files.createTempFile("gateway-test-public", ".pem");
            Files.write(publicKey, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        process = JarProcess.start(JAR, JarProcess.freePort(), Map.of(
                        "quarkus.datasource.jdbc.url", EmbeddedPostgresResource.shared().getJdbcUrl("postgres", database),
                        "quarkus.datasource.username", "postgres",
                        "quarkus.datasource.password", "postgres",
                        "mp.jwt.verify.publickey.location", publicKey.toUri().toString()),
                Map.of(), Path.of("target", "org-structure-service.log"), Duration.ofSeconds(90));
        url = process.url;
        return Map.of("grassroots.routes.org-structure.url", url);
    }

    @Override
    public void stop() {
        if (process != null) {
            process.close();
            process = null;
        }
    }
}
