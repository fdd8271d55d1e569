package cn.shenyang.grassroots.orgstructure.orgunit;

import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.EventLoopReads;
import cn.shenyang.grassroots.platform.sql.Where;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;

/**
 * Reads of the organisation graph: subtrees are ranges of the path index ({@link Subtree}), and
 * counts over subtrees come from the roll-ups, so no read grows with the size of a subtree.
 */
@ApplicationScoped
public class OrgUnitQueries {
    /** Sort keys a caller may name; a leading '-' sorts descending. */
    private static final Map<String, String> SORTS = Map.of(
            "path", "path", "name", "name", "level", "level", "divisionCode", "division_code",
            "createdAt", "created_at", "updatedAt", "updated_at");
    /** Sort keys that are unique on their own: no tie-breaker after them. */
    private static final Set<String> UNIQUE_SORTS = Set.of("path");

    public record Filter(UUID parentId, UUID ancestorId, Level level, String q, String divisionCode,
            OrgUnitStatus status, String sort) {}

    @Inject
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    Caller caller;

    @Inject
    EventLoopReads reads;

    /** A row of a page: the unit, and the page's total from the roll-ups (the same on every row; null when not asked). */
    private record ListedUnit(OrgUnitView view, Long rolledUpTotal) {}

    /** The ancestor a page is filtered by: its path, and how many units below it the page's filters count. */
    private record Ancestor(String path, long rolledUpTotal) {}

    /**
     * A page of units as callers see them, read on the event loop. When the filters are ones the
     * roll-ups count (ancestor, level, status), the total comes from the roll-ups (with the ancestor,
     * or in the page's own statement); otherwise a count follows, and only when the page is full.
     */
    public Uni<Page<OrgUnitView>> list(Filter f, PageRequest page) {
        Uni<Ancestor> ancestor = f.ancestorId() == null ? Uni.createFrom().nullItem()
                : ancestor(f.ancestorId(), f.level(), f.status());
        return ancestor.chain(a -> page(f, page, a));
    }

    private Uni<Page<OrgUnitView>> page(Filter f, PageRequest page, Ancestor ancestor) {
        Where where = new Where();
        boolean rolledUp = f.parentId() == null && f.q() == null && f.divisionCode() == null;
        if (ancestor != null) {
            Subtree.below(where, "path", ancestor.path());
        }
        where.andIf(f.parentId(), "parent_id = ?")
                .andIf(f.level(), "level = ?")
                .andIf(f.q() == null || f.q().isBlank() ? null : Where.contains(f.q()), "name ilike ?")
                .andIf(f.divisionCode(), "division_code = ?")
                .andIf(f.status(), "status = ?");
        Subtree.visibleTo(caller, where, "path");
        // Below an ancestor the total is already known, and the page's statement stays small (planning
        // the roll-up subquery with it doubled its cost).
        String total = rolledUp && ancestor == null ? visibleTreeTotal(where, f.level(), f.status()) : "cast(null as bigint)";
        return reads.rows(where, "select " + OrgUnitView.COLUMNS + ", " + total + " from org_unit"
                + where.sql() + " order by " + Where.orderBy(f.sort(), SORTS, UNIQUE_SORTS, "path", "id")
                + " limit " + page.size + " offset " + page.offset(), row -> new ListedUnit(OrgUnitView.of(row),
                        row.getLong(OrgUnitView.COLUMN_COUNT))).chain(rows -> {
                            List<OrgUnitView> items = rows.stream().map(ListedUnit::view).toList();
                            Uni<Long> count;
                            if (items.size() < page.size && (page.page == 0 || !items.isEmpty())) {
                                count = Uni.createFrom().item((long) page.offset() + items.size());
                            } else if (rolledUp && ancestor != null) {
                                count = Uni.createFrom().item(ancestor.rolledUpTotal());
                            } else if (rolledUp && !rows.isEmpty()) {
                                count = Uni.createFrom().item(rows.get(0).rolledUpTotal());
                            } else {
                                count = reads.rows(where, "select count(*) from org_unit" + where.sql(), row -> row.getLong(0))
                                        .map(found -> found.get(0));
                            }
                            return count.map(n -> new Page<>(items, page.page, page.size, n));
                        });
    }

    /**
     * The ancestor's path and its roll-ups' count of {@code level} and {@code status} (either may be
     * null) in one statement, answered 400 when the caller cannot see it.
     */
    private Uni<Ancestor> ancestor(UUID id, Level level, OrgUnitStatus status) {
        Where w = new Where();
        String statusParam = w.param(status == null ? null : status.name());
        String levelParam = w.param(level == null ? null : level.name());
        w.and("a.id = ?", id);
        return reads.rows(w, "select a.path::text, "
                + rolledUp("org_unit_rollup r where r.node_no = a.node_no", levelParam, statusParam)
                + " from org_unit a" + w.sql(), row -> new Ancestor(row.getString(0), row.getLong(1))).map(found -> {
                    if (found.isEmpty() || !caller.covers(found.get(0).path())) {
                        throw ProblemException.invalid("ancestorId", "no org unit " + id + " exists");
                    }
                    return found.get(0);
                });
    }

    /** One unit as the caller sees it, read on the event loop (no entity to load, no worker thread). */
    public Uni<OrgUnitView> view(UUID id) {
        Where w = new Where().and("id = ?", id);
        return reads.rows(w, "select " + OrgUnitView.COLUMNS + " from org_unit" + w.sql(), OrgUnitView::of).map(found -> {
            if (found.isEmpty() || !caller.covers(found.get(0).path())) {
                throw ProblemException.notFound("Org unit", id);
            }
            return found.get(0);
        });
    }

    /** Active units of the caller's visible tree by level: its tops and their roll-ups, in one statement. */
    public OrgTreeStats treeStats() {
        Where tops = visibleTops();
        if (tops == null) {
            return new OrgTreeStats(0, Map.of(), Map.of());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = tops.bind(em.createNativeQuery("""
                with tops as (select node_no, level, status from org_unit t%s)
                select level, sum(n) from (
                    select level, case when status = 'ACTIVE' then 1 else 0 end as n from tops
                    union all
                    select r.level, r.active from tops join org_unit_rollup r on r.node_no = tops.node_no) counted
                group by level having sum(n) > 0""".formatted(tops.sql()))).getResultList();
        Map<Level, Long> byLevel = new EnumMap<>(Level.class);
        Map<Level.Tier, Long> byTier = new EnumMap<>(Level.Tier.class);
        long total = 0;
        for (Object[] r : rows) {
            Level level = Level.valueOf((String) r[0]);
            long n = ((Number) r[1]).longValue();
            byLevel.put(level, n);
            byTier.merge(level.tier, n, Long::sum);
            total += n;
        }
        return new OrgTreeStats(total, byLevel, byTier);
    }

    /** The roots for a whole-tree caller, the scope's root for a scoped one; null for a token without a scope. */
    private Where visibleTops() {
        if (caller.unrestricted()) {
            return new Where().and("t.parent_id is null");
        }
        return caller.scopePath() == null ? null : new Where().and("t.path = cast(? as ltree)", caller.scopePath());
    }

    /**
     * A scalar subquery for the page's total, its values added to {@code where}: how many units of
     * {@code level} and {@code status} (either may be null) the caller's visible tree holds — the
     * tops themselves (the roots, or the caller's scope root) plus the tops' roll-ups.
     */
    private String visibleTreeTotal(Where where, Level level, OrgUnitStatus status) {
        String tops = caller.unrestricted() ? "t.parent_id is null"
                : caller.scopePath() != null ? "t.path = cast(" + where.param(caller.scopePath()) + " as ltree)"
                : "false";
        String levelParam = where.param(level == null ? null : level.name());
        String statusParam = where.param(status == null ? null : status.name());
        return """
                (select (select count(*) from org_unit t
                         where %1$s and (cast(%2$s as varchar) is null or t.level = %2$s)
                           and (cast(%3$s as varchar) is null or t.status = %3$s))
                      + %4$s)""".formatted(tops, levelParam, statusParam,
                rolledUp("org_unit t join org_unit_rollup r on r.node_no = t.node_no where " + tops, levelParam, statusParam));
    }

    /**
     * A scalar subquery adding up the roll-up rows {@code r} of {@code rollups} (a FROM … WHERE naming
     * them) for the level and status placeholders given (each bound to null for "any").
     */
    private static String rolledUp(String rollups, String levelParam, String statusParam) {
        return """
                (select coalesce(sum(case cast(%3$s as varchar) when 'ACTIVE' then r.active
                                     when 'DISSOLVED' then r.dissolved else r.active + r.dissolved end), 0)
                 from %1$s and (cast(%2$s as varchar) is null or r.level = %2$s))""".formatted(rollups, levelParam, statusParam);
    }

    /** The unit's ancestors inside the caller's scope, root first, not including the unit: one path-index read. */
    public List<OrgUnit> ancestors(UUID id) {
        OrgUnit unit = units.require(id);
        String[] labels = unit.path.split("\\.");
        String[] paths = new String[labels.length - 1];
        for (int i = 0; i < paths.length; i++) {
            paths[i] = i == 0 ? labels[0] : paths[i - 1] + "." + labels[i];
        }
        @SuppressWarnings("unchecked")
        List<OrgUnit> found = em.createNativeQuery("select * from org_unit where path = any(cast(?1 as ltree[]))",
                OrgUnit.class).setParameter(1, Arrays.stream(paths).collect(Collectors.joining(",", "{", "}")))
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
        return found.stream().filter(a -> caller.covers(a.path))
                .sorted(Comparator.comparingInt(a -> a.path.length())).toList();
    }

    /** Active descendants by level, read from the unit's roll-ups together with the unit: one statement. */
    public OrgUnitStats stats(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select u.name, u.level, u.path::text, r.level as counted_level, r.active
                from org_unit u left join org_unit_rollup r on r.node_no = u.node_no and r.active > 0
                where u.id = ?1""").setParameter(1, id).getResultList();
        if (rows.isEmpty() || !caller.covers((String) rows.get(0)[2])) {
            throw ProblemException.notFound("Org unit", id);
        }
        Map<Level, Long> byLevel = new EnumMap<>(Level.class);
        Map<Level.Tier, Long> byTier = new EnumMap<>(Level.Tier.class);
        long total = 0;
        for (Object[] r : rows) {
            if (r[3] != null) {
                Level level = Level.valueOf((String) r[3]);
                long n = ((Number) r[4]).longValue();
                byLevel.put(level, n);
                byTier.merge(level.tier, n, Long::sum);
                total += n;
            }
        }
        Object[] unit = rows.get(0);
        return new OrgUnitStats(id, (String) unit[0], Level.valueOf((String) unit[1]), total, byLevel, byTier);
    }
}
