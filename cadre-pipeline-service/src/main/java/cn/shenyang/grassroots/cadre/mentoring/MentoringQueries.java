package cn.shenyang.grassroots.cadre.mentoring;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
    private static final String CADRE_JOIN =
            " join reserve_cadre c on c.id = x.cadre_id join org_unit_replica u on u.id = c.village_id";

    public record MentorshipFilter(UUID cadreId, UUID orgUnitId, MentorLevel level, Boolean current, String mentorName) {}

    public record TalkFilter(UUID cadreId, UUID mentorshipId, UUID orgUnitId, TalkerRole talkerRole, LocalDate from,
            LocalDate to) {}

    /** How many talks were owed and how many were held. */
    public record Compliance(long owed, long held) {
        public Double rate() {
            return owed == 0 ? null : Math.round(held * 10000.0 / owed) / 10000.0;
        }
    }

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
        return w.page(em, "x.*", "mentorship x" + CADRE_JOIN, "x.starts_on desc", page, Mentorship.class);
    }

    public Page<TalkRecord> talks(TalkFilter f, PageRequest page) {
        Where w = scoped(f.orgUnitId());
        w.andIf(f.cadreId(), "x.cadre_id = ?").andIf(f.mentorshipId(), "x.mentorship_id = ?")
                .andIf(f.talkerRole(), "x.talker_role = ?")
                .andIf(f.from(), "x.held_on >= ?").andIf(f.to(), "x.held_on <= ?");
        return w.page(em, "x.*", "talk_record x" + CADRE_JOIN, "x.held_on desc", page, TalkRecord.class);
    }

    /** Talks owed for the last half-year and the last year that ended before {@code asOf} and not held. */
    public Page<MentoringView.OverdueTalk> overdue(UUID orgUnitId, LocalDate asOf, PageRequest page) {
        Where w = new Where();
        String scope = scopeSql(w, orgUnitId);
        TalkPeriods.Period half = TalkPeriods.lastCompletedHalfYear(asOf);
        TalkPeriods.Period year = TalkPeriods.lastCompletedYear(asOf);
        String sql = "select * from (" + mentorObligations(w, List.of(half), scope, true) + " union all "
                + secretaryObligations(w, year, scope, true) + ") o";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = w.bind(em.createNativeQuery(sql + " order by o.due_by, o.kind, o.cadre_name, o.cadre_id"
                + " limit " + page.size + " offset " + page.offset())).getResultList();
        long total = ((Number) w.bind(em.createNativeQuery("select count(*) from (" + sql + ") n")).getSingleResult())
                .longValue();
        List<MentoringView.OverdueTalk> items = rows.stream().map(r -> new MentoringView.OverdueTalk(
                OverdueKind.valueOf((String) r[0]), (UUID) r[1], (String) r[2], (UUID) r[3], (UUID) r[4], (UUID) r[5],
                (String) r[6], (String) r[7], date(r[8]), date(r[9]), date(r[10]))).toList();
        return new Page<>(items, page.page, page.size, total);
    }

    /** Mentor talks owed and held in the half-years of {@code year} that ended before {@code asOf}, under {@code scopePath}. */
    public Compliance mentorCompliance(String scopePath, int year, LocalDate asOf) {
        List<TalkPeriods.Period> periods = TalkPeriods.completedHalfYearsOf(year, asOf);
        if (periods.isEmpty()) {
            return new Compliance(0, 0);
        }
        Where w = new Where();
        String scope = " and u.path <@ cast(" + w.param(scopePath) + " as ltree)";
        return compliance(w, mentorObligations(w, periods, scope, false));
    }

    /** Secretary talks owed and held in {@code year}, once that year has ended before {@code asOf}. */
    public Compliance secretaryCompliance(String scopePath, int year, LocalDate asOf) {
        TalkPeriods.Period period = TalkPeriods.lastCompletedYear(LocalDate.of(year + 1, 1, 1));
        if (!period.end().isBefore(asOf)) {
            return new Compliance(0, 0);
        }
        Where w = new Where();
        String scope = " and u.path <@ cast(" + w.param(scopePath) + " as ltree)";
        return compliance(w, secretaryObligations(w, period, scope, false));
    }

    private Compliance compliance(Where w, String obligations) {
        Object[] row = (Object[]) w.bind(em.createNativeQuery(
                "select count(*), count(*) filter (where o.held) from (" + obligations + ") o")).getSingleResult();
        return new Compliance(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /**
     * One row per mentorship and period that owed a talk: current at the period's end and begun at
     * least the grace days before it. With {@code onlyMissed}, only those without a talk in the period.
     */
    private String mentorObligations(Where w, List<TalkPeriods.Period> periods, String scope, boolean onlyMissed) {
        StringBuilder values = new StringBuilder();
        for (TalkPeriods.Period p : periods) {
            values.append(values.isEmpty() ? "" : ", ").append("(").append(w.param(p.label())).append(", cast(")
                    .append(w.param(p.start())).append(" as date), cast(").append(w.param(p.end()))
                    .append(" as date), cast(").append(w.param(p.end().minusDays(rules.graceDays()))).append(" as date))");
        }
        return "select 'MENTOR_HALF_YEAR' as kind, c.id as cadre_id, c.name as cadre_name, c.village_id, u.parent_id as township_id,"
                + " x.id as mentorship_id, x.mentor_name, p.label as period, p.ps as period_start, p.pe as due_by,"
                + " (select max(t.held_on) from talk_record t where t.mentorship_id = x.id and t.held_on <= p.pe) as last_talk_on,"
                + " exists (select 1 from talk_record t where t.mentorship_id = x.id and t.held_on between p.ps and p.pe) as held"
                + " from mentorship x" + CADRE_JOIN + " cross join (values " + values + ") as p(label, ps, pe, cutoff)"
                + " where x.starts_on <= p.cutoff and (x.ends_on is null or x.ends_on >= p.pe)" + scope
                + (onlyMissed ? " and not exists (select 1 from talk_record t where t.mentorship_id = x.id"
                        + " and t.held_on between p.ps and p.pe)" : "");
    }

    /**
     * One row per cadre who owed the township secretary's yearly talk: admitted to the pool at least
     * the grace days before the year ended, and not removed before it ended.
     */
    private String secretaryObligations(Where w, TalkPeriods.Period year, String scope, boolean onlyMissed) {
        String ps = "cast(" + w.param(year.start()) + " as date)";
        String pe = "cast(" + w.param(year.end()) + " as date)";
        String cutoff = "cast(" + w.param(year.end().minusDays(rules.graceDays())) + " as date)";
        String talkIn = "select 1 from talk_record t where t.cadre_id = c.id and t.talker_role = 'TOWNSHIP_SECRETARY'"
                + " and t.held_on between " + ps + " and " + pe;
        return "select 'SECRETARY_YEAR' as kind, c.id as cadre_id, c.name as cadre_name, c.village_id, u.parent_id as township_id,"
                + " cast(null as uuid) as mentorship_id, cast(null as varchar) as mentor_name, "
                + w.param(year.label()) + " as period, " + ps + " as period_start, " + pe + " as due_by,"
                + " (select max(t.held_on) from talk_record t where t.cadre_id = c.id and t.talker_role = 'TOWNSHIP_SECRETARY'"
                + " and t.held_on <= " + pe + ") as last_talk_on, exists (" + talkIn + ") as held"
                + " from reserve_cadre c join org_unit_replica u on u.id = c.village_id"
                + " where (select min(h.occurred_on) from reserve_cadre_transition h where h.cadre_id = c.id"
                + " and h.to_stage = 'IN_RESERVE') <= " + cutoff
                + " and not exists (select 1 from reserve_cadre_transition h where h.cadre_id = c.id"
                + " and h.to_stage = 'REMOVED' and h.occurred_on <= " + pe + ")" + scope
                + (onlyMissed ? " and not exists (" + talkIn + ")" : "");
    }

    private Where scoped(UUID orgUnitId) {
        Where w = new Where();
        if (orgUnitId != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(orgUnitId, "orgUnitId").path());
        }
        caller.restrict(w, "u.path");
        return w;
    }

    /** The scope condition (" and …") for hand-written SQL: the named unit's subtree, within the caller's. */
    private String scopeSql(Where w, UUID orgUnitId) {
        int before = w.conditions().length();
        if (orgUnitId != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(orgUnitId, "orgUnitId").path());
        }
        caller.restrict(w, "u.path");
        return w.conditions().substring(before);
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

}
