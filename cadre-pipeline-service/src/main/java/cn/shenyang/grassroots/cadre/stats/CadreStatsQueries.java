package cn.shenyang.grassroots.cadre.stats;

import cn.shenyang.grassroots.cadre.mentoring.MentoringQueries;
import cn.shenyang.grassroots.cadre.reserve.CadreSource;
import cn.shenyang.grassroots.cadre.reserve.Stage;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.cadre.support.Today;
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

/** Reserve-cadre statistics, aggregated in PostgreSQL over the replica subtree ({@code path <@ scope}). */
@ApplicationScoped
public class CadreStatsQueries {
    private static final List<Stage> FUNNEL = List.of(Stage.RECOMMENDED, Stage.QUALIFIED, Stage.NOMINATED,
            Stage.INSPECTED, Stage.PUBLICIZED, Stage.IN_RESERVE);

    /**
     * Every count, for the whole subtree, per source and per township, in one pass: the scoped
     * cadres with their first admission and removal dates, grouped by grouping sets.
     * ?1 scope path, ?2 year, ?3 pool date. Column 0 tells the grouping apart.
     */
    private static final String COUNTS = """
            with c as (
              select c.id, c.source, c.cohort_year, c.member_on, c.elected_on, u.parent_id as township_id
              from reserve_cadre c join org_unit_replica u on u.id = c.village_id
              where u.path <@ cast(?1 as ltree)),
            h as (
              select t.cadre_id, min(t.occurred_on) filter (where t.to_stage = 'IN_RESERVE') as admitted_on,
                     min(t.occurred_on) filter (where t.to_stage = 'REMOVED') as removed_on
              from reserve_cadre_transition t join c on c.id = t.cadre_id
              where t.to_stage in ('IN_RESERVE', 'REMOVED') group by t.cadre_id)
            select grouping(c.source, c.township_id, p.name), c.source, c.township_id, p.name,
              count(*) filter (where c.cohort_year = ?2),
              count(*) filter (where c.cohort_year = ?2 and h.admitted_on is not null),
              count(*) filter (where h.admitted_on <= ?3 and (h.removed_on is null or h.removed_on > ?3)),
              count(*) filter (where c.member_on >= make_date(?2, 1, 1) and c.member_on < make_date(?2 + 1, 1, 1)),
              count(*) filter (where c.elected_on >= make_date(?2, 1, 1) and c.elected_on < make_date(?2 + 1, 1, 1)),
              count(*) filter (where h.removed_on >= make_date(?2, 1, 1) and h.removed_on < make_date(?2 + 1, 1, 1))
            from c left join h on h.cadre_id = c.id left join org_unit_replica p on p.id = c.township_id
            group by grouping sets ((), (c.source), (c.township_id, p.name))
            order by 1, 2, 4, 3""";

    /**
     * The cohort's funnel and where it stands now, in one statement: REACHED rows count the cohort
     * cadres with a step into each stage, CURRENT rows the cohort cadres by current stage.
     * ?1 scope path, ?2 year.
     */
    private static final String STAGES = """
            with cohort as (
              select c.id, c.stage from reserve_cadre c join org_unit_replica u on u.id = c.village_id
              where u.path <@ cast(?1 as ltree) and c.cohort_year = ?2)
            select 'REACHED', t.to_stage, count(distinct t.cadre_id)
            from reserve_cadre_transition t join cohort on cohort.id = t.cadre_id group by t.to_stage
            union all
            select 'CURRENT', cohort.stage, count(*) from cohort group by cohort.stage""";

    @Inject
    EntityManager em;

    @Inject
    OrgUnits orgUnits;

    @Inject
    MentoringQueries mentoring;

    @Inject
    Today today;

    public ReserveCadreStats stats(UUID orgUnitId, int year) {
        ReplicaUnit unit = orgUnits.requireField(orgUnitId, "orgUnitId");
        LocalDate now = today.date();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate poolDate = yearEnd.isBefore(now) ? yearEnd : now;

        ReserveCadreStats.Counts totals = null;
        List<ReserveCadreStats.SourceCounts> bySource = new ArrayList<>();
        List<ReserveCadreStats.TownshipCounts> byTownship = new ArrayList<>();
        for (Object r : em.createNativeQuery(COUNTS).setParameter(1, unit.path()).setParameter(2, year)
                .setParameter(3, poolDate).getResultList()) {
            Object[] row = (Object[]) r;
            ReserveCadreStats.Counts counts = counts(row, 4);
            // grouping(): 7 = the whole subtree, 3 = by source, 4 = by township
            switch (((Number) row[0]).intValue()) {
                case 7 -> totals = counts;
                case 3 -> {
                    if (!empty(counts)) {
                        bySource.add(new ReserveCadreStats.SourceCounts(CadreSource.valueOf((String) row[1]), counts));
                    }
                }
                default -> {
                    if (!empty(counts)) {
                        byTownship.add(new ReserveCadreStats.TownshipCounts((UUID) row[2], (String) row[3], counts));
                    }
                }
            }
        }
        if (totals == null) {
            totals = new ReserveCadreStats.Counts(0, 0, null, 0, 0, 0, 0);
        }

        Map<Stage, Long> reached = new EnumMap<>(Stage.class);
        Map<Stage, Long> current = new EnumMap<>(Stage.class);
        for (Object r : em.createNativeQuery(STAGES).setParameter(1, unit.path()).setParameter(2, year).getResultList()) {
            Object[] row = (Object[]) r;
            ("REACHED".equals(row[0]) ? reached : current).put(Stage.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        List<ReserveCadreStats.FunnelStep> funnel = new ArrayList<>();
        Long previous = null;
        for (Stage s : FUNNEL) {
            long n = reached.getOrDefault(s, 0L);
            funnel.add(new ReserveCadreStats.FunnelStep(s, n, previous == null ? null : rate(n, previous)));
            previous = n;
        }

        MentoringQueries.YearCompliance talks = mentoring.compliance(unit.path(), year, now);
        MentoringQueries.Compliance mentor = talks.mentor();
        MentoringQueries.Compliance secretary = talks.secretary();
        return new ReserveCadreStats(unit.id(), unit.name(), year, poolDate, funnel, current, totals, bySource,
                byTownship, new ReserveCadreStats.Mentoring(
                        new ReserveCadreStats.Compliance(mentor.owed(), mentor.held(), mentor.rate()),
                        new ReserveCadreStats.Compliance(secretary.owed(), secretary.held(), secretary.rate())));
    }

    private static ReserveCadreStats.Counts counts(Object[] row, int from) {
        long recommended = ((Number) row[from]).longValue();
        long reachedReserve = ((Number) row[from + 1]).longValue();
        return new ReserveCadreStats.Counts(recommended, reachedReserve, rate(reachedReserve, recommended),
                ((Number) row[from + 2]).longValue(), ((Number) row[from + 3]).longValue(),
                ((Number) row[from + 4]).longValue(), ((Number) row[from + 5]).longValue());
    }

    private static boolean empty(ReserveCadreStats.Counts c) {
        return c.recommended() + c.inPool() + c.joinedParty() + c.electedToCommittee() + c.leftPool() == 0;
    }

    static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }
}
