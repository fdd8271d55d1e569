package cn.shenyang.grassroots.rural.cooperative;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.orgreplica.ReplicaUnit;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import cn.shenyang.grassroots.rural.support.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** Reads of cooperatives within the caller's subtree, and their totals for a year, in PostgreSQL. */
@ApplicationScoped
public class CooperativeQueries {
    private static final Map<String, String> SORTS = Map.of("name", "c.name", "foundedOn", "c.founded_on",
            "kind", "c.kind", "updatedAt", "c.updated_at");

    /**
     * ?1 the subtree's path, ?2 the year: the cooperatives of the subtree's villages existing in the
     * year (founded by its last day, not dissolved before its first) with their results for it.
     */
    private static final String TOTALS = """
            select count(*) filter (where c.kind = 'FARMER_COOPERATIVE'),
                   count(*) filter (where c.kind = 'FAMILY_FARM'),
                   count(*) filter (where c.leader_role <> 'NOT_A_CADRE'),
                   count(distinct coalesce(c.leader_id_number, cast(c.id as text))) filter (where c.leader_role <> 'NOT_A_CADRE'),
                   coalesce(sum(r.linked_households), 0),
                   coalesce(sum(r.income_increase), 0),
                   coalesce(sum(r.linked_households) filter (where c.leader_role <> 'NOT_A_CADRE'), 0),
                   coalesce(sum(r.income_increase) filter (where c.leader_role <> 'NOT_A_CADRE'), 0),
                   count(r.id)
            from cooperative c join org_unit_replica u on u.id = c.village_id
              left join cooperative_result r on r.cooperative_id = c.id and r.year = ?2
            where u.path <@ cast(?1 as ltree) and c.founded_on <= make_date(?2, 12, 31)
              and (c.dissolved_on is null or c.dissolved_on >= make_date(?2, 1, 1))""";

    public record Filter(UUID orgUnitId, CooperativeKind kind, Boolean cadreLed, Integer activeInYear, String q, String sort) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    CooperativeLookup cooperatives;

    public Page<Cooperative> list(Filter f, PageRequest page) {
        Where w = new Where();
        if (f.orgUnitId() != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(f.orgUnitId(), "orgUnitId").path());
        }
        w.andIf(f.kind(), "c.kind = ?");
        if (f.cadreLed() != null) {
            w.and(f.cadreLed() ? "c.leader_role <> 'NOT_A_CADRE'" : "c.leader_role = 'NOT_A_CADRE'");
        }
        if (f.activeInYear() != null) {
            w.and("c.founded_on <= make_date(?, 12, 31) and (c.dissolved_on is null or c.dissolved_on >= make_date(?, 1, 1))",
                    f.activeInYear(), f.activeInYear());
        }
        if (f.q() != null && !f.q().isBlank()) {
            w.and("c.name ilike ?", Where.contains(f.q()));
        }
        caller.restrict(w, "u.path");
        return w.page(em, "c.*", "cooperative c join org_unit_replica u on u.id = c.village_id",
                Where.orderBy(f.sort(), SORTS, "c.name", "c.id"), page, Cooperative.class);
    }

    public Page<CooperativeResult> results(UUID cooperativeId, PageRequest page) {
        cooperatives.require(cooperativeId);
        return new Where().and("r.cooperative_id = ?", cooperativeId).page(em, "r.*", "cooperative_result r", "r.year",
                page, CooperativeResult.class);
    }

    public CooperativeView.Totals totals(UUID orgUnitId, int year) {
        ReplicaUnit unit = orgUnits.requireField(orgUnitId, "orgUnitId");
        Object[] r = (Object[]) em.createNativeQuery(TOTALS).setParameter(1, unit.path()).setParameter(2, year)
                .getSingleResult();
        return new CooperativeView.Totals(unit.id(), unit.name(), year, n(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]),
                Money.yuan((BigDecimal) r[5]), n(r[6]), Money.yuan((BigDecimal) r[7]), n(r[8]));
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
