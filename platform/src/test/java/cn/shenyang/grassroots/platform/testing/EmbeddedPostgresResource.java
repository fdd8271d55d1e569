package cn.shenyang.grassroots.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A real PostgreSQL 17 for {@code @QuarkusTest}s, started once per test JVM and shared by every
 * test profile. When an external database is configured ({@code QUARKUS_DATASOURCE_JDBC_URL}),
 * it starts nothing and the tests use that one.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
    private static EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null
                || System.getProperty("quarkus.datasource.jdbc.url") != null) {
            return Map.of();
        }
        EmbeddedPostgres pg = shared();
        return Map.of(
                "quarkus.datasource.jdbc.url", pg.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** The JVM-wide instance, for tests that need plain JDBC as well. */
    public static synchronized EmbeddedPostgres shared() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        // Durability is the production database's job; tests want speed.
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "200")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going away; PostgreSQL's own shutdown timeout applies
                }
            }));
        }
        return postgres;
    }

    @Override
    public void stop() {
        // kept for the whole JVM so later test profiles reuse it
    }
}
