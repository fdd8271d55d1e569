package cn.shenyang.grassroots.volunteer.hours;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/**
 * Keeps the tables derived from the ledger exact: for every volunteer a write touched, in the
 * write's own transaction, their hours per year and the day each star level was reached are
 * rebuilt from their rows. ?1 is the array of volunteer ids. A reversal carries the dates of the
 * record it reverses, so each day's net hours are never negative and the running total only rises:
 * the first day it reaches a threshold is the day that star was reached.
 */
public final class HoursLedger {
    private static final String LOCK = """
            select id from volunteer where id = any(?) order by id for no key update""";
    private static final String CLEAR_YEARS = "delete from volunteer_year_hours where volunteer_id = any(?)";
    private static final String YEARS = """
            insert into volunteer_year_hours (volunteer_id, year, hours)
            select volunteer_id, extract(year from served_on)::int, sum(hours)
            from service_record where volunteer_id = any(?)
            group by 1, 2 having sum(hours) <> 0""";
    private static final String CLEAR_STARS = "delete from volunteer_star where volunteer_id = any(?)";
    private static final String STARS = """
            insert into volunteer_star (volunteer_id, stars, attained_on)
            select d.volunteer_id, t.stars, min(d.served_on)
            from (select volunteer_id, served_on,
                         sum(sum(hours)) over (partition by volunteer_id order by served_on) as cumulative
                  from service_record where volunteer_id = any(?)
                  group by volunteer_id, served_on) d
            join (values %s) as t(stars, threshold) on d.cumulative >= t.threshold
            group by d.volunteer_id, t.stars""".formatted(StarLevels.valuesRows());

    private HoursLedger() {}

    /**
     * Locks the volunteers' rows (in id order, so concurrent writers cannot deadlock) for the rest
     * of the transaction: one writer at a time checks a volunteer's overlaps and writes their rows.
     */
    public static void lock(Connection c, Collection<UUID> volunteers) throws SQLException {
        run(c, LOCK, volunteers, true);
    }

    public static void rebuild(Connection c, Collection<UUID> volunteers) throws SQLException {
        for (String sql : new String[] {CLEAR_YEARS, YEARS, CLEAR_STARS, STARS}) {
            run(c, sql, volunteers, false);
        }
    }

    private static void run(Connection c, String sql, Collection<UUID> volunteers, boolean query) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Array ids = c.createArrayOf("uuid", volunteers.toArray());
            s.setArray(1, ids);
            if (query) {
                s.executeQuery().close();
            } else {
                s.executeUpdate();
            }
        }
    }
}
