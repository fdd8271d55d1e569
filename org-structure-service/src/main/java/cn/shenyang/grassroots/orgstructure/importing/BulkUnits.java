package cn.shenyang.grassroots.orgstructure.importing;

import cn.shenyang.grassroots.orgstructure.changefeed.ChangeFeed;
import cn.shenyang.grassroots.orgstructure.changefeed.RollupDelta;
import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Stores many new units at once, in the caller's transaction: the units in one binary COPY;
 * their CREATED feed entries as a block of feed positions, read from the units themselves until
 * they change (see {@code ChangeFeed.materialise}); their roll-ups in one statement. The feed
 * lock is held from the reservation to the commit, so the block is in commit order.
 */
public final class BulkUnits {
    /**
     * How many units were stored and the feed positions of their CREATED entries; {@code staleStatistics}
     * when the write changed the tables enough for their planner statistics to be refreshed
     * ({@link TableStatistics}).
     */
    public record Written(int count, long firstCursor, long lastCursor, boolean staleStatistics) {}

    private BulkUnits() {}

    /**
     * {@code units} must be in an order where each parent comes before its children, and are read
     * once, in order, as they are stored: an iterator may make each unit as it is read, or wait for
     * it ({@link CheckedUnits}). {@code expected} is their number, or an estimate while they are still
     * coming (it decides whether the indexes are rebuilt), and 0 only for none.
     */
    public static Written write(Connection c, Iterable<NewUnit> units, int expected, String actor, Instant at)
            throws SQLException {
        if (expected == 0) {
            return new Written(0, 0, 0, false);
        }
        long rowsBefore = IndexRebuild.rows(c, "org_unit");
        // the table's lock before the feed's: a writer that has touched the table and waits for the
        // feed lock would otherwise wait on this load while it waits on the writer
        IndexRebuild indexes = IndexRebuild.dropIfWorthIt(c, "org_unit", expected);
        long first = holdFeed(c);
        AncestorCounts ancestors = new AncestorCounts(expected);
        long[] nodes = copy(c, units, ancestors, actor, at, first);
        long last = endFeedBlock(c, first, nodes.length);
        // the roll-ups' keys are sorted and counted while PostgreSQL builds the indexes
        CompletableFuture<RollupDelta> rollups = CompletableFuture.supplyAsync(ancestors::delta);
        indexes.restore(c);
        Arrays.sort(nodes);
        boolean rollupsRebuilt = addRollups(c, rollups.join(), nodes);
        // autovacuum's own threshold for ANALYZE, met at once: until it comes round (up to a minute), the
        // plans made meanwhile guess, and a page of a subtree read by bitmap scan and sort took 30 times longer
        boolean staleStatistics = nodes.length >= 50 + rowsBefore / 10;
        return new Written(nodes.length, first, last, staleStatistics || indexes.dropped() || rollupsRebuilt);
    }

    /**
     * Takes the feed lock and draws the first position of the units' block; only lock holders draw
     * positions, so the block may grow until {@link #endFeedBlock} sets the sequence past it.
     */
    private static long holdFeed(Connection c) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, ChangeFeed.FEED_LOCK);
            lock.execute();
        }
        try (PreparedStatement s = c.prepareStatement("select nextval('org_unit_change_seq')");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Moves the feed sequence to the last of the {@code count} positions from {@code first}, and answers it. */
    private static long endFeedBlock(Connection c, long first, int count) throws SQLException {
        long last = first + Math.max(count, 1) - 1;
        if (last > first) {
            try (PreparedStatement s = c.prepareStatement("select setval('org_unit_change_seq', ?)")) {
                s.setLong(1, last);
                s.execute();
            }
        }
        return last;
    }

    /**
     * Stores the units in one binary COPY, in the order they come, counting each for its ancestors;
     * answers their node numbers.
     */
    private static long[] copy(Connection c, Iterable<NewUnit> units, AncestorCounts ancestors, String actor, Instant at,
            long firstSeq) throws SQLException {
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                copy org_unit (id, node_no, name, level, parent_id, path, division_code, party_org_kind, party_org_name,
                    party_secretary_name, status, version, created_at, created_by, updated_at, updated_by,
                    created_change_seq) from stdin with (format binary)""");
        try {
            CopyWriter w = new CopyWriter(in::writeToCopy);
            long[] nodes = new long[1024];
            int count = 0;
            for (NewUnit u : units) {
                w.row(17).uuid(u.id()).bigint(u.nodeNo()).text(u.name()).text(u.level()).uuid(u.parentId())
                        .ltree(u.parentPath(), u.nodeNo()).text(u.divisionCode()).text(u.partyOrgKind()).text(u.partyOrgName())
                        .text(u.partySecretaryName()).text(OrgUnitStatus.ACTIVE).bigint(0).timestamptz(at).text(actor)
                        .timestamptz(at).text(actor).bigint(firstSeq + count);
                ancestors.add(u);
                if (count == nodes.length) {
                    nodes = Arrays.copyOf(nodes, count * 2);
                }
                nodes[count++] = u.nodeNo();
            }
            w.finish();
            in.endCopy();
            return Arrays.copyOf(nodes, count);
        } catch (SQLException | RuntimeException e) {
            cancel(in);
            throw e;
        } catch (Exception e) {
            cancel(in);
            throw new SQLException("COPY of org units failed", e);
        }
    }

    /**
     * Adds roll-up counts: the rows of units that are new (their node numbers, sorted, in
     * {@code newNodes}) have nothing to add to, so they are copied; the others are added to. True
     * when the roll-ups' indexes were rebuilt.
     */
    static boolean addRollups(Connection c, RollupDelta delta, long[] newNodes) throws SQLException {
        RollupDelta existing = RollupDelta.none();
        List<long[]> fresh = new ArrayList<>();
        List<Level> freshLevels = new ArrayList<>();
        delta.forEach((node, level, active, dissolved) -> {
            if (Arrays.binarySearch(newNodes, node) >= 0) {
                fresh.add(new long[] {node, active, dissolved});
                freshLevels.add(level);
            } else {
                existing.add(node, level, active, dissolved);
            }
        });
        IndexRebuild indexes = IndexRebuild.dropIfWorthIt(c, "org_unit_rollup", fresh.size());
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy org_unit_rollup (node_no, level, active, dissolved) from stdin with (format binary)");
        try {
            CopyWriter w = new CopyWriter(in::writeToCopy);
            for (int i = 0; i < fresh.size(); i++) {
                long[] r = fresh.get(i);
                w.row(4).bigint(r[0]).text(freshLevels.get(i)).integer((int) r[1]).integer((int) r[2]);
            }
            w.finish();
            in.endCopy();
        } catch (SQLException | RuntimeException e) {
            cancel(in);
            throw e;
        } catch (Exception e) {
            cancel(in);
            throw new SQLException("COPY of roll-ups failed", e);
        }
        indexes.restore(c);
        upsertRollups(c, existing);
        return indexes.dropped();
    }

    /** Adds to existing roll-up rows (or creates them), one statement for all. */
    static void upsertRollups(Connection c, RollupDelta delta) throws SQLException {
        List<Long> nodes = new ArrayList<>(delta.size());
        List<String> levels = new ArrayList<>(delta.size());
        List<Integer> active = new ArrayList<>(delta.size());
        List<Integer> dissolved = new ArrayList<>(delta.size());
        delta.forEach((node, level, a, d) -> {
            nodes.add(node);
            levels.add(level.name());
            active.add(a);
            dissolved.add(d);
        });
        try (PreparedStatement s = c.prepareStatement("""
                insert into org_unit_rollup (node_no, level, active, dissolved)
                select * from unnest(?::bigint[], ?::varchar[], ?::integer[], ?::integer[])
                on conflict (node_no, level) do update set active = org_unit_rollup.active + excluded.active,
                    dissolved = org_unit_rollup.dissolved + excluded.dissolved""")) {
            s.setArray(1, c.createArrayOf("bigint", nodes.toArray()));
            s.setArray(2, c.createArrayOf("varchar", levels.toArray()));
            s.setArray(3, c.createArrayOf("integer", active.toArray()));
            s.setArray(4, c.createArrayOf("integer", dissolved.toArray()));
            s.executeUpdate();
        }
    }

    private static void cancel(CopyIn in) {
        try {
            if (in.isActive()) {
                in.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction is rolled back anyway
        }
    }
}
