package cn.shenyang.grassroots.rural.industry;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of village industries within the caller's subtree, and "one village, one product" coverage, in PostgreSQL. */
@ApplicationScoped
public class VillageIndustryQueries {
    private static final Map<String, String> SORTS = Map.of("name", "i.name", "startedOn", "i.started_on",
            "greenhouseAreaHectares", "i.greenhouse_area_hectares", "householdsInvolved", "i.households_involved",
            "updatedAt", "i.updated_at");

    /**
     * ?1 the subtree's path, ?2 the day: industries of the subtree's villages running that day, in
     * total (category null) and by category; leading ones count only for villages active today.
     * The last column counts the subtree's active villages.
     */
    private static final String COVERAGE = """
            with r as (
              select i.category, i.leading_industry, i.village_id, i.greenhouse_area_hectares, i.households_involved,
                     u.status = 'ACTIVE' as active
              from village_industry i join org_unit_replica u on u.id = i.village_id
              where u.path <@ cast(?1 as ltree) and i.started_on <= ?2 and (i.ended_on is null or i.ended_on >= ?2))
            select r.category,
                   count(distinct r.village_id) filter (where r.leading_industry and r.active),
                   count(*) filter (where r.village_id is not null),
                   coalesce(sum(r.greenhouse_area_hectares), 0),
                   coalesce(sum(r.households_involved), 0),
                   (select count(*) from org_unit_replica u
                    where u.path <@ cast(?1 as ltree) and u.level = 'VILLAGE' and u.status = 'ACTIVE')
            from r
            group by grouping sets ((), (r.category))
            order by r.category nulls first""";

    public record Filter(UUID orgUnitId, IndustryCategory category, Boolean leading, LocalDate activeOn, String q,
            String sort) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    public Page<VillageIndustry> list(Filter f, PageRequest page) {
        Where w = new Where();
        if (f.orgUnitId() != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(f.orgUnitId(), "orgUnitId").path());
        }
        w.andIf(f.category(), "i.category = ?").andIf(f.leading(), "i.leading_industry = ?");
        if (f.activeOn() != null) {
            w.and("i.started_on <= ? and (i.ended_on is null or i.ended_on >= ?)", f.activeOn(), f.activeOn());
        }
        if (f.q() != null && !f.q().isBlank()) {
            w.and("i.name ilike ?", Where.contains(f.q()));
        }
        caller.restrict(w, "u.path");
        return w.page(em, "i.*", "village_industry i join org_unit_replica u on u.id = i.village_id",
                Where.orderBy(f.sort(), SORTS, "i.started_on desc", "i.id"), page, VillageIndustry.class);
    }

    @SuppressWarnings("unchecked")
    public VillageIndustryView.Coverage coverage(UUID orgUnitId, LocalDate asOf) {
        ReplicaUnit unit = orgUnits.requireField(orgUnitId, "orgUnitId");
        List<Object[]> rows = em.createNativeQuery(COVERAGE).setParameter(1, unit.path()).setParameter(2, asOf)
                .getResultList();
        Object[] total = rows.get(0);
        List<VillageIndustryView.CategoryCoverage> byCategory = new ArrayList<>();
        for (Object[] r : rows.subList(1, rows.size())) {
            byCategory.add(new VillageIndustryView.CategoryCoverage(IndustryCategory.valueOf((String) r[0]), n(r[1]),
                    n(r[2]), Money.yuan((BigDecimal) r[3]), n(r[4])));
        }
        long villages = n(total[5]);
        return new VillageIndustryView.Coverage(unit.id(), unit.name(), asOf, villages, n(total[1]),
                Money.rate(n(total[1]), villages), n(total[2]), Money.yuan((BigDecimal) total[3]), n(total[4]), byCategory);
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
