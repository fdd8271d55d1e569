package cn.shenyang.grassroots.orgstructure.servicesite;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnit;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitService;
import cn.shenyang.grassroots.orgstructure.support.Rows;
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

@ApplicationScoped
public class ServiceSiteQueries {
    private static final Map<String, String> SORTS = Map.of("name", "s.name", "kind", "s.kind");

    /** Sites of a subtree by kind and by the level of their unit, one pass with grouping sets; ?1 the subtree path. */
    private static final String COUNTS = """
            select grouping(s.kind), s.kind, u.level, count(*)
            from service_site s join org_unit u on u.id = s.org_unit_id
            where s.org_unit_path <@ cast(?1 as ltree)
            group by grouping sets ((s.kind), (u.level))""";

    public record Filter(UUID orgUnitId, ServiceSiteKind kind, String q, String sort) {}

    @Inject
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    ServiceSiteService sites;

    @Inject
    Caller caller;

    public Page<ServiceSiteRequests.View> list(Filter f, PageRequest page) {
        Where where = new Where();
        if (f.orgUnitId() != null) {
            where.and("s.org_unit_path <@ cast(? as ltree)", unit(f.orgUnitId()).path);
        }
        where.andIf(f.kind(), "s.kind = ?").andIf(f.q() == null || f.q().isBlank() ? null : Where.contains(f.q()), "s.name ilike ?");
        caller.restrict(where, "s.org_unit_path");
        return where.page(em, "s.*", "service_site s", Where.orderBy(f.sort(), SORTS, "s.name", "s.id"), page,
                ServiceSite.class).map(sites::view);
    }

    public ServiceSiteRequests.Counts counts(UUID orgUnitId) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        OrgUnit root = unit(orgUnitId);
        Map<ServiceSiteKind, Long> byKind = new EnumMap<>(ServiceSiteKind.class);
        Map<Level, Long> byLevel = new EnumMap<>(Level.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COUNTS).setParameter(1, root.path).getResultList();
        long total = 0;
        for (Object[] r : rows) {
            if (Rows.count(r[0]) == 0) {
                byKind.put(ServiceSiteKind.valueOf((String) r[1]), Rows.count(r[3]));
                total += Rows.count(r[3]);
            } else {
                byLevel.put(Level.valueOf((String) r[2]), Rows.count(r[3]));
            }
        }
        return new ServiceSiteRequests.Counts(root.id, total, byKind, byLevel);
    }

    private OrgUnit unit(UUID id) {
        OrgUnit unit = units.visibleOrNull(id);
        if (unit == null) {
            throw ProblemException.invalid("orgUnitId", "no org unit " + id + " exists");
        }
        return unit;
    }
}
