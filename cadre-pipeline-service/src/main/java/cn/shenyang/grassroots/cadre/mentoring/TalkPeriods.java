package cn.shenyang.grassroots.cadre.mentoring;

import java.time.LocalDate;

/** The calendar periods talks are owed in: half-years for mentors (Jan–Jun, Jul–Dec), years for the secretary. */
public final class TalkPeriods {
    private TalkPeriods() {}

    /** A period and its last day, which is also the deadline for the talk it owes. */
    public record Period(String label, LocalDate start, LocalDate end) {}

    public static Period halfYearContaining(LocalDate day) {
        int y = day.getYear();
        return day.getMonthValue() <= 6
                ? new Period(y + "-H1", LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30))
                : new Period(y + "-H2", LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31));
    }

    /** The latest half-year whose deadline has passed by {@code asOf} (its last day is before asOf). */
    public static Period lastCompletedHalfYear(LocalDate asOf) {
        return halfYearContaining(halfYearContaining(asOf).start().minusDays(1));
    }

    /** The latest calendar year that ended before {@code asOf}. */
    public static Period lastCompletedYear(LocalDate asOf) {
        int y = asOf.getYear() - 1;
        return new Period(Integer.toString(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }
}
