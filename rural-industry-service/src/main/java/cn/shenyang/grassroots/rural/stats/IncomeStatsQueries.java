package cn.shenyang.grassroots.rural.stats;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.orgreplica.ReplicaUnit;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.sql.Where;
import cn.shenyang.grassroots.rural.income.CollectiveIncomeView.IncomeSourceAmounts;
import cn.shenyang.grassroots.rural.income.IncomeReviewStatus;
import cn.shenyang.grassroots.rural.rating.DemonstrationLevel;
import cn.shenyang.grassroots.rural.support.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The collective-income indicators, aggregated in PostgreSQL over the villages of the replica
 * subtree ({@code path <@ scope}). Each village's income of a year is the counted revision's
 * total, read from the return itself (its current and latest confirmed totals are kept on it), so
 * a subtree's three years are one index range per village.
 */
@ApplicationScoped
public class IncomeStatsQueries {
    /**
     * The villages of the subtree (?1) with, for the year ?2 and the two before it, their counted
     * income (?3 true: the current revision of any return; false: the latest confirmed revision),
     * and the year's amounts by source. ?5 a demonstration rating for the year ('' for all villages).
     */
    private static final String FIGURES = """
            v as (
              select u.id, u.parent_id from org_unit_replica u
              where u.path <@ cast(?1 as ltree) and u.level = 'VILLAGE'
                and (?5 = '' or exists (select 1 from demonstration_rating d
                                        where d.org_unit_id = u.id and d.year = ?2 and d.rating = ?5))),
            inc as (
              select i.village_id, i.year, i.id as income_id,
                     case when ?3 then i.current_total else i.confirmed_total end as income,
                     case when ?3 then i.current_revision else i.confirmed_revision end as revision
              from v join collective_income i on i.village_id = v.id and i.year between ?2 - 2 and ?2),
            f as (
              select v.id as village_id, v.parent_id as township_id,
                     max(c.income) filter (where c.year = ?2) as y0,
                     max(c.income) filter (where c.year = ?2 - 1) as y1,
                     max(c.income) filter (where c.year = ?2 - 2) as y2,
                     sum(r.land) as land, sum(r.enclave) as enclave, sum(r.capable_person) as capable_person,
                     sum(r.asset_leasing) as asset_leasing, sum(r.service) as service, sum(r.other) as other
              from v join inc c on c.village_id = v.id and c.income is not null
                     left join collective_income_revision r
                       on c.year = ?2 and r.income_id = c.income_id and r.revision = c.revision
              group by v.id, v.parent_id)""";

    /**
     * Every figure of the whole set, once per threshold (?4, a numeric array, in the order asked):
     * the figures that do not depend on a threshold are taken on the first threshold's row only.
     * The median is the middle value, or the mean of the two middle values, of the year's incomes.
     */
    private static final String SUBTREE = "with " + FIGURES + """
            select t.n,
                   (select count(*) from v),
                   count(f.y0) filter (where t.n = 1),
                   count(f.y1) filter (where t.n = 1),
                   count(*) filter (where t.n = 1 and f.y0 is not null and f.y1 is not null),
                   count(*) filter (where t.n = 1 and f.y0 = 0),
                   count(*) filter (where t.n = 1 and f.y1 = 0),
                   count(*) filter (where t.n = 1 and f.y1 = 0 and f.y0 > 0),
                   sum(f.y0) filter (where t.n = 1),
                   sum(f.y1) filter (where t.n = 1),
                   (select round(avg(m.y0), 2) from (
                       select f.y0, row_number() over (order by f.y0) as rn, count(*) over () as c
                       from f where f.y0 is not null) m
                    where m.rn in ((m.c + 1) / 2, (m.c + 2) / 2)),
                   sum(f.land) filter (where t.n = 1), sum(f.enclave) filter (where t.n = 1),
                   sum(f.capable_person) filter (where t.n = 1), sum(f.asset_leasing) filter (where t.n = 1),
                   sum(f.service) filter (where t.n = 1), sum(f.other) filter (where t.n = 1),
                   t.threshold,
                   count(*) filter (where f.y0 >= t.threshold),
                   count(*) filter (where f.y0 >= t.threshold and (f.y1 is null or f.y1 < t.threshold)),
                   count(*) filter (where f.y1 >= t.threshold and (f.y2 is null or f.y2 < t.threshold)),
                   count(*) filter (where f.y0 - f.y1 > t.threshold)
            from unnest(cast(?4 as numeric[])) with ordinality as t(threshold, n) left join f on true
            group by t.n, t.threshold
            order by t.n""";

    /**
     * The same figures per township (the villages' parent unit), for one page of townships ordered
     * by name (?6 limit, ?7 offset); the last column counts every township of the set.
     */
    private static final String TOWNSHIPS = "with " + FIGURES + """
            ,
            p as (
              select t.id, t.name, count(*) over () as townships
              from org_unit_replica t where t.id in (select v.parent_id from v)
              order by t.name, t.id limit ?6 offset ?7),
            vc as (select v.parent_id, count(*) as villages from v join p on p.id = v.parent_id group by v.parent_id),
            med as (
              select m.township_id, round(avg(m.y0), 2) as median from (
                  select f.township_id, f.y0, row_number() over (partition by f.township_id order by f.y0) as rn,
                         count(*) over (partition by f.township_id) as c
                  from f join p on p.id = f.township_id where f.y0 is not null) m
              where m.rn in ((m.c + 1) / 2, (m.c + 2) / 2)
              group by m.township_id)
            select t.n,
                   vc.villages,
                   count(f.y0) filter (where t.n = 1),
                   count(f.y1) filter (where t.n = 1),
                   count(*) filter (where t.n = 1 and f.y0 is not null and f.y1 is not null),
                   count(*) filter (where t.n = 1 and f.y0 = 0),
                   count(*) filter (where t.n = 1 and f.y1 = 0),
                   count(*) filter (where t.n = 1 and f.y1 = 0 and f.y0 > 0),
                   sum(f.y0) filter (where t.n = 1),
                   sum(f.y1) filter (where t.n = 1),
                   med.median,
                   sum(f.land) filter (where t.n = 1), sum(f.enclave) filter (where t.n = 1),
                   sum(f.capable_person) filter (where t.n = 1), sum(f.asset_leasing) filter (where t.n = 1),
                   sum(f.service) filter (where t.n = 1), sum(f.other) filter (where t.n = 1),
                   t.threshold,
                   count(*) filter (where f.y0 >= t.threshold),
                   count(*) filter (where f.y0 >= t.threshold and (f.y1 is null or f.y1 < t.threshold)),
                   count(*) filter (where f.y1 >= t.threshold and (f.y2 is null or f.y2 < t.threshold)),
                   count(*) filter (where f.y0 - f.y1 > t.threshold),
                   p.id, p.name, p.townships
            from p cross join unnest(cast(?4 as numeric[])) with ordinality as t(threshold, n)
                   left join f on f.township_id = p.id
                   left join vc on vc.parent_id = p.id
                   left join med on med.township_id = p.id
            group by p.id, p.name, p.townships, vc.villages, med.median, t.n, t.threshold
            order by p.name, p.id, t.n""";

    /** How many townships the set has (?3 the rating or ''), for a page past the last one. */
    private static final String TOWNSHIP_COUNT = """
            select count(distinct u.parent_id) from org_unit_replica u
            where u.path <@ cast(?1 as ltree) and u.level = 'VILLAGE'
              and (?3 = '' or exists (select 1 from demonstration_rating d
                                      where d.org_unit_id = u.id and d.year = ?2 and d.rating = ?3))""";

    /**
     * Each village of the set with its counted income for the year and the previous year, the
     * status of its return for the year, one page (?6, ?7) in the order asked, and the count of all.
     */
    private static final String VILLAGES = """
            with v as (
              select u.id, u.name, u.parent_id from org_unit_replica u
              where u.path <@ cast(?1 as ltree) and u.level = 'VILLAGE'
                and (?4 = '' or exists (select 1 from demonstration_rating d
                                        where d.org_unit_id = u.id and d.year = ?2 and d.rating = ?4))),
            f as (
              select v.id, v.name, v.parent_id,
                     max(case when ?3 then i.current_total else i.confirmed_total end) filter (where i.year = ?2) as y0,
                     max(case when ?3 then i.current_total else i.confirmed_total end) filter (where i.year = ?2 - 1) as y1,
                     max(i.status) filter (where i.year = ?2) as status
              from v left join collective_income i on i.village_id = v.id and i.year between ?2 - 1 and ?2
              group by v.id, v.name, v.parent_id)
            select f.id, f.name, f.parent_id, t.name, f.status, f.y0, f.y1, f.y0 - f.y1,
                   case when f.y1 > 0 then round((f.y0 - f.y1) / f.y1, 4) end,
                   count(*) over ()
            from f left join org_unit_replica t on t.id = f.parent_id
            order by %s
            limit ?5 offset ?6""";

    private static final Map<String, String> VILLAGE_SORTS = Map.of(
            "name", "f.name", "income", "(f.y0 is null), f.y0", "change", "(f.y0 - f.y1 is null), f.y0 - f.y1",
            "growthRate", "(f.y1 is null or f.y1 = 0 or f.y0 is null), (f.y0 - f.y1) / nullif(f.y1, 0)");

    @Inject
    EntityManager em;

    @Inject
    OrgUnits orgUnits;

    /** What the indicators are asked about. */
    public record Ask(UUID orgUnitId, int year, IncomeStatsStatus status, DemonstrationLevel rating,
            List<BigDecimal> thresholds) {}

    public CollectiveIncomeStats subtree(Ask a) {
        ReplicaUnit unit = orgUnits.requireField(a.orgUnitId(), "orgUnitId");
        List<Object[]> rows = rows(bind(em.createNativeQuery(SUBTREE), unit, a));
        return new CollectiveIncomeStats(unit.id(), unit.name(), a.year(), a.status(), a.rating(), figures(rows, a));
    }

    public Page<CollectiveIncomeStats.TownshipFigures> townships(Ask a, PageRequest page) {
        ReplicaUnit unit = orgUnits.requireField(a.orgUnitId(), "orgUnitId");
        List<Object[]> rows = rows(bind(em.createNativeQuery(TOWNSHIPS), unit, a).setParameter(6, page.size)
                .setParameter(7, page.offset()));
        Map<UUID, List<Object[]>> byTownship = rows.stream().collect(Collectors.groupingBy(r -> (UUID) r[22],
                LinkedHashMap::new, Collectors.toList()));
        List<CollectiveIncomeStats.TownshipFigures> items = new ArrayList<>();
        byTownship.forEach((id, r) -> items.add(new CollectiveIncomeStats.TownshipFigures(id, (String) r.get(0)[23],
                figures(r, a))));
        long total = rows.isEmpty()
                ? ((Number) em.createNativeQuery(TOWNSHIP_COUNT).setParameter(1, unit.path()).setParameter(2, a.year())
                        .setParameter(3, a.rating() == null ? "" : a.rating().name()).getSingleResult()).longValue()
                : ((Number) rows.get(0)[24]).longValue();
        return new Page<>(items, page.page, page.size, total);
    }

    public Page<CollectiveIncomeStats.VillageGrowth> villages(Ask a, String sort, PageRequest page) {
        ReplicaUnit unit = orgUnits.requireField(a.orgUnitId(), "orgUnitId");
        String order = Where.orderBy(sort, VILLAGE_SORTS, "f.name", "f.id");
        List<Object[]> rows = rows(em.createNativeQuery(VILLAGES.formatted(order)).setParameter(1, unit.path())
                .setParameter(2, a.year()).setParameter(3, a.status() == IncomeStatsStatus.ANY)
                .setParameter(4, a.rating() == null ? "" : a.rating().name()).setParameter(5, page.size)
                .setParameter(6, page.offset()));
        List<CollectiveIncomeStats.VillageGrowth> items = rows.stream().map(r -> new CollectiveIncomeStats.VillageGrowth(
                (UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3],
                r[4] == null ? null : IncomeReviewStatus.valueOf((String) r[4]), money(r[5]), money(r[6]), money(r[7]),
                (BigDecimal) r[8])).toList();
        long total = rows.isEmpty() ? 0 : ((Number) rows.get(0)[9]).longValue();
        if (rows.isEmpty() && page.page > 0) {
            total = villages(new Ask(a.orgUnitId(), a.year(), a.status(), a.rating(), a.thresholds()), sort,
                    new PageRequest(0, 1)).totalItems();
        }
        return new Page<>(items, page.page, page.size, total);
    }

    private jakarta.persistence.Query bind(jakarta.persistence.Query q, ReplicaUnit unit, Ask a) {
        String thresholds = a.thresholds().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(",", "{", "}"));
        return q.setParameter(1, unit.path()).setParameter(2, a.year()).setParameter(3, a.status() == IncomeStatsStatus.ANY)
                .setParameter(4, thresholds).setParameter(5, a.rating() == null ? "" : a.rating().name());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query q) {
        return (List<Object[]>) q.getResultList();
    }

    /** The figures of one set from its rows, one per threshold in order (the first carries the others). */
    private static CollectiveIncomeStats.IncomeFigures figures(List<Object[]> rows, Ask a) {
        Object[] first = rows.get(0);
        long both = count(first[4]);
        List<CollectiveIncomeStats.ThresholdFigures> thresholds = new ArrayList<>();
        for (Object[] r : rows) {
            long newly = count(r[19]);
            long newlyBefore = count(r[20]);
            long risen = count(r[21]);
            thresholds.add(new CollectiveIncomeStats.ThresholdFigures(Money.yuan((BigDecimal) r[17]), count(r[18]),
                    newly, newlyBefore, newly - newlyBefore, Money.rate(newly - newlyBefore, newlyBefore), risen,
                    Money.rate(risen, both)));
        }
        BigDecimal total = Money.yuan((BigDecimal) first[8]);
        BigDecimal previous = Money.yuan((BigDecimal) first[9]);
        return new CollectiveIncomeStats.IncomeFigures(count(first[1]), count(first[2]), count(first[3]), both,
                count(first[5]), count(first[6]), count(first[7]), total, previous,
                Money.rate(total.subtract(previous), previous), money(first[10]),
                new IncomeSourceAmounts(Money.yuan((BigDecimal) first[11]), Money.yuan((BigDecimal) first[12]),
                        Money.yuan((BigDecimal) first[13]), Money.yuan((BigDecimal) first[14]),
                        Money.yuan((BigDecimal) first[15]), Money.yuan((BigDecimal) first[16])), thresholds);
    }

    private static long count(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static BigDecimal money(Object o) {
        return o == null ? null : Money.yuan((BigDecimal) o);
    }
}
