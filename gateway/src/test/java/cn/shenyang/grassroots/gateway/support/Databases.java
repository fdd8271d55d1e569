package cn.shenyang.grassroots.gateway.support;

import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Separate databases in the shared embedded PostgreSQL, for services started as processes. */
public final class Databases {
    private Databases() {}

    /** Drops and creates {@code name}; returns it. */
    public static String fresh(String name) {
        try (Connection c = EmbeddedPostgresResource.shared().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    /** Gathers the planner's statistics of every table of {@code name}, as autovacuum would within a minute. */
    public static void analyze(String name) {
        var pg = EmbeddedPostgresResource.shared();
        try (Connection c = java.sql.DriverManager.getConnection(pg.getJdbcUrl("postgres", name), "postgres", "postgres");
                Statement s = c.createStatement()) {
            s.execute("analyze");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot analyze " + name, e);
        }
    }
}
