package cn.shenyang.grassroots.orgstructure.orgunit;

import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of the organisation graph. Subtrees are ltree containment on the GiST index. */
@ApplicationScoped
public class OrgUnitQueries {
    /** Sort keys a caller may name; a leading '-' sorts descending. */
    private static final Map<String, String> SORTS = Map.of(
            "path", "path", "name", "name", "level", "level", "divisionCode", "division_code",
            "createdAt", "created_at", "updatedAt", "updated_at");

    public record Filter(UUID parentId, UUID ancestorId, Level level, String q, String divisionCode,
            OrgUnitStatus status, String sort) {}

    @Inject
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    Caller caller;

    public Page<OrgUnit> list(Filter f, PageRequest page) {
        Where where = new Where().andIf(f.parentId(), "parent_id = ?");
        if (f.ancestorId() != null) {
            OrgUnit ancestor = units.visibleOrNull(f.ancestorId());
            if (ancestor == null) {
                throw ProblemException.invalid("ancestorId", "no org unit " + f.ancestorId() + " exists");
            }
            where.and("path <@ cast(? as ltree) and id <> ?", ancestor.path, ancestor.id);
        }
        where.andIf(f.level(), "level = ?")
                .andIf(f.q() == null || f.q().isBlank() ? null : Where.contains(f.q()), "name ilike ?")
                .andIf(f.divisionCode(), "division_code = ?")
                .andIf(f.status(), "status = ?");
        caller.restrict(where, "path");
        return where.page(em, "*", "org_unit", Where.orderBy(f.sort(), SORTS, "path", "id"), page, OrgUnit.class);
    }

    /** The unit's ancestors inside the caller's scope, root first, not including the unit. */
    public List<OrgUnit> ancestors(UUID id) {
        OrgUnit unit = units.require(id);
        Where where = caller.restrict(new Where().and("path @> cast(? as ltree) and id <> ?", unit.path, unit.id), "path");
        @SuppressWarnings("unchecked")
        List<OrgUnit> result = where.bind(em.createNativeQuery("select * from org_unit" + where.sql()
                + " order by nlevel(path)", OrgUnit.class)).getResultList();
        return result;
    }

    /** Active descendants of a unit counted by level, in one aggregate over the subtree. */
    public OrgUnitStats stats(UUID id) {
        OrgUnit unit = units.require(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select level, count(*) from org_unit
                where path <@ cast(?1 as ltree) and id <> ?2 and status = 'ACTIVE' group by level""")
                .setParameter(1, unit.path).setParameter(2, unit.id).getResultList();
        Map<Level, Long> byLevel = new EnumMap<>(Level.class);
        long total = 0;
        for (Object[] r : rows) {
            long n = ((Number) r[1]).longValue();
            byLevel.put(Level.valueOf((String) r[0]), n);
            total += n;
        }
        return new OrgUnitStats(unit.id, unit.name, unit.level, total, byLevel);
    }
}
