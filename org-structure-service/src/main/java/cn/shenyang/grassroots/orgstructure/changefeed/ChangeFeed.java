package cn.shenyang.grassroots.orgstructure.changefeed;

import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnit;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

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
        em.createNativeQuery("select pg_advisory_xact_lock_shared(?1)").setParameter(1, TREE_LOCK).getSingleResult();
    }

    /** For writers that move or dissolve units; taken before anything is read. */
    public void holdTreeExclusive() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, TREE_LOCK).getSingleResult();
    }

    /** Takes the feed lock, held to commit; for writers that then record several changes. */
    public void holdFeed() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, FEED_LOCK).getSingleResult();
    }

    /**
     * Appends the unit's change (stamped with its updatedAt/By) and applies {@code delta}, in one
     * statement and so one round trip, under the feed lock.
     */
    public void record(OrgUnit unit, ChangeType type, String previousPath, RollupDelta delta) {
        em.flush(); // so the row carries the version this change produced
        lockedAndCounted("""
                insert into org_unit_change (org_unit_id, change_type, name, level, parent_id, path,
                    previous_path, division_code, status, version, changed_at, changed_by)
                select ?6, ?7, ?8, ?9, ?10, cast(?11 as ltree), cast(?12 as ltree), ?13, ?14, ?15, ?16, ?17
                from feed_lock""", delta)
                .setParameter(6, unit.id)
                .setParameter(7, type.name())
                .setParameter(8, unit.name)
                .setParameter(9, unit.level.name())
                .setParameter(10, unit.parentId)
                .setParameter(11, unit.path)
                .setParameter(12, previousPath)
                .setParameter(13, unit.divisionCode)
                .setParameter(14, unit.status.name())
                .setParameter(15, unit.version)
                .setParameter(16, Timestamp.from(unit.updatedAt.toInstant()))
                .setParameter(17, unit.updatedBy)
                .executeUpdate();
    }

    /**
     * Appends one {@code type} entry for each of {@code units} as they are now stored (in path
     * order), and applies {@code delta}: for bulk writers that changed the rows with SQL. Sets of
     * ids and codes are joined as unnest(array), never compared with = any(cast(…)): that cast is
     * not folded to a constant, and re-reading a large array for every row made it quadratic.
     * {@code previousPath} is the moved unit's former path for a MOVED entry, else null.
     */
    public void recordStored(ChangeType type, List<UUID> units, String previousPath, RollupDelta delta) {
        lockedAndCounted("""
                insert into org_unit_change (org_unit_id, change_type, name, level, parent_id, path,
                    previous_path, division_code, status, version, changed_at, changed_by)
                select u.id, ?6, u.name, u.level, u.parent_id, u.path, cast(?7 as ltree), u.division_code, u.status,
                       u.version, u.updated_at, u.updated_by
                from feed_lock, org_unit u join unnest(cast(?8 as uuid[])) as changed(id) on u.id = changed.id
                order by u.path""", delta)
                .setParameter(6, type.name())
                .setParameter(7, previousPath)
                .setParameter(8, units.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .executeUpdate();
    }

    /**
     * {@code insert} (whose parameters start at ?6) preceded by taking the feed lock (?1) and
     * applying {@code delta} (?2 to ?5): the feed entry and its roll-ups in one statement.
     */
    private Query lockedAndCounted(String insert, RollupDelta delta) {
        return delta.bind(em.createNativeQuery(LOCK_AND_COUNT + insert)).setParameter(1, FEED_LOCK);
    }

    private static final String LOCK_AND_COUNT = """
            with feed_lock as (select pg_advisory_xact_lock(?1)),
            counted as (
                insert into org_unit_rollup (node_no, level, active, dissolved)
                select d.node_no, d.level, d.active, d.dissolved
                from feed_lock, unnest(cast(?2 as bigint[]), cast(?3 as varchar[]), cast(?4 as integer[]),
                    cast(?5 as integer[])) as d(node_no, level, active, dissolved)
                on conflict (node_no, level) do update set active = org_unit_rollup.active + excluded.active,
                    dissolved = org_unit_rollup.dissolved + excluded.dissolved)
            """;

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
