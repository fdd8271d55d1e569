package cn.shenyang.grassroots.cadre.mentoring;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Scopes;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Reads of mentorships and talks, and the talk rules as SQL: who owed a talk for a period and
 * whether it was held. The same obligations feed the overdue list and the compliance rate.
 */
@ApplicationScoped
public class MentoringQueries {
    private static final String MENTORSHIPS = """
            mentorship x join reserve_cadre c on c.id = x.cadre_id join org_unit_replica u on u.id = c.village_id""";
    private static final String TALKS = """
            talk_record x join reserve_cadre c on c.id = x.cadre_id join org_unit_replica u on u.id = c.village_id""";

    /**
     * The CTE {@code obligations}: one row per talk owed under a scope, with whether it was held.
     * A cadre owes talks while a member of the pool: admitted (first IN_RESERVE step) at least the
     * grace days before a period's last day and not gone (REMOVED or ELECTED) by that day.
     * MENTOR_HALF_YEAR: for each half-year, one talk by a township mentor and one by a village
     * mentor, whether or not a mentor was assigned; held when a mentor of that level talked with
     * the cadre within the half-year. SECRETARY_YEAR: for the year, one talk by the township Party
     * secretary. ?1 scope path ('' for the whole tree), ?2 and ?3 the first and last half-year
     * start (the half-years between them that ended before ?4 count), ?4 the day judged on, ?5 the
     * secretary's year (owed once it ended before ?4), ?6 grace days.
     */
    private static final String OBLIGATIONS = """
            with half as (
              select to_char(ps, 'YYYY') || case when extract(month from ps) = 1 then '-H1' else '-H2' end as label,
                     ps, pe
              from (select cast(g as date) as ps, cast(g + interval '6 months' - interval '1 day' as date) as pe
                    from generate_series(cast(?2 as date), cast(?3 as date), interval '6 months') g) p
              where pe < cast(?4 as date)),
            year as (
              select cast(?5 as varchar) as label, make_date(?5, 1, 1) as ps, make_date(?5, 12, 31) as pe
              where make_date(?5, 12, 31) < cast(?4 as date)),
            members as (
              select c.id, c.name, c.village_id, u.parent_id as township_id,
                     min(t.occurred_on) filter (where t.to_stage = 'IN_RESERVE') as admitted_on,
                     min(t.occurred_on) filter (where t.to_stage in ('REMOVED', 'ELECTED')) as left_on
              from reserve_cadre c join org_unit_replica u on u.id = c.village_id
              join reserve_cadre_transition t on t.cadre_id = c.id and t.to_stage in ('IN_RESERVE', 'REMOVED', 'ELECTED')
              where u.path <@ cast(?1 as ltree) and c.stage in ('IN_RESERVE', 'REMOVED', 'ELECTED')
              group by c.id, c.name, c.village_id, u.parent_id),
            obligations as (
              select 'MENTOR_HALF_YEAR' as kind, m.id as cadre_id, m.name as cadre_name, m.village_id, m.township_id,
                     l.level as mentor_level, h.label as period, h.ps as period_start, h.pe as due_by,
                     exists (select 1 from talk_record t where t.cadre_id = m.id
                             and t.talker_role = l.level || '_MENTOR' and t.held_on between h.ps and h.pe) as held
              from members m cross join half h cross join (values ('TOWNSHIP'), ('VILLAGE')) as l(level)
              where m.admitted_on <= h.pe - ?6 and (m.left_on is null or m.left_on > h.pe)
              union all
              select 'SECRETARY_YEAR', m.id, m.name, m.village_id, m.township_id, null, y.label, y.ps, y.pe,
                     exists (select 1 from talk_record t where t.cadre_id = m.id
                             and t.talker_role = 'TOWNSHIP_SECRETARY' and t.held_on between y.ps and y.pe)
              from members m cross join year y
              where m.admitted_on <= y.pe - ?6 and (m.left_on is null or m.left_on > y.pe))
            """;

    /**
     * A page of the obligations not met, earliest deadline first, each with the mentorship of its
     * level current on the deadline (if any) and the latest talk of its kind before it; ?7 limit, ?8 offset.
     */
    private static final String OVERDUE = OBLIGATIONS + """
            select o.kind, o.cadre_id, o.cadre_name, o.village_id, o.township_id, o.mentor_level, x.id, x.mentor_name,
                   o.period, o.period_start, o.due_by,
                   (select max(t.held_on) from talk_record t where t.cadre_id = o.cadre_id
                    and t.talker_role = coalesce(o.mentor_level || '_MENTOR', 'TOWNSHIP_SECRETARY') and t.held_on <= o.due_by)
            from (select * from obligations where not held
                  order by due_by, kind, cadre_name, cadre_id, mentor_level limit ?7 offset ?8) o
            left join lateral (
              select x.id, x.mentor_name from mentorship x
              where x.cadre_id = o.cadre_id and x.level = o.mentor_level and x.starts_on <= o.due_by
                and (x.ends_on is null or x.ends_on >= o.due_by)
              order by x.starts_on desc limit 1) x on true
            order by o.due_by, o.kind, o.cadre_name, o.cadre_id, o.mentor_level""";

    private static final String OVERDUE_COUNT = OBLIGATIONS + "select count(*) from obligations where not held";

    /** Owed and held per kind of talk. */
    private static final String COMPLIANCE = OBLIGATIONS + """
            select kind, count(*), count(*) filter (where held) from obligations group by kind""";

    public record MentorshipFilter(UUID cadreId, UUID orgUnitId, MentorLevel level, Boolean current, String mentorName) {}

    public record TalkFilter(UUID cadreId, UUID mentorshipId, UUID orgUnitId, TalkerRole talkerRole, LocalDate from,
            LocalDate to) {}

    /** How many talks were owed and how many were held. */
    public record Compliance(long owed, long held) {
        public Double rate() {
            return owed == 0 ? null : Math.round(held * 10000.0 / owed) / 10000.0;
        }
    }

    /** Mentor and secretary compliance of one year. */
    public record YearCompliance(Compliance mentor, Compliance secretary) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    MentoringRules rules;

    public Page<Mentorship> mentorships(MentorshipFilter f, PageRequest page) {
        Where w = scoped(f.orgUnitId());
        w.andIf(f.cadreId(), "x.cadre_id = ?").andIf(f.level(), "x.level = ?");
        if (f.current() != null) {
            w.and(f.current() ? "x.ends_on is null" : "x.ends_on is not null");
        }
        if (f.mentorName() != null && !f.mentorName().isBlank()) {
            w.and("x.mentor_name ilike ?", Where.contains(f.mentorName()));
        }
        return w.page(em, "x.*", MENTORSHIPS, "x.starts_on desc", page, Mentorship.class);
    }

    public Page<TalkRecord> talks(TalkFilter f, PageRequest page) {
        Where w = scoped(f.orgUnitId());
        w.andIf(f.cadreId(), "x.cadre_id = ?").andIf(f.mentorshipId(), "x.mentorship_id = ?")
                .andIf(f.talkerRole(), "x.talker_role = ?")
                .andIf(f.from(), "x.held_on >= ?").andIf(f.to(), "x.held_on <= ?");
        return w.page(em, "x.*", TALKS, "x.held_on desc", page, TalkRecord.class);
    }

    /** Talks owed for the last half-year and the last year that ended before {@code asOf} and not held (see OBLIGATIONS). */
    @SuppressWarnings("unchecked")
    public Page<MentoringView.OverdueTalk> overdue(UUID orgUnitId, LocalDate asOf, PageRequest page) {
        String scope = scopePath(orgUnitId);
        if (scope == null) {
            return new Page<>(List.of(), page.page, page.size, 0);
        }
        LocalDate half = TalkPeriods.lastCompletedHalfYear(asOf).start();
        int year = TalkPeriods.lastCompletedYear(asOf).start().getYear();
        List<Object[]> rows = bind(em.createNativeQuery(OVERDUE), scope, half, half, asOf, year)
                .setParameter(7, page.size).setParameter(8, page.offset()).getResultList();
        long total = ((Number) bind(em.createNativeQuery(OVERDUE_COUNT), scope, half, half, asOf, year)
                .getSingleResult()).longValue();
        List<MentoringView.OverdueTalk> items = rows.stream().map(r -> new MentoringView.OverdueTalk(
                OverdueKind.valueOf((String) r[0]), (UUID) r[1], (String) r[2], (UUID) r[3], (UUID) r[4],
                r[5] == null ? null : MentorLevel.valueOf((String) r[5]), (UUID) r[6], (String) r[7], (String) r[8],
                date(r[9]), date(r[10]), date(r[11]))).toList();
        return new Page<>(items, page.page, page.size, total);
    }

    /**
     * Talks owed and held under {@code scopePath} in {@code year}: mentors' in the year's half-years
     * that ended before {@code asOf}, the secretary's once the year ended before it.
     */
    @SuppressWarnings("unchecked")
    public YearCompliance compliance(String scopePath, int year, LocalDate asOf) {
        Compliance mentor = new Compliance(0, 0);
        Compliance secretary = new Compliance(0, 0);
        for (Object[] r : (List<Object[]>) bind(em.createNativeQuery(COMPLIANCE), scopePath, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 7, 1), asOf, year).getResultList()) {
            Compliance c = new Compliance(((Number) r[1]).longValue(), ((Number) r[2]).longValue());
            if (OverdueKind.valueOf((String) r[0]) == OverdueKind.MENTOR_HALF_YEAR) {
                mentor = c;
            } else {
                secretary = c;
            }
        }
        return new YearCompliance(mentor, secretary);
    }

    private Query bind(Query q, String scope, LocalDate firstHalf, LocalDate lastHalf, LocalDate asOf, int year) {
        return q.setParameter(1, scope).setParameter(2, firstHalf).setParameter(3, lastHalf).setParameter(4, asOf)
                .setParameter(5, year).setParameter(6, rules.graceDays());
    }

    private Where scoped(UUID orgUnitId) {
        Where w = new Where();
        if (orgUnitId != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(orgUnitId, "orgUnitId").path());
        }
        caller.restrict(w, "u.path");
        return w;
    }

    /** The subtree to search: the named unit's, else the caller's ('' for the whole tree); null when the caller sees nothing. */
    private String scopePath(UUID orgUnitId) {
        if (orgUnitId != null) {
            return orgUnits.requireField(orgUnitId, "orgUnitId").path();
        }
        return Scopes.of(caller);
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
