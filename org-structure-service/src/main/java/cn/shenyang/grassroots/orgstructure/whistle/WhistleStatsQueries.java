package cn.shenyang.grassroots.orgstructure.whistle;

import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnit;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitService;
import cn.shenyang.grassroots.orgstructure.support.Rows;
import cn.shenyang.grassroots.orgstructure.support.Today;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Whistle statistics, aggregated in PostgreSQL over a subtree and a period of raising (see {@link WhistleStats}). */
@ApplicationScoped
public class WhistleStatsQueries {
    /**
     * Every count in one pass over the period's whistles, by grouping sets: the whole subtree, each
     * status, each category. Column 1 names the grouping. ?1 subtree path, ?2 first instant, ?3 the
     * instant after the period. The period is read from the whistle_stats index; the subtree test is
     * written "is true" to keep it off the path index, whose selectivity estimate for ltree is a
     * constant and would send a district's million rows through GiST and the heap.
     */
    private static final String COUNTS = """
            select case when grouping(w.status) = 0 then 'STATUS' when grouping(w.category_id) = 0 then 'CATEGORY'
                        else 'TOTAL' end,
                   w.status, w.category_id, c.name,
                   count(*),
                   count(w.first_dispatched_at),
                   count(w.first_lead_check_in_at),
                   count(*) filter (where w.first_lead_check_in_on_time),
                   count(w.first_resolved_at),
                   count(w.confirmed_at),
                   count(w.rating),
                   count(*) filter (where w.rating >= 4)
            from whistle w join whistle_category c on c.id = w.category_id
            where (w.community_path <@ cast(?1 as ltree)) is true and w.raised_at >= ?2 and w.raised_at < ?3
            group by grouping sets ((), (w.status), (w.category_id, c.name))""";

    /** The median minutes from becoming lead to the first lead check-in; same parameters. */
    private static final String MEDIAN = """
            select percentile_cont(0.5) within group (
                     order by extract(epoch from w.first_lead_check_in_at - w.first_lead_assigned_at) / 60)
            from whistle w
            where (w.community_path <@ cast(?1 as ltree)) is true and w.raised_at >= ?2 and w.raised_at < ?3
              and w.first_lead_check_in_at is not null""";

    /** Lead assignments of the period's whistles by department, from the assignments' own index; same parameters. */
    private static final String DEPARTMENTS = """
            select a.department_id, d.name, count(*), count(a.checked_in_at),
                   count(*) filter (where a.checked_in_at <= a.check_in_deadline),
                   count(a.result_reported_at), count(a.returned_at)
            from whistle_assignment a join department d on d.id = a.department_id
            where a.role = 'LEAD' and (a.community_path <@ cast(?1 as ltree)) is true
              and a.raised_at >= ?2 and a.raised_at < ?3
            group by a.department_id, d.name""";

    @Inject
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    Today today;

    public WhistleStats stats(UUID orgUnitId, LocalDate from, LocalDate to) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        if (from == null) {
            throw ProblemException.invalid("from", "is required");
        }
        if (to == null) {
            throw ProblemException.invalid("to", "is required");
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from (" + from + ")");
        }
        OrgUnit unit = units.visibleOrNull(orgUnitId);
        if (unit == null) {
            throw ProblemException.invalid("orgUnitId", "no org unit " + orgUnitId + " exists");
        }
        OffsetDateTime start = from.atStartOfDay(today.zone()).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(today.zone()).toOffsetDateTime();

        long[] total = new long[8];
        Map<WhistleStatus, Long> byStatus = new EnumMap<>(WhistleStatus.class);
        List<WhistleStats.CategoryCount> byCategory = new ArrayList<>();
        for (Object r : em.createNativeQuery(COUNTS).setParameter(1, unit.path).setParameter(2, start)
                .setParameter(3, end).getResultList()) {
            Object[] row = (Object[]) r;
            switch ((String) row[0]) {
                case "TOTAL" -> {
                    for (int i = 0; i < total.length; i++) {
                        total[i] = Rows.count(row[4 + i]);
                    }
                }
                case "STATUS" -> byStatus.put(WhistleStatus.valueOf((String) row[1]), Rows.count(row[4]));
                default -> byCategory.add(new WhistleStats.CategoryCount((UUID) row[2], (String) row[3], Rows.count(row[4])));
            }
        }
        byCategory.sort(Comparator.comparing(WhistleStats.CategoryCount::name).thenComparing(WhistleStats.CategoryCount::categoryId));
        Object median = em.createNativeQuery(MEDIAN).setParameter(1, unit.path).setParameter(2, start)
                .setParameter(3, end).getSingleResult();
        return new WhistleStats(unit.id, unit.name, from, to, total[0], total[1], total[2], total[3], total[4], total[5],
                total[6], total[7], rate(total[3], total[1]), rate(total[4], total[1]), rate(total[7], total[6]),
                median == null ? null : BigDecimal.valueOf(((Number) median).doubleValue()).setScale(2, RoundingMode.HALF_UP),
                byStatus, byCategory, ranking(unit.path, start, end));
    }

    private List<WhistleStats.DepartmentRank> ranking(String path, OffsetDateTime start, OffsetDateTime end) {
        record Counts(UUID id, String name, long[] n) {}
        List<Counts> counts = new ArrayList<>();
        for (Object r : em.createNativeQuery(DEPARTMENTS).setParameter(1, path).setParameter(2, start)
                .setParameter(3, end).getResultList()) {
            Object[] row = (Object[]) r;
            long[] n = new long[5];
            for (int i = 0; i < n.length; i++) {
                n[i] = Rows.count(row[2 + i]);
            }
            counts.add(new Counts((UUID) row[0], (String) row[1], n));
        }
        counts.sort(Comparator.comparing((Counts c) -> rate(c.n()[2], c.n()[0])).reversed()
                .thenComparing(c -> -c.n()[3]).thenComparing(Counts::name).thenComparing(Counts::id));
        List<WhistleStats.DepartmentRank> ranking = new ArrayList<>();
        for (Counts c : counts) {
            ranking.add(new WhistleStats.DepartmentRank(ranking.size() + 1, c.id(), c.name(), c.n()[0], c.n()[1], c.n()[2],
                    c.n()[3], c.n()[4], rate(c.n()[2], c.n()[0])));
        }
        return ranking;
    }

    /** part / whole as a decimal rounded half-up to 4 places; null when whole is 0. */
    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
