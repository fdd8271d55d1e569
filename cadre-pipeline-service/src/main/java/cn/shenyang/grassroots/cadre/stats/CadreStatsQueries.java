package cn.shenyang.grassroots.cadre.stats;

import cn.shenyang.grassroots.cadre.mentoring.MentoringQueries;
import cn.shenyang.grassroots.cadre.reserve.CadreSource;
import cn.shenyang.grassroots.cadre.reserve.RecommendationChannel;
import cn.shenyang.grassroots.cadre.reserve.Stage;
import cn.shenyang.grassroots.cadre.support.Today;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.orgreplica.ReplicaUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reserve-cadre statistics, aggregated in PostgreSQL over the replica subtree ({@code path <@ scope}). */
@ApplicationScoped
public class CadreStatsQueries {
    /** The selection stages in order; the funnel columns of COUNTS follow it from QUALIFIED on. */
    private static final List<Stage> FUNNEL = List.of(Stage.RECOMMENDED, Stage.QUALIFIED, Stage.NOMINATED,
            Stage.INSPECTED, Stage.PUBLICIZED, Stage.IN_RESERVE);

    /**
     * The scoped cadres as of a day, each with the dates of its steps on or before it and the stage
     * it was in that day (CTE {@code x}). ?1 scope path, ?2 year, ?3 the pool date, ?4 the year's
     * first day, ?5 the last day counted in the year (its last day or the pool date, if earlier).
     * Steps are dated by occurred_on; a step is never dated before the one it follows and seq rises
     * with each, so the stage a cadre was in on a day is that of its highest-seq step dated on or
     * before the day. Each cadre's steps are read by its own index range (the lateral subquery), so
     * the cost follows the cadres in scope, not the whole table of steps: joined as a set, PostgreSQL
     * hashed every step of every jurisdiction, twice (pgbench, 400 cadres in scope: 134 runs/s with
     * 55,505 steps in the table against 272 with 7,195; read per cadre, 268 and 298). A cadre recommended
     * after the pool date counts in no figure (each step, Party steps included, is dated no earlier than
     * the recommendation), so it is left out before its steps are read: a past year costs what its
     * cadres cost, however many came later.
     */
    private static final String CADRES = """
            with c as (
              select c.id, c.source, c.channel, c.cohort_year, c.recommended_on, c.probationary_on, c.member_on,
                     c.village_id, u.name as village_name, u.parent_id as township_id
              from reserve_cadre c join org_unit_replica u on u.id = c.village_id
              where u.path <@ cast(?1 as ltree) and c.recommended_on <= ?3),
            x as (
              select c.*, h.admitted_on, h.left_on, h.removed_on, h.elected_on, h.qualified, h.nominated, h.inspected,
                     h.publicized, h.admitted, h.stage_then,
                     c.cohort_year = ?2 and c.recommended_on <= ?3 as cohort
              from c cross join lateral (
                select min(t.occurred_on) filter (where t.to_stage = 'IN_RESERVE') as admitted_on,
                       min(t.occurred_on) filter (where t.to_stage in ('REMOVED', 'ELECTED')) as left_on,
                       min(t.occurred_on) filter (where t.to_stage = 'REMOVED') as removed_on,
                       min(t.occurred_on) filter (where t.to_stage = 'ELECTED') as elected_on,
                       bool_or(t.to_stage = 'QUALIFIED' and t.occurred_on <= ?3) as qualified,
                       bool_or(t.to_stage = 'NOMINATED' and t.occurred_on <= ?3) as nominated,
                       bool_or(t.to_stage = 'INSPECTED' and t.occurred_on <= ?3) as inspected,
                       bool_or(t.to_stage = 'PUBLICIZED' and t.occurred_on <= ?3) as publicized,
                       bool_or(t.to_stage = 'IN_RESERVE' and t.occurred_on <= ?3) as admitted,
                       (array_agg(t.to_stage order by t.seq desc) filter (where t.occurred_on <= ?3))[1] as stage_then
                from reserve_cadre_transition t where t.cadre_id = c.id) h)
            """;

    /** The figures of one group, in the order {@link #counts} and the funnel read them (columns 5–16). */
    private static final String FIGURES = """
                   count(*) filter (where x.cohort),
                   count(*) filter (where x.cohort and x.admitted_on <= ?3),
                   count(*) filter (where x.admitted_on <= ?3 and (x.left_on is null or x.left_on > ?3)),
                   count(*) filter (where x.probationary_on between ?4 and ?5),
                   count(*) filter (where x.member_on between ?4 and ?5),
                   count(*) filter (where x.elected_on between ?4 and ?5),
                   count(*) filter (where x.removed_on between ?4 and ?5),
                   count(*) filter (where x.cohort and x.qualified),
                   count(*) filter (where x.cohort and x.nominated),
                   count(*) filter (where x.cohort and x.inspected),
                   count(*) filter (where x.cohort and x.publicized),
                   count(*) filter (where x.cohort and x.admitted)
            """;

    /**
     * Every count of the statistics in one pass, grouped by grouping sets (the whole subtree,
     * source, channel, township, village, the stage each cadre was in on the pool date). Column 1
     * names the grouping.
     */
    private static final String COUNTS = CADRES + """
            select case when grouping(x.source) = 0 then 'SOURCE' when grouping(x.channel) = 0 then 'CHANNEL'
                        when grouping(x.township_id) = 0 then 'TOWNSHIP' when grouping(x.village_id) = 0 then 'VILLAGE'
                        when grouping(x.stage_then) = 0 then 'STAGE' else 'TOTAL' end,
                   coalesce(x.source, x.channel, x.stage_then),
                   coalesce(x.township_id, x.village_id),
                   coalesce(t.name, x.village_name),
            """ + FIGURES + """
            from x left join org_unit_replica t on t.id = x.township_id
            group by grouping sets ((), (x.source), (x.channel), (x.township_id, t.name), (x.village_id, x.village_name),
                                    (x.stage_then))
            order by 1, 4, 2, 3""";

    /** The TOTAL row of {@link #COUNTS} alone, for the overview: no groups, no names. */
    private static final String TOTALS = CADRES + "select 'TOTAL', null, null, null,\n" + FIGURES + "from x";

    @Inject
    EntityManager em;

    @Inject
    OrgUnits orgUnits;

    @Inject
    MentoringQueries mentoring;

    @Inject
    Today today;

    /** The statistics of {@code year} under the unit, as of {@code asOf} (null: the year's end, or today while it runs). */
    public ReserveCadreStats stats(UUID orgUnitId, int year, LocalDate asOf) {
        ReplicaUnit unit = orgUnits.requireField(orgUnitId, "orgUnitId");
        LocalDate now = today.date();
        Days days = Days.of(year, asOf, now);
        LocalDate poolDate = days.pool();

        ReserveCadreStats.Counts totals = new ReserveCadreStats.Counts(0, 0, null, 0, 0, 0, 0, 0);
        List<ReserveCadreStats.FunnelStep> funnel = funnel(new long[FUNNEL.size()]);
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        List<ReserveCadreStats.SourceCounts> bySource = new ArrayList<>();
        List<ReserveCadreStats.ChannelCounts> byChannel = new ArrayList<>();
        List<ReserveCadreStats.UnitCounts> byTownship = new ArrayList<>();
        List<ReserveCadreStats.UnitCounts> byVillage = new ArrayList<>();
        for (Object r : days.bind(em.createNativeQuery(COUNTS), unit.path(), year).getResultList()) {
            Object[] row = (Object[]) r;
            ReserveCadreStats.Counts counts = counts(row);
            String key = (String) row[1];
            switch ((String) row[0]) {
                case "TOTAL" -> {
                    totals = counts;
                    long[] reached = new long[FUNNEL.size()];
                    reached[0] = counts.recommended();
                    for (int i = 1; i < reached.length; i++) {
                        reached[i] = ((Number) row[10 + i]).longValue();
                    }
                    funnel = funnel(reached);
                }
                case "STAGE" -> {
                    if (key != null && counts.recommended() > 0) {
                        byStage.put(Stage.valueOf(key), counts.recommended());
                    }
                }
                default -> {
                    if (empty(counts) || row[1] == null && row[2] == null) {
                        continue;
                    }
                    switch ((String) row[0]) {
                        case "SOURCE" -> bySource.add(new ReserveCadreStats.SourceCounts(CadreSource.valueOf(key), counts));
                        case "CHANNEL" -> byChannel.add(new ReserveCadreStats.ChannelCounts(
                                RecommendationChannel.valueOf(key), counts));
                        case "TOWNSHIP" -> byTownship.add(new ReserveCadreStats.UnitCounts((UUID) row[2], (String) row[3], counts));
                        default -> byVillage.add(new ReserveCadreStats.UnitCounts((UUID) row[2], (String) row[3], counts));
                    }
                }
            }
        }

        // a period is over once its last day has passed: the day after poolDate, but never later than today
        LocalDate judgedOn = poolDate.plusDays(1).isBefore(now) ? poolDate.plusDays(1) : now;
        MentoringQueries.YearCompliance talks = mentoring.compliance(unit.path(), year, judgedOn);
        return new ReserveCadreStats(unit.id(), unit.name(), year, poolDate, funnel, byStage, totals, bySource,
                byChannel, byTownship, byVillage, new ReserveCadreStats.Mentoring(compliance(talks.mentor()),
                        compliance(talks.secretary())));
    }

    /**
     * The statistics' totals alone ({@code totals} of {@link #stats}, the same figures by the same
     * definitions), without the groups and the mentoring compliance the overview does not show.
     */
    public ReserveCadreStats.Counts totals(UUID orgUnitId, int year, LocalDate asOf) {
        ReplicaUnit unit = orgUnits.requireField(orgUnitId, "orgUnitId");
        Object[] row = (Object[]) Days.of(year, asOf, today.date()).bind(em.createNativeQuery(TOTALS), unit.path(), year)
                .getSingleResult();
        return counts(row);
    }

    /** The days a year's statistics count: the pool's day and the year's first and last counted day. */
    private record Days(LocalDate pool, LocalDate yearStart, LocalDate countedTo) {
        static Days of(int year, LocalDate asOf, LocalDate now) {
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            LocalDate pool = asOf != null ? asOf : yearEnd.isBefore(now) ? yearEnd : now;
            return new Days(pool, LocalDate.of(year, 1, 1), pool.isBefore(yearEnd) ? pool : yearEnd);
        }

        /** Binds ?1 to ?5 of {@link #CADRES}. */
        Query bind(Query query, String scopePath, int year) {
            return query.setParameter(1, scopePath).setParameter(2, year).setParameter(3, pool)
                    .setParameter(4, yearStart).setParameter(5, countedTo);
        }
    }

    private static List<ReserveCadreStats.FunnelStep> funnel(long[] reached) {
        List<ReserveCadreStats.FunnelStep> funnel = new ArrayList<>();
        for (int i = 0; i < FUNNEL.size(); i++) {
            funnel.add(new ReserveCadreStats.FunnelStep(FUNNEL.get(i), reached[i], i == 0 ? null : rate(reached[i], reached[i - 1])));
        }
        return funnel;
    }

    private static ReserveCadreStats.Counts counts(Object[] row) {
        long recommended = ((Number) row[4]).longValue();
        long reachedReserve = ((Number) row[5]).longValue();
        return new ReserveCadreStats.Counts(recommended, reachedReserve, rate(reachedReserve, recommended),
                ((Number) row[6]).longValue(), ((Number) row[7]).longValue(), ((Number) row[8]).longValue(),
                ((Number) row[9]).longValue(), ((Number) row[10]).longValue());
    }

    private static ReserveCadreStats.Compliance compliance(MentoringQueries.Compliance c) {
        return new ReserveCadreStats.Compliance(c.owed(), c.held(), c.rate());
    }

    private static boolean empty(ReserveCadreStats.Counts c) {
        return c.recommended() + c.inPool() + c.admittedProbationary() + c.becameFullMember() + c.enteredCommittees()
                + c.removed() == 0;
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }
}
