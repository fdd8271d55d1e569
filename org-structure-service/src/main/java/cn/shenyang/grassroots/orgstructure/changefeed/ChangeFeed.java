package cn.shenyang.grassroots.orgstructure.changefeed;

import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.OffsetDateTime;

/**
 * Appends to the org-unit change feed inside the writer's transaction.
 *
 * <p>Sequence numbers alone are handed out in start order, not commit order, so a reader could
 * pass a number whose transaction commits later and miss it. Each writer therefore takes one
 * transaction-scoped advisory lock right before numbering its rows: numbers are then issued in
 * commit order, and a reader that has seen N never sees a smaller number appear later.
 */
@ApplicationScoped
public class ChangeFeed {
    /** Arbitrary, fixed key of the advisory lock that orders feed writers. */
    public static final long FEED_LOCK = 0x6f72675f66656564L;

    @Inject
    EntityManager em;

    public void record(OrgUnit unit, ChangeType type, String previousPath, String actor, OffsetDateTime at) {
        em.flush(); // so the row carries the version this change produced
        lockFeed();
        em.createNativeQuery("""
                insert into org_unit_change (org_unit_id, change_type, name, level, parent_id, path,
                    previous_path, division_code, status, version, changed_at, changed_by)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as ltree), cast(?7 as ltree), ?8, ?9, ?10, ?11, ?12)""")
                .setParameter(1, unit.id)
                .setParameter(2, type.name())
                .setParameter(3, unit.name)
                .setParameter(4, unit.level.name())
                .setParameter(5, unit.parentId)
                .setParameter(6, unit.path)
                .setParameter(7, previousPath)
                .setParameter(8, unit.divisionCode)
                .setParameter(9, unit.status.name())
                .setParameter(10, unit.version)
                .setParameter(11, Timestamp.from(at.toInstant()))
                .setParameter(12, actor)
                .executeUpdate();
    }

    /** Held until commit; bulk writers that COPY into the feed take it too. */
    public void lockFeed() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, FEED_LOCK).getSingleResult();
    }
}
