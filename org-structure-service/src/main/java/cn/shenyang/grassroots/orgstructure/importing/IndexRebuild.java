package cn.shenyang.grassroots.orgstructure.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops a table's indexes before a bulk load that at least doubles the table, and builds them
 * again after it: sorting each index once costs about half of inserting every row into it (3.0 s
 * against 6.1 s of CPU for the 665k units of the whole country; the primary key alone, 0.65 s
 * maintained against 0.35 s built). The indexes are rebuilt from their own definitions, unique
 * ones as the same constraints, inside the load's transaction, so a failure restores them. Other
 * tables' foreign keys to the table go first and come back last, which checks them again. Readers
 * of the table, and writers of the tables that refer to it, wait until the load commits, which a
 * first load of a province or the country can afford. The table's statistics are refreshed after
 * the commit ({@link TableStatistics}).
 */
final class IndexRebuild {
    /** Smaller loads maintain the indexes row by row; rebuilding would not pay for itself. */
    static final int MIN_ROWS = 20_000;

    private final String table;
    private final List<String> restore = new ArrayList<>();

    private IndexRebuild(String table) {
        this.table = table;
    }

    /** Drops all of {@code table}'s indexes when {@code adding} rows at least double it; else does nothing. */
    static IndexRebuild dropIfWorthIt(Connection c, String table, int adding) throws SQLException {
        return dropIfWorthIt(c, table, adding, Set.of());
    }

    /**
     * Drops {@code table}'s indexes, except those named in {@code kept}, when {@code adding} rows at
     * least double it; else does nothing. The other tables' foreign keys to a key that is kept stay,
     * and those tables are not locked.
     */
    static IndexRebuild dropIfWorthIt(Connection c, String table, int adding, Set<String> kept) throws SQLException {
        IndexRebuild rebuild = new IndexRebuild(table);
        if (adding < MIN_ROWS || adding < rows(c, table)) {
            return rebuild;
        }
        List<String> drop = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select f.conrelid::regclass::text, quote_ident(f.conname), pg_get_constraintdef(f.oid), f.conindid::regclass::text
                from pg_constraint f where f.contype = 'f' and f.confrelid = cast(? as regclass)""")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (kept.contains(rs.getString(4))) {
                        continue;
                    }
                    drop.add("alter table " + rs.getString(1) + " drop constraint " + rs.getString(2));
                    keys.add("alter table " + rs.getString(1) + " add constraint " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("""
                select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid), quote_ident(k.conname),
                       pg_get_constraintdef(k.oid)
                from pg_index i left join pg_constraint k on k.conindid = i.indexrelid and k.conrelid = i.indrelid
                where i.indrelid = cast(? as regclass)""")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (kept.contains(rs.getString(1))) {
                        continue;
                    }
                    String constraint = rs.getString(3);
                    if (constraint == null) {
                        drop.add("drop index " + rs.getString(1));
                        rebuild.restore.add(rs.getString(2));
                    } else {
                        drop.add("alter table " + table + " drop constraint " + constraint);
                        rebuild.restore.add("alter table " + table + " add constraint " + constraint + " " + rs.getString(4));
                    }
                }
            }
        }
        rebuild.restore.addAll(keys);
        try (Statement s = c.createStatement()) {
            for (String sql : drop) {
                s.execute(sql);
            }
        }
        return rebuild;
    }

    /** Builds the dropped indexes again, with room to sort in memory. */
    void restore(Connection c) throws SQLException {
        if (restore.isEmpty()) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("set local maintenance_work_mem = '256MB'");
            for (String sql : restore) {
                s.execute(sql);
            }
        }
    }

    boolean dropped() {
        return !restore.isEmpty();
    }

    /**
     * The larger of the planner's estimate and the statistics' live rows (both cheap, neither exact),
     * or a count for a table never analysed (a new one, so small).
     */
    static long rows(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                select greatest(c.reltuples, coalesce(s.n_live_tup, 0)) from pg_class c
                left join pg_stat_user_tables s on s.relid = c.oid where c.oid = cast(? as regclass)""")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                if (rs.getDouble(1) >= 0) {
                    return (long) rs.getDouble(1);
                }
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
