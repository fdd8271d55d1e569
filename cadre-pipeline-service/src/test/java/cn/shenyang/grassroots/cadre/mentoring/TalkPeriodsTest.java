package cn.shenyang.grassroots.cadre.mentoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Half-year and year boundaries of the talk rules. */
class TalkPeriodsTest {
    @Test
    void halfYearsSplitAtTheFirstOfJuly() {
        assertEquals("2026-H1", TalkPeriods.halfYearContaining(LocalDate.of(2026, 6, 30)).label());
        assertEquals("2026-H2", TalkPeriods.halfYearContaining(LocalDate.of(2026, 7, 1)).label());
        assertEquals(LocalDate.of(2026, 12, 31), TalkPeriods.halfYearContaining(LocalDate.of(2026, 7, 1)).end());
    }

    @Test
    void aHalfYearIsOverdueOnlyFromTheDayAfterItsLastDay() {
        assertEquals("2025-H2", TalkPeriods.lastCompletedHalfYear(LocalDate.of(2026, 6, 30)).label());
        assertEquals("2026-H1", TalkPeriods.lastCompletedHalfYear(LocalDate.of(2026, 7, 1)).label());
        assertEquals("2026-H1", TalkPeriods.lastCompletedHalfYear(LocalDate.of(2026, 12, 31)).label());
        assertEquals("2026-H2", TalkPeriods.lastCompletedHalfYear(LocalDate.of(2027, 1, 1)).label());
        assertEquals(LocalDate.of(2025, 7, 1), TalkPeriods.lastCompletedHalfYear(LocalDate.of(2026, 1, 1)).start());
    }

    @Test
    void theSecretarysYearIsTheLastCalendarYearThatEnded() {
        assertEquals("2025", TalkPeriods.lastCompletedYear(LocalDate.of(2026, 1, 1)).label());
        assertEquals("2025", TalkPeriods.lastCompletedYear(LocalDate.of(2026, 12, 31)).label());
        assertEquals(LocalDate.of(2025, 12, 31), TalkPeriods.lastCompletedYear(LocalDate.of(2026, 12, 31)).end());
    }
}
