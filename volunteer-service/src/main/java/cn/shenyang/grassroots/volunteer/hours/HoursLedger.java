package cn.shenyang.grassroots.volunteer.hours;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;
import org.postgresql.PGStatement;

/**
 * Keeps the tables derived from the ledger exact: for every volunteer a write touched, in the
 * write's own transaction, their hours per year and the day each star level was reached are
 * rebuilt from their rows, with the home community and status they are counted under, and the
 * hours by community and year ({@code community_year_hours}) lose what the old rows added and gain
 * the new. Every ? is the array of volunteer ids. A reversal carries the dates of the record it reverses,
 * so each day's net hours are never negative and the running total only rises: the first day it
 * reaches a threshold is the day that star was reached.
 */
public final class HoursLedger {
    private static final String IDS = "with ids(id) as (select unnest(cast(? as uuid[])))\n";
    private static final String LOCK = """
            select id from volunteer where id = any(?) order by id for no key update""";
    /**
     * The communities whose totals the rebuild moves — where the volunteers were counted and where
     * they live now — locked in one order (256 hashed keys of their own key space), so rebuilds in
     * one community queue and none waits for another in a cycle.
     */
    private static final String LOCK_COMMUNITIES = IDS + """
            select pg_advisory_xact_lock(%d, k) from (
              select distinct hashtext(c::text) & 255 as k from (
                select h.home_community_id from volunteer_year_hours h join ids on ids.id = h.volunteer_id
                union all
                select v.home_community_id from volunteer v join ids on ids.id = v.id) as x(c)
              order by k) as keys""".formatted(0x686f7572);
    private static final String TAKE_OUT = """
            update community_year_hours c set hours = c.hours - o.hours
            from (select home_community_id, year, sum(hours) as hours from volunteer_year_hours
                  where volunteer_id = any(?) and active group by 1, 2) o
            where c.community_id = o.home_community_id and c.year = o.year""";
    private static final String CLEAR_YEARS = "delete from volunteer_year_hours where volunteer_id = any(?)";
    private static final String YEARS = """
            insert into volunteer_year_hours (volunteer_id, year, hours, home_community_id, active)
            select s.volunteer_id, extract(year from s.served_on)::int, sum(s.hours), v.home_community_id, v.status = 'ACTIVE'
            from service_record s join volunteer v on v.id = s.volunteer_id and v.id = any(?)
            where s.volunteer_id = any(?)
            group by s.volunteer_id, 2, v.home_community_id, v.status having sum(s.hours) <> 0""";
    private static final String PUT_IN = """
            insert into community_year_hours (community_id, year, hours)
            select home_community_id, year, sum(hours) from volunteer_year_hours
            where volunteer_id = any(?) and active group by 1, 2 order by 1, 2
            on conflict (community_id, year) do update set hours = community_year_hours.hours + excluded.hours""";
    private static final String CLEAR_STARS = "delete from volunteer_star where volunteer_id = any(?)";
    private static final String STARS = """
            insert into volunteer_star (volunteer_id, stars, attained_on, home_community_id, active)
            select d.volunteer_id, t.stars, min(d.served_on), v.home_community_id, v.status = 'ACTIVE'
            from (select volunteer_id, served_on,
                         sum(sum(hours)) over (partition by volunteer_id order by served_on) as cumulative
                  from service_record where volunteer_id = any(?)
                  group by volunteer_id, served_on) d
            join (values %s) as t(stars, threshold) on d.cumulative >= t.threshold
            join volunteer v on v.id = d.volunteer_id and v.id = any(?)
            group by d.volunteer_id, t.stars, v.home_community_id, v.status""".formatted(StarLevels.valuesRows());

    private HoursLedger() {}

    /**
     * Locks the volunteers' rows (in id order, so concurrent writers cannot deadlock) for the rest
     * of the transaction: one writer at a time checks a volunteer's overlaps and writes their rows.
     */
    public static void lock(Connection c, Collection<UUID> volunteers) throws SQLException {
        run(c, LOCK, volunteers, true);
    }

    /** Also after a volunteer's home community or status changed: their hours then count where they live now. */
    public static void rebuild(Connection c, Collection<UUID> volunteers) throws SQLException {
        run(c, LOCK_COMMUNITIES, volunteers, true);
        for (String sql : new String[] {TAKE_OUT, CLEAR_YEARS, YEARS, PUT_IN, CLEAR_STARS, STARS}) {
            run(c, sql, volunteers, false);
        }
    }

    private static void run(Connection c, String sql, Collection<UUID> volunteers, boolean query) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            // several ids (an import): planned for the ids given, since a plan kept from calls with a few
            // ids would scan the ledger comparing every row with each id of a large array. One id (a
            // record or a correction): the driver's default keeps the statement and its plan after a
            // few uses; planning each statement anew was most of the rebuild's time
            if (volunteers.size() > 1) {
                s.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            // The volunteers are named by the array on each table read: the plan kept for one id joined
            // the whole volunteer table by hashing it (4 of the 5 ms of each of YEARS and STARS) when only
            // service_record's side said which volunteers
            Array ids = c.createArrayOf("uuid", volunteers.toArray());
            for (int i = 1, n = (int) sql.chars().filter(ch -> ch == '?').count(); i <= n; i++) {
                s.setArray(i, ids);
            }
            if (query) {
                s.executeQuery().close();
            } else {
                s.executeUpdate();
            }
        }
    }
}
