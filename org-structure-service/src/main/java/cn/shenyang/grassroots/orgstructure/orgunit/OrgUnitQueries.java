package cn.shenyang.grassroots.orgstructure.orgunit;

import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
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
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (f.parentId() != null) {
            params.add(f.parentId());
            where.append(" and parent_id = ?").append(params.size());
        }
        if (f.ancestorId() != null) {
            OrgUnit ancestor = units.visibleOrNull(f.ancestorId());
            if (ancestor == null) {
                throw ProblemException.invalid("ancestorId", "no org unit " + f.ancestorId() + " exists");
            }
            params.add(ancestor.path);
            where.append(" and path <@ cast(?").append(params.size()).append(" as ltree)");
            params.add(ancestor.id);
            where.append(" and id <> ?").append(params.size());
        }
        if (f.level() != null) {
            params.add(f.level().name());
            where.append(" and level = ?").append(params.size());
        }
        if (f.q() != null && !f.q().isBlank()) {
            params.add("%" + f.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            where.append(" and name ilike ?").append(params.size());
        }
        if (f.divisionCode() != null) {
            params.add(f.divisionCode());
            where.append(" and division_code = ?").append(params.size());
        }
        if (f.status() != null) {
            params.add(f.status().name());
            where.append(" and status = ?").append(params.size());
        }
        caller.restrict(where, params, "path");
        String order = orderBy(f.sort());
        Query select = em.createNativeQuery("select * from org_unit" + where + " order by " + order
                + " limit " + page.size + " offset " + page.offset(), OrgUnit.class);
        Query count = em.createNativeQuery("select count(*) from org_unit" + where);
        for (int i = 0; i < params.size(); i++) {
            select.setParameter(i + 1, params.get(i));
            count.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<OrgUnit> items = select.getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(items, page.page, page.size, total);
    }

    /** The unit's ancestors inside the caller's scope, root first, not including the unit. */
    public List<OrgUnit> ancestors(UUID id) {
        OrgUnit unit = units.require(id);
        StringBuilder where = new StringBuilder(" where path @> cast(?1 as ltree) and id <> ?2");
        List<Object> params = new ArrayList<>(List.of(unit.path, unit.id));
        caller.restrict(where, params, "path");
        Query query = em.createNativeQuery("select * from org_unit" + where + " order by nlevel(path)", OrgUnit.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<OrgUnit> result = query.getResultList();
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

    private static String orderBy(String sort) {
        if (sort == null || sort.isBlank()) {
            return "path, id";
        }
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        String column = SORTS.get(key);
        if (column == null) {
            throw ProblemException.invalid("sort", "'" + sort + "' is not one of " + String.join(", ",
                    SORTS.keySet().stream().sorted().toList()) + " (prefix '-' for descending)");
        }
        return column + (descending ? " desc" : "") + ", id";
    }
}
