package cn.shenyang.grassroots.cadre.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Publicity windows in working days. 2026-03-02 is a Monday. */
class WorkingDaysTest {
    private final WorkingDays plain = new WorkingDays(Set.of(), Set.of());

    @Test
    void aWindowOpenedOnMondayClosesOnFriday() {
        assertEquals(LocalDate.of(2026, 3, 6), plain.windowEnd(LocalDate.of(2026, 3, 2), 5));
        assertEquals(LocalDate.of(2026, 3, 2), plain.windowEnd(LocalDate.of(2026, 3, 2), 1));
    }

    @Test
    void weekendsAreSkipped() {
        // Wednesday + 5 working days: Wed, Thu, Fri, Mon, Tue
        assertEquals(LocalDate.of(2026, 3, 10), plain.windowEnd(LocalDate.of(2026, 3, 4), 5));
        // a window opened on a Saturday starts counting on Monday
        assertEquals(LocalDate.of(2026, 3, 13), plain.windowEnd(LocalDate.of(2026, 3, 7), 5));
        assertEquals(LocalDate.of(2026, 3, 13), plain.windowEnd(LocalDate.of(2026, 3, 8), 5));
        // Friday + 1 working day is that Friday; + 2 is the Monday
        assertEquals(LocalDate.of(2026, 3, 9), plain.windowEnd(LocalDate.of(2026, 3, 6), 2));
    }

    @Test
    void holidaysAreSkippedAndMakeUpDaysCount() {
        WorkingDays may = new WorkingDays(
                Set.of(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5)),
                Set.of(LocalDate.of(2026, 5, 9)));
        assertFalse(may.isWorkingDay(LocalDate.of(2026, 5, 1)));
        assertTrue(may.isWorkingDay(LocalDate.of(2026, 5, 9)), "a Saturday make-up day");
        // Thu 30 Apr, (Fri 1 May holiday), (weekend), (Mon 4, Tue 5 holidays), Wed 6, Thu 7, Fri 8, Sat 9 make-up
        assertEquals(LocalDate.of(2026, 5, 9), may.windowEnd(LocalDate.of(2026, 4, 30), 5));
    }

    @Test
    void aWindowLastsAtLeastADay() {
        assertThrows(IllegalArgumentException.class, () -> plain.windowEnd(LocalDate.of(2026, 3, 2), 0));
    }
}
