package cn.shenyang.grassroots.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class YearPeriodTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void aPastYearIsWholeAndTheRunningYearEndsToday() {
        assertEquals(new YearPeriod(2020, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)), YearPeriod.of(2020, TODAY));
        assertEquals(new YearPeriod(2026, LocalDate.of(2026, 1, 1), TODAY), YearPeriod.of(2026, TODAY));
        assertEquals(LocalDate.of(2026, 12, 31), YearPeriod.of(2026, LocalDate.of(2026, 12, 31)).to());
        assertEquals(LocalDate.of(1949, 1, 1), YearPeriod.of(1949, TODAY).from());
    }

    @Test
    void aYearBefore1949OrAfterThisOneIsA400NamingYear() {
        for (int year : new int[] {1948, 2027}) {
            ProblemException e = assertThrows(ProblemException.class, () -> YearPeriod.of(year, TODAY));
            assertEquals(400, e.status());
            assertEquals("year", e.violations().get(0).field());
            assertEquals("must be between 1949 and 2026", e.violations().get(0).message());
        }
    }
}
