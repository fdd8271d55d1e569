package cn.shenyang.grassroots.orgstructure.orgunit;

import cn.shenyang.grassroots.orgstructure.changefeed.ChangeFeed;
import cn.shenyang.grassroots.orgstructure.changefeed.RollupDelta;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a move does below the moved unit, for single moves and synchronisations alike: the
 * descendants' paths follow in one statement (each gets a new version; the feed carries only the
 * moved unit's MOVED entry, which replicas apply to the whole subtree), and the roll-ups of the
 * old and new ancestors change by the subtree's counts. Callers hold the tree lock exclusively.
 */
@ApplicationScoped
public class SubtreeMoves {
    @Inject
    EntityManager em;

    @Inject
    ChangeFeed changes;

    /**
     * Rewrites the paths below {@code from} to lie below {@code to} and answers the roll-up change
     * the move makes, counting the moved unit ({@code nodeNo}, {@code level}, {@code status}) too.
     */
    public RollupDelta rewriteBelow(String from, String to, long nodeNo, Level level, OrgUnitStatus status,
            String actor, OffsetDateTime at) {
        changes.materialise(Subtree.within(new Where(), "path", from));
        Map<Level, int[]> subtree = counts(nodeNo);
        subtree.computeIfAbsent(level, l -> new int[2])[status == OrgUnitStatus.ACTIVE ? 0 : 1]++;
        em.createNativeQuery("""
                update org_unit set path = cast(?1 as ltree) || subpath(path, nlevel(cast(?2 as ltree))),
                       version = version + 1, updated_at = ?3, updated_by = ?4
                where path > cast(?2 as ltree) and path < cast(?5 as ltree)""")
                .setParameter(1, to).setParameter(2, from).setParameter(3, at).setParameter(4, actor)
                .setParameter(5, Subtree.end(from))
                .executeUpdate();
        return RollupDelta.moved(from, to, subtree);
    }

    /** The unit's descendants by level, active and dissolved, from its roll-ups. */
    private Map<Level, int[]> counts(long nodeNo) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select level, active, dissolved from org_unit_rollup where node_no = ?1")
                .setParameter(1, nodeNo).getResultList();
        Map<Level, int[]> counts = new EnumMap<>(Level.class);
        for (Object[] r : rows) {
            counts.put(Level.valueOf((String) r[0]), new int[] {((Number) r[1]).intValue(), ((Number) r[2]).intValue()});
        }
        return counts;
    }
}
