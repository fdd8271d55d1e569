package cn.shenyang.grassroots.orgstructure.changefeed;

import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnit;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Records each org-unit change inside the writer's transaction: its feed entry and its roll-up
 * counts (see {@link RollupDelta}), together.
 *
 * <p>Sequence numbers alone are handed out in start order, not commit order, so a reader could
 * pass a number whose transaction commits later and miss it. Each writer therefore takes one
 * transaction-scoped advisory lock right before numbering its entries: numbers are then issued in
 * commit order, and a reader that has seen N never sees a smaller number appear later. Roll-up
 * rows are only written under that lock too, so writers never wait for each other in two orders.
 *
 * <p>A second lock keeps the tree still while a writer relies on it: creates and imports hold it
 * shared from before they read a parent's path, moves, dissolves and synchronisations hold it
 * exclusively, so no unit is ever added under a path that is being rewritten or dissolved.
 */
@ApplicationScoped
public class ChangeFeed {
    /** Arbitrary, fixed key of the advisory lock that orders feed writers ("org_feed"). */
    public static final long FEED_LOCK = 0x6f72675f66656564L;
    /** Arbitrary, fixed key of the advisory lock that keeps paths still ("org_tree"). */
    public static final long TREE_LOCK = 0x6f72675f74726565L;

    @Inject
    EntityManager em;

    /** For writers that add units under existing ones; taken before the parent is read. */
    public void holdTreeShared() {
        lock("select pg_advisory_xact_lock_shared(?)", TREE_LOCK);
    }

    /** For writers that move or dissolve units; taken before anything is read. */
    public void holdTreeExclusive() {
        lock("select pg_advisory_xact_lock(?)", TREE_LOCK);
    }

    /** Takes the feed lock, held to commit; for writers that then record several changes. */
    public void holdFeed() {
        lock("select pg_advisory_xact_lock(?)", FEED_LOCK);
    }

    /**
     * Appends the unit's change (stamped with its updatedAt/By) and applies {@code delta}, in one
     * statement and so one round trip, under the feed lock. Plain JDBC: every write passes here,
     * and Hibernate's native-query handling cost more CPU than the statement itself.
     */
    public void record(OrgUnit unit, ChangeType type, String previousPath, RollupDelta delta) {
        em.flush(); // so the row carries the version this change produced
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement(LOCK_AND_COUNT + """
                    insert into org_unit_change (org_unit_id, change_type, name, level, parent_id, path,
                        previous_path, division_code, status, version, changed_at, changed_by)
                    select ?, ?, ?, ?, ?, cast(? as ltree), cast(? as ltree), ?, ?, ?, ?, ?
                    from feed_lock""")) {
                int i = bindLockAndCount(s, delta);
                s.setObject(i++, unit.id);
                s.setString(i++, type.name());
                s.setString(i++, unit.name);
                s.setString(i++, unit.level.name());
                s.setObject(i++, unit.parentId);
                s.setString(i++, unit.path);
                s.setString(i++, previousPath);
                s.setString(i++, unit.divisionCode);
                s.setString(i++, unit.status.name());
                s.setLong(i++, unit.version);
                s.setTimestamp(i++, Timestamp.from(unit.updatedAt.toInstant()));
                s.setString(i, unit.updatedBy);
                s.executeUpdate();
            }
        });
    }

    /**
     * Appends one {@code type} entry for each of {@code units} as they are now stored (in path
     * order), and applies {@code delta}: for bulk writers that changed the rows with SQL. Sets of
     * ids and codes are joined as unnest(array), never compared with = any(cast(…)): that cast is
     * not folded to a constant, and re-reading a large array for every row made it quadratic.
     * {@code previousPath} is the moved unit's former path for a MOVED entry, else null.
     */
    public void recordStored(ChangeType type, List<UUID> units, String previousPath, RollupDelta delta) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement(LOCK_AND_COUNT + """
                    insert into org_unit_change (org_unit_id, change_type, name, level, parent_id, path,
                        previous_path, division_code, status, version, changed_at, changed_by)
                    select u.id, ?, u.name, u.level, u.parent_id, u.path, cast(? as ltree), u.division_code, u.status,
                           u.version, u.updated_at, u.updated_by
                    from feed_lock, org_unit u join unnest(?::uuid[]) as changed(id) on u.id = changed.id
                    order by u.path""")) {
                int i = bindLockAndCount(s, delta);
                s.setString(i++, type.name());
                s.setString(i++, previousPath);
                s.setArray(i, c.createArrayOf("uuid", units.toArray()));
                s.executeUpdate();
            }
        });
    }

    /** Takes the feed lock, then applies a roll-up delta: the first parameters of a recording statement. */
    private static final String LOCK_AND_COUNT = """
            with feed_lock as (select pg_advisory_xact_lock(?)),
            counted as (
                insert into org_unit_rollup (node_no, level, active, dissolved)
                select d.node_no, d.level, d.active, d.dissolved
                from feed_lock, unnest(cast(? as bigint[]), cast(? as varchar[]), cast(? as integer[]),
                    cast(? as integer[])) as d(node_no, level, active, dissolved)
                on conflict (node_no, level) do update set active = org_unit_rollup.active + excluded.active,
                    dissolved = org_unit_rollup.dissolved + excluded.dissolved)
            """;

    /** Binds {@link #LOCK_AND_COUNT}'s parameters; answers the index of the next one. */
    private static int bindLockAndCount(PreparedStatement s, RollupDelta delta) throws SQLException {
        s.setLong(1, FEED_LOCK);
        delta.bind(s, 2);
        return 6;
    }

    private void lock(String sql, long key) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, key);
                s.execute();
            }
        });
    }

    /**
     * Before units change for the first time after a bulk import, writes their CREATED entries
     * (until then read from the units themselves) into the feed as they are, at their reserved
     * positions, so each entry keeps saying what was created. {@code units} selects them.
     */
    public void materialise(Where units) {
        units.bind(em.createNativeQuery("""
                with virtual as (
                    update org_unit u set created_change_seq = null
                    from (select id, created_change_seq as seq from org_unit
                          where created_change_seq is not null""" + units.conditions() + """
                          for update) v
                    where u.id = v.id
                    returning v.seq, u.*)
                insert into org_unit_change (seq, org_unit_id, change_type, name, level, parent_id, path,
                    previous_path, division_code, status, version, changed_at, changed_by)
                select seq, id, 'CREATED', name, level, parent_id, path, null, division_code, status, version,
                    created_at, created_by
                from virtual""")).executeUpdate();
    }
}
