package cn.shenyang.grassroots.volunteer.stats;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.orgreplica.ReplicaUnit;
import cn.shenyang.grassroots.volunteer.activity.ActivityKind;
import cn.shenyang.grassroots.volunteer.compound.PropertyServiceGrade;
import cn.shenyang.grassroots.volunteer.hours.StarLevels;
import cn.shenyang.grassroots.volunteer.opinion.OpinionStatus;
import cn.shenyang.grassroots.volunteer.support.Today;
import cn.shenyang.grassroots.volunteer.team.TeamKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The statistics of a subtree, aggregated in PostgreSQL in two statements; definitions in {@link VolunteerStats}. */
@ApplicationScoped
public class VolunteerStatsQueries {
    /**
     * The counted volunteers and their service. ?1 scope path, ?2 periodEnd, ?3/?4 the first and last
     * year counted. Hours come from the sums by home community and year kept with the ledger, star
     * levels from the days they were reached, both over ACTIVE volunteers living in the subtree:
     * anyone with hours or a star by periodEnd had registered by then, since no service precedes
     * registration. A volunteer with k stars on periodEnd has reached levels 1..k by then, so
     * "exactly k" is (reached k) − (reached k+1).
     */
    private static final String VOLUNTEERS = """
            select v.counted, v.party, h.hours, s.reached1, s.reached2, s.reached3, s.reached4, s.reached5
            from (select count(*) as counted, count(*) filter (where v.party_member) as party
                  from volunteer v join org_unit_replica u on u.id = v.home_community_id
                  where u.path <@ cast(?1 as ltree) and v.status = 'ACTIVE' and v.registered_on <= ?2) v,
                 (select coalesce(sum(c.hours), 0) as hours
                  from community_year_hours c join org_unit_replica u on u.id = c.community_id
                  where u.path <@ cast(?1 as ltree) and c.year between ?3 and ?4) h,
                 (select count(*) filter (where s.stars = 1) as reached1, count(*) filter (where s.stars = 2) as reached2,
                         count(*) filter (where s.stars = 3) as reached3, count(*) filter (where s.stars = 4) as reached4,
                         count(*) filter (where s.stars = 5) as reached5
                  from volunteer_star s join org_unit_replica u on u.id = s.home_community_id
                  where u.path <@ cast(?1 as ltree) and s.active and s.attained_on <= ?2) s""";

    /**
     * Everything else, one row per group: (figure, key, count, items). ?1 scope path, ?2 periodEnd,
     * ?3 periodStart (a day long past for all time), ?4 the first instant of the period, ?5 the first
     * instant after periodEnd, ?6 now (a fair is held once it has started).
     */
    private static final String OTHERS = """
            select 'TEAM', t.kind, count(*), 0
            from volunteer_team t join org_unit_replica u on u.id = t.org_unit_id
            where u.path <@ cast(?1 as ltree) and t.founded_on <= ?2
            group by t.kind
            union all
            select 'ACTIVITY', a.kind, count(*), coalesce(sum(i.n), 0)
            from service_activity a join org_unit_replica u on u.id = a.org_unit_id
            left join lateral (select count(*) as n from service_item i where i.activity_id = a.id) i on true
            where u.path <@ cast(?1 as ltree) and a.status <> 'CANCELLED'
              and a.starts_at >= ?4 and a.starts_at < ?5 and a.starts_at <= ?6
            group by a.kind
            union all
            select 'GRADE', g.to_grade, count(*), 0
            from (select distinct on (g.compound_id) g.to_grade
                  from compound_grade_change g join residential_compound c on c.id = g.compound_id
                  join org_unit_replica u on u.id = c.community_id
                  where u.path <@ cast(?1 as ltree) and g.occurred_on <= ?2
                  order by g.compound_id, g.occurred_on desc, g.seq desc) g
            group by g.to_grade
            union all
            select 'OPINION', o.status, count(*), 0
            from opinion o join representative_studio s on s.id = o.studio_id join org_unit_replica u on u.id = s.org_unit_id
            where u.path <@ cast(?1 as ltree) and o.received_on between ?3 and ?2
            group by o.status
            union all
            select 'STEP', st.action, count(distinct st.opinion_id), 0
            from opinion_step st join opinion o on o.id = st.opinion_id
            join representative_studio s on s.id = o.studio_id join org_unit_replica u on u.id = s.org_unit_id
            where u.path <@ cast(?1 as ltree) and st.action in ('RESOLVE', 'CONVERT_TO_PROPOSAL')
              and st.occurred_on between ?3 and ?2
            group by st.action
            union all
            select 'OPEN_DAY', null, count(*), 0
            from studio_open_day d join representative_studio s on s.id = d.studio_id
            join org_unit_replica u on u.id = s.org_unit_id
            where u.path <@ cast(?1 as ltree) and d.held_on between ?3 and ?2""";

    /** Stands for "the beginning" in the all-time period. */
    private static final LocalDate LONG_AGO = LocalDate.of(1900, 1, 1);

    @Inject
    EntityManager em;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Today today;

    public VolunteerStats stats(UUID orgUnitId, Integer year) {
        ReplicaUnit unit = orgUnits.requireField(orgUnitId, "orgUnitId");
        LocalDate now = today.date();
        LocalDate start = year == null ? null : LocalDate.of(year, 1, 1);
        LocalDate end = year == null || LocalDate.of(year, 12, 31).isAfter(now) ? now : LocalDate.of(year, 12, 31);
        LocalDate from = start == null ? LONG_AGO : start;

        Object[] v = (Object[]) em.createNativeQuery(VOLUNTEERS).setParameter(1, unit.path()).setParameter(2, end)
                .setParameter(3, year == null ? 0 : year).setParameter(4, year == null ? 9999 : year).getSingleResult();
        long volunteers = ((Number) v[0]).longValue();
        List<VolunteerStats.StarCount> stars = new ArrayList<>();
        long reachedHere = volunteers;
        for (int level = 0; level <= StarLevels.MAX; level++) {
            long reachedNext = level == StarLevels.MAX ? 0 : ((Number) v[3 + level]).longValue();
            stars.add(new VolunteerStats.StarCount(level, reachedHere - reachedNext));
            reachedHere = reachedNext;
        }

        Map<TeamKind, Long> teams = zeros(TeamKind.class);
        Map<ActivityKind, Long> held = zeros(ActivityKind.class);
        Map<PropertyServiceGrade, Long> grades = zeros(PropertyServiceGrade.class);
        Map<OpinionStatus, Long> opinions = zeros(OpinionStatus.class);
        long fairItems = 0;
        long resolved = 0;
        long converted = 0;
        long openDays = 0;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(OTHERS).setParameter(1, unit.path()).setParameter(2, end)
                .setParameter(3, from).setParameter(4, startOf(from)).setParameter(5, startOf(end.plusDays(1)))
                .setParameter(6, today.now()).getResultList();
        for (Object[] r : rows) {
            String key = (String) r[1];
            long count = ((Number) r[2]).longValue();
            switch ((String) r[0]) {
                case "TEAM" -> teams.put(TeamKind.valueOf(key), count);
                case "ACTIVITY" -> {
                    held.put(ActivityKind.valueOf(key), count);
                    if (ActivityKind.valueOf(key) == ActivityKind.SERVICE_FAIR) {
                        fairItems = ((Number) r[3]).longValue();
                    }
                }
                case "GRADE" -> grades.put(PropertyServiceGrade.valueOf(key), count);
                case "OPINION" -> opinions.put(OpinionStatus.valueOf(key), count);
                case "STEP" -> {
                    if (OpinionStatus.Action.RESOLVE.name().equals(key)) {
                        resolved = count;
                    } else {
                        converted = count;
                    }
                }
                default -> openDays = count;
            }
        }
        long received = opinions.values().stream().mapToLong(Long::longValue).sum();
        return new VolunteerStats(unit.id(), unit.name(), year, start, end,
                new VolunteerStats.Volunteers(volunteers, ((Number) v[1]).longValue(), ((BigDecimal) v[2]).setScale(1), stars),
                teams, new VolunteerStats.Activities(held.get(ActivityKind.SERVICE_FAIR), fairItems, held), grades,
                new VolunteerStats.Opinions(received, opinions, resolved, converted, openDays));
    }

    private OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(today.zone()).toOffsetDateTime();
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> m = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            m.put(e, 0L);
        }
        return m;
    }
}
