package cn.shenyang.grassroots.cadre.coverage;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.orgreplica.ReplicaUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Coverage gaps under a subtree, computed in PostgreSQL in one statement. */
@ApplicationScoped
public class CoverageQueries {
    /**
     * The villages, the pool members and the rows of every gap under a subtree (CTEs villages,
     * members, gaps). ?1 scope path, ?2 the day, ?3 the first day of its year. Pool members on ?2:
     * admitted on or before it, not removed or elected on or before it.
     */
    private static final String GAPS = """
            with villages as (
              select v.id, v.name, v.parent_id from org_unit_replica v
              where v.path <@ cast(?1 as ltree) and v.level = 'VILLAGE' and v.status = 'ACTIVE'),
            members as (
              select c.id, c.name, c.village_id, u.name as village_name, u.parent_id as township_id
              from reserve_cadre c join org_unit_replica u on u.id = c.village_id
              join reserve_cadre_transition t on t.cadre_id = c.id and t.to_stage in ('IN_RESERVE', 'REMOVED', 'ELECTED')
              where u.path <@ cast(?1 as ltree) and c.stage in ('IN_RESERVE', 'REMOVED', 'ELECTED')
              group by c.id, c.name, c.village_id, u.name, u.parent_id
              having min(t.occurred_on) filter (where t.to_stage = 'IN_RESERVE') <= ?2
                 and coalesce(min(t.occurred_on) filter (where t.to_stage in ('REMOVED', 'ELECTED')) > ?2, true)),
            gaps as (
              select 'VILLAGES_WITHOUT_POOL_MEMBER' as gap, null::uuid as cadre_id, null::varchar as cadre_name,
                     v.id as village_id, v.name as village_name, v.parent_id as township_id
              from villages v where not exists (select 1 from members m where m.village_id = v.id)
              union all
              select 'WITHOUT_' || l.level || '_MENTOR', m.id, m.name, m.village_id, m.village_name, m.township_id
              from members m cross join (values ('TOWNSHIP'), ('VILLAGE')) as l(level)
              where not exists (select 1 from mentorship x where x.cadre_id = m.id and x.level = l.level
                                and x.starts_on <= ?2 and (x.ends_on is null or x.ends_on >= ?2))
              union all
              select 'WITHOUT_' || k.kind, m.id, m.name, m.village_id, m.village_name, m.township_id
              from members m cross join (values ('TOWNSHIP_ROTATION'), ('VILLAGE_DIRECTED')) as k(kind)
              where not exists (select 1 from training_record r where r.cadre_id = m.id and r.kind = k.kind
                                and r.starts_on between ?3 and ?2))
            """;

    /**
     * The totals (first row, gap 'TOTALS': villages and pool members), then each gap's rows of the
     * page with the gap's size; a gap's first row always comes, flagged outside the page when it is,
     * so its size is known. ?4 one gap or 'ALL', ?5 rows to skip in each gap, ?6 rows to keep in each
     * gap. Naming the rows means sorting every gap's rows by name: most of the statement's work.
     */
    private static final String COVERAGE = GAPS + """
            , ranked as (
              select g.*, count(*) over (partition by g.gap) as total,
                     row_number() over (partition by g.gap order by g.cadre_name, g.village_name, g.cadre_id, g.village_id) as n
              from gaps g where ?4 = 'ALL' or g.gap = ?4)
            select 'TOTALS', null, null, null, null, null, null, (select count(*) from villages),
                   (select count(*) from members), false, 0
            union all
            select r.gap, r.cadre_id, r.cadre_name, r.village_id, r.village_name, r.township_id, t.name, r.total, 0,
                   r.n > ?5 and r.n <= ?5 + ?6, r.n
            from ranked r left join org_unit_replica t on t.id = r.township_id
            where r.n = 1 or (r.n > ?5 and r.n <= ?5 + ?6)
            order by 1, 11""";

    /**
     * The counts of {@link #COVERAGE} alone, in its columns (the same CTEs; no rows named, so nothing
     * sorted): the totals row, then one row per gap that has any, none of them in a page.
     */
    private static final String COUNTS = GAPS + """
            select 'TOTALS', null, null, null, null, null, null, (select count(*) from villages),
                   (select count(*) from members), false
            union all
            select g.gap, null, null, null, null, null, null, count(*), 0, false from gaps g group by g.gap""";

    /** Everything one coverage statement answered. */
    record Found(ReplicaUnit unit, long villages, long poolMembers, Map<CoverageGap, Long> counts,
            Map<CoverageGap, List<CoverageView.Item>> items) {}

    @Inject
    EntityManager em;

    @Inject
    OrgUnits orgUnits;

    /** Every gap under the unit on {@code asOf}: the counts, and the first {@code size} of each list. */
    public CoverageView.Coverage coverage(UUID orgUnitId, LocalDate asOf, int size) {
        Found f = size == 0 ? counts(orgUnitId, asOf) : find(orgUnitId, asOf, null, 0, size);
        return new CoverageView.Coverage(f.unit().id(), f.unit().name(), asOf, f.villages(), f.poolMembers(),
                gap(f, CoverageGap.VILLAGES_WITHOUT_POOL_MEMBER), gap(f, CoverageGap.WITHOUT_TOWNSHIP_MENTOR),
                gap(f, CoverageGap.WITHOUT_VILLAGE_MENTOR), gap(f, CoverageGap.WITHOUT_TOWNSHIP_ROTATION),
                gap(f, CoverageGap.WITHOUT_VILLAGE_DIRECTED));
    }

    private static CoverageView.Gap gap(Found f, CoverageGap gap) {
        return new CoverageView.Gap(gap, f.counts().get(gap), f.items().get(gap));
    }

    /** Every gap's size under the unit on {@code asOf}, with no rows (the overview's coverage). */
    @SuppressWarnings("unchecked")
    private Found counts(UUID orgUnitId, LocalDate asOf) {
        ReplicaUnit unit = orgUnits.requireField(orgUnitId, "orgUnitId");
        return found(unit, em.createNativeQuery(COUNTS).setParameter(1, unit.path()).setParameter(2, asOf)
                .setParameter(3, asOf.withDayOfYear(1)).getResultList());
    }

    /** The gaps under the unit on {@code asOf}: {@code gap} alone, or all when null; rows skip..skip+size of each. */
    @SuppressWarnings("unchecked")
    Found find(UUID orgUnitId, LocalDate asOf, CoverageGap gap, int skip, int size) {
        ReplicaUnit unit = orgUnits.requireField(orgUnitId, "orgUnitId");
        return found(unit, em.createNativeQuery(COVERAGE).setParameter(1, unit.path())
                .setParameter(2, asOf).setParameter(3, asOf.withDayOfYear(1)).setParameter(4, gap == null ? "ALL" : gap.name())
                .setParameter(5, skip).setParameter(6, size).getResultList());
    }

    /** The rows of {@link #COVERAGE} or {@link #COUNTS}: the totals, each gap's size, the rows in the page. */
    private static Found found(ReplicaUnit unit, List<Object[]> rows) {
        Map<CoverageGap, Long> counts = new EnumMap<>(CoverageGap.class);
        Map<CoverageGap, List<CoverageView.Item>> items = new EnumMap<>(CoverageGap.class);
        for (CoverageGap g : CoverageGap.values()) {
            counts.put(g, 0L);
            items.put(g, new ArrayList<>());
        }
        long villages = 0;
        long members = 0;
        for (Object[] r : rows) {
            if ("TOTALS".equals(r[0])) {
                villages = ((Number) r[7]).longValue();
                members = ((Number) r[8]).longValue();
                continue;
            }
            CoverageGap g = CoverageGap.valueOf((String) r[0]);
            counts.put(g, ((Number) r[7]).longValue());
            if (Boolean.TRUE.equals(r[9])) {
                items.get(g).add(new CoverageView.Item((UUID) r[1], (String) r[2], (UUID) r[3], (String) r[4], (UUID) r[5],
                        (String) r[6]));
            }
        }
        return new Found(unit, villages, members, counts, items);
    }
}
