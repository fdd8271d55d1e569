package cn.shenyang.grassroots.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL 17 for {@code @QuarkusTest}s, started once per test JVM and shared by every
 * test profile. When an external database is configured ({@code QUARKUS_DATASOURCE_JDBC_URL}),
 * it starts nothing and the tests use that one.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {
    /** Init arg naming a separate database, for a test profile whose schema differs from the default one. */
    public static final String DATABASE = "database";
    private static EmbeddedPostgres postgres;
    private String database = "postgres";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE, "postgres");
    }

    @Override
    public Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null
                || System.getProperty("quarkus.datasource.jdbc.url") != null) {
            return Map.of();
        }
        EmbeddedPostgres pg = shared();
        createIfMissing(pg, database);
        return Map.of(
                "quarkus.datasource.jdbc.url", pg.getJdbcUrl("postgres", database),
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

    private static void createIfMissing(EmbeddedPostgres pg, String database) {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("create database \"" + database.replace("\"", "") + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + database, e);
        }
    }

    @Override
    public void stop() {
        // kept for the whole JVM so later test profiles reuse it
    }
}
