package cn.shenyang.grassroots.platform.time;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import java.time.LocalDate;

/** A year as the statistics count it: 1 January to 31 December, or to today while the year runs. */
public record YearPeriod(int year, LocalDate from, LocalDate to) {
    /** The first year any record may date from. */
    public static final int FIRST_YEAR = 1949;

    /** The period of {@code year}; a 400 naming {@code year} unless it lies between 1949 and today's year. */
    public static YearPeriod of(int year, LocalDate today) {
        if (year < FIRST_YEAR || year > today.getYear()) {
            throw ProblemException.invalid("year", "must be between " + FIRST_YEAR + " and " + today.getYear());
        }
        LocalDate end = LocalDate.of(year, 12, 31);
        return new YearPeriod(year, LocalDate.of(year, 1, 1), end.isAfter(today) ? today : end);
    }
}
