package cn.shenyang.grassroots.volunteer.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The national thresholds, each inclusive, tested at both sides of every boundary. */
class StarLevelsTest {
    @ParameterizedTest(name = "{0} h is {1} star(s)")
    @CsvSource({
            "0, 0", "0.5, 0", "99.5, 0",
            "100, 1", "100.0, 1", "299.5, 1",
            "300, 2", "599.5, 2",
            "600, 3", "999.5, 3",
            "1000, 4", "1499.5, 4",
            "1500, 5", "1500.5, 5", "99999, 5"})
    void starsFromCumulativeHours(String hours, int stars) {
        assertEquals(stars, StarLevels.starsFor(new BigDecimal(hours)));
    }

    @ParameterizedTest(name = "{0} stars begin at {1} h")
    @CsvSource({"1, 100", "2, 300", "3, 600", "4, 1000", "5, 1500"})
    void thresholds(int stars, String hours) {
        assertEquals(0, new BigDecimal(hours).compareTo(StarLevels.threshold(stars)));
    }

    @org.junit.jupiter.api.Test
    void theSqlRowsCarryTheSameThresholds() {
        assertEquals("(1, 100), (2, 300), (3, 600), (4, 1000), (5, 1500)", StarLevels.valuesRows());
    }
}
