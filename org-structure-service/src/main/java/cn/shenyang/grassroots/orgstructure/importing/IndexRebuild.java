package cn.shenyang.grassroots.orgstructure.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drops a table's indexes before a bulk load that at least doubles the table, and builds them
 * again after it: sorting each index once costs about half of inserting every row into it (3.0 s
 * against 6.1 s of CPU for the 665k units of the whole country; the primary key alone, 0.7 s
 * maintained against 0.2 s built). The indexes are rebuilt from their own definitions, unique
 * ones as the same constraints, inside the load's transaction, so a failure restores them. Readers
 * and writers of the table wait until the load commits, which a first load of a province or the
 * country can afford. The table's statistics are refreshed after the commit ({@link TableStatistics}).
 *
 * <p>Other tables' foreign keys to the table go first and come back last, which checks them again,
 * when those tables can all be locked at once; when one of them is in use, its foreign key and the
 * key it needs stay, and the key is maintained row by row. The load never waits for those tables
 * while it holds this one: a department being created holds its table and waits for the units'
 * table, and waiting for it there deadlocked.
 */
final class IndexRebuild {
    /** Smaller loads maintain the indexes row by row; rebuilding would not pay for itself. */
    static final int MIN_ROWS = 20_000;

    private final String table;
    private final List<String> restore = new ArrayList<>();

    private IndexRebuild(String table) {
        this.table = table;
    }

    /** A foreign key of another table to the one being loaded, and the index of this one it needs. */
    private record ForeignKey(String table, String name, String definition, String index) {}

    /** Drops {@code table}'s indexes when {@code adding} rows at least double it; else does nothing. */
    static IndexRebuild dropIfWorthIt(Connection c, String table, int adding) throws SQLException {
        IndexRebuild rebuild = new IndexRebuild(table);
        if (adding < MIN_ROWS || adding < rows(c, table)) {
            return rebuild;
        }
        try (Statement s = c.createStatement()) {
            s.execute("lock table " + table + " in access exclusive mode");
        }
        List<ForeignKey> keys = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select f.conrelid::regclass::text, quote_ident(f.conname), pg_get_constraintdef(f.oid), f.conindid::regclass::text
                from pg_constraint f where f.contype = 'f' and f.confrelid = cast(? as regclass)""")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    keys.add(new ForeignKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        boolean keysGo = keys.isEmpty() || lockedAtOnce(c, keys.stream().map(ForeignKey::table).distinct().toList());
        Set<String> kept = keysGo ? Set.of() : keys.stream().map(ForeignKey::index).collect(Collectors.toSet());
        List<String> drop = new ArrayList<>();
        if (keysGo) {
            for (ForeignKey k : keys) {
                drop.add("alter table " + k.table() + " drop constraint " + k.name());
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
        if (keysGo) {
            for (ForeignKey k : keys) {
                rebuild.restore.add("alter table " + k.table() + " add constraint " + k.name() + " " + k.definition());
            }
        }
        try (Statement s = c.createStatement()) {
            for (String sql : drop) {
                s.execute(sql);
            }
        }
        return rebuild;
    }

    /** Locks every one of {@code tables} when none is in use, and answers true; else locks none. */
    private static boolean lockedAtOnce(Connection c, List<String> tables) throws SQLException {
        Savepoint before = c.setSavepoint();
        try (Statement s = c.createStatement()) {
            s.execute("lock table " + String.join(", ", tables) + " in access exclusive mode nowait");
        } catch (SQLException e) {
            if (!LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(before); // releases the locks taken before the one that was not free
            return false;
        }
        c.releaseSavepoint(before);
        return true;
    }

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    /** Builds the dropped indexes again, with room to sort in memory. */
    void restore(Connection c) throws SQLException {
        if (restore.isEmpty()) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("set local maintenance_work_mem = '256MB'");
            // one worker beside the leader: with two the country's five builds took 1.6-1.8 s, with one
            // 1.5 s, alone 2.2 s (the workers' sorted runs go through temporary files to the leader)
            s.execute("set local max_parallel_maintenance_workers = 1");
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
