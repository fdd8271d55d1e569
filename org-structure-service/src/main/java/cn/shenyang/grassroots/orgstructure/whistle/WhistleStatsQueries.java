package cn.shenyang.grassroots.orgstructure.whistle;

import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnit;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitService;
import cn.shenyang.grassroots.orgstructure.support.Rows;
import cn.shenyang.grassroots.orgstructure.support.Today;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Whistle statistics of a subtree and a period of raising (see {@link WhistleStats}), summed in
 * PostgreSQL from the tallies that migration V8 keeps.
 */
@ApplicationScoped
public class WhistleStatsQueries {
    static final ZoneId TALLY_ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * Every count from the tallies (V8) of the unit itself over the period's days, by grouping sets:
     * the whole subtree, each status, each category. Column 1 names the grouping. ?1 the unit's
     * path, ?2 the first day, ?3 the last day. A tally row whose whistles all moved on to another
     * status stays behind with zeros; "having" keeps it out of the lists.
     */
    private static final String COUNTS = """
            select case when grouping(t.status) = 0 then 'STATUS' when grouping(t.category_id) = 0 then 'CATEGORY'
                        else 'TOTAL' end,
                   t.status, t.category_id, c.name,
                   sum(t.raised), sum(t.dispatched), sum(t.checked_in), sum(t.checked_in_on_time), sum(t.resolved),
                   sum(t.confirmed), sum(t.rated), sum(t.rated_satisfied)
            from whistle_tally t join whistle_category c on c.id = t.category_id
            where t.scope_path = cast(?1 as ltree) and t.raised_on between ?2 and ?3
            group by grouping sets ((), (t.status), (t.category_id, c.name))
            having sum(t.raised) > 0""";

    /** The check-in histogram of the unit over the period (V8), by bucket; same parameters as COUNTS. */
    private static final String CHECK_IN_HISTOGRAM = """
            select t.bucket, sum(t.check_ins)
            from whistle_check_in_tally t
            where t.scope_path = cast(?1 as ltree) and t.raised_on between ?2 and ?3
            group by t.bucket
            having sum(t.check_ins) > 0
            order by t.bucket""";

    /**
     * The minutes to check in at one position within one bucket of the histogram: ?4 the bucket, ?5
     * the position in it. The subtree test is written "is true" to keep it off the path index, whose
     * selectivity estimate for ltree is a constant.
     */
    private static final String MINUTES_AT = """
            select w.minutes_to_check_in
            from whistle w
            where w.check_in_bucket = ?4 and w.raised_on between ?2 and ?3 and w.first_lead_check_in_at is not null
              and (w.community_path <@ cast(?1 as ltree)) is true
            order by w.minutes_to_check_in
            offset ?5 limit 1""";

    /** The median over every whistle, for when the whistles moved on between reading the histogram and a bucket. */
    private static final String MEDIAN = """
            select percentile_cont(0.5) within group (order by w.minutes_to_check_in)
            from whistle w
            where (w.community_path <@ cast(?1 as ltree)) is true and w.raised_on between ?2 and ?3
              and w.first_lead_check_in_at is not null""";

    /** Lead assignments of the period's whistles by department, from the unit's own tallies; same parameters as COUNTS. */
    private static final String DEPARTMENTS = """
            select t.department_id, d.name, t.lead_assignments, t.checked_in, t.checked_in_on_time, t.results_reported,
                   t.returned
            from (select department_id, sum(lead_assignments) as lead_assignments, sum(checked_in) as checked_in,
                         sum(checked_in_on_time) as checked_in_on_time, sum(results_reported) as results_reported,
                         sum(returned) as returned
                  from whistle_department_tally
                  where scope_path = cast(?1 as ltree) and raised_on between ?2 and ?3
                  group by department_id
                  having sum(lead_assignments) > 0) t
            join department d on d.id = t.department_id""";

    @Inject
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    Today today;

    /** The tallies count local days in the zone migration V8 wrote into whistle.raised_on; another zone would miscount. */
    void requireTallyZone(@Observes StartupEvent started) {
        if (!TALLY_ZONE.equals(today.zone())) {
            throw new IllegalStateException("governance.time-zone is " + today.zone() + ", but whistle statistics count days in "
                    + TALLY_ZONE + " (whistle.raised_on, migration V8); changing the zone needs a migration that recomputes them");
        }
    }

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
        long[] total = new long[8];
        Map<WhistleStatus, Long> byStatus = new EnumMap<>(WhistleStatus.class);
        List<WhistleStats.CategoryCount> byCategory = new ArrayList<>();
        for (Object r : em.createNativeQuery(COUNTS).setParameter(1, unit.path).setParameter(2, from)
                .setParameter(3, to).getResultList()) {
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
        Double median = median(unit.path, from, to);
        return new WhistleStats(unit.id, unit.name, from, to, total[0], total[1], total[2], total[3], total[4], total[5],
                total[6], total[7], rate(total[3], total[1]), rate(total[4], total[1]), rate(total[7], total[6]),
                median == null ? null : BigDecimal.valueOf(median).setScale(2, RoundingMode.HALF_UP),
                byStatus, byCategory, ranking(unit.path, from, to));
    }

    /**
     * The median as percentile_cont(0.5) computes it, the two middle values interpolated the same way,
     * each read from the one histogram bucket that holds it rather than from the whole period.
     */
    private Double median(String path, LocalDate from, LocalDate to) {
        List<long[]> buckets = new ArrayList<>();
        long n = 0;
        for (Object r : em.createNativeQuery(CHECK_IN_HISTOGRAM).setParameter(1, path).setParameter(2, from)
                .setParameter(3, to).getResultList()) {
            Object[] row = (Object[]) r;
            buckets.add(new long[] {((Number) row[0]).longValue(), n, Rows.count(row[1])});
            n += Rows.count(row[1]);
        }
        if (n == 0) {
            return null;
        }
        Double low = minutesAt(path, from, to, buckets, (n - 1) / 2);
        Double high = n % 2 == 1 ? low : minutesAt(path, from, to, buckets, n / 2);
        if (low == null || high == null) {
            Object all = em.createNativeQuery(MEDIAN).setParameter(1, path).setParameter(2, from).setParameter(3, to)
                    .getSingleResult();
            return all == null ? null : ((Number) all).doubleValue();
        }
        return low + (high - low) * 0.5;
    }

    /** The value at a 0-based position of the period's sorted minutes; buckets hold (bucket, values before it, count). */
    private Double minutesAt(String path, LocalDate from, LocalDate to, List<long[]> buckets, long position) {
        for (long[] b : buckets) {
            if (position < b[1] + b[2]) {
                List<?> found = em.createNativeQuery(MINUTES_AT).setParameter(1, path).setParameter(2, from)
                        .setParameter(3, to).setParameter(4, (int) b[0]).setParameter(5, position - b[1]).getResultList();
                return found.isEmpty() ? null : ((Number) found.get(0)).doubleValue();
            }
        }
        return null;
    }

    private List<WhistleStats.DepartmentRank> ranking(String path, LocalDate from, LocalDate to) {
        record Counts(UUID id, String name, long[] n) {}
        List<Counts> counts = new ArrayList<>();
        for (Object r : em.createNativeQuery(DEPARTMENTS).setParameter(1, path).setParameter(2, from)
                .setParameter(3, to).getResultList()) {
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
