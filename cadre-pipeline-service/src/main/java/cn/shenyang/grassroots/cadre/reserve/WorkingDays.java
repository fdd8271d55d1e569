package cn.shenyang.grassroots.cadre.reserve;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working-day arithmetic for publicity windows: weekends and public holidays skipped, make-up days counted. */
public record WorkingDays(Set<LocalDate> holidays, Set<LocalDate> extraWorkingDays) {

    public boolean isWorkingDay(LocalDate day) {
        if (extraWorkingDays.contains(day)) {
            return true;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The last day of a window of {@code days} working days that opens on {@code start}: the start
     * counts when it is a working day, so a 5-day window opened on a Monday closes that Friday.
     */
    public LocalDate windowEnd(LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a window lasts at least one working day");
        }
        LocalDate day = start;
        int counted = 0;
        while (true) {
            if (isWorkingDay(day) && ++counted == days) {
                return day;
            }
            day = day.plusDays(1);
        }
    }
}
