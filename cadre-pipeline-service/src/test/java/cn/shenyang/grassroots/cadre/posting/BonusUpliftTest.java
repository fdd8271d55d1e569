package cn.shenyang.grassroots.cadre.posting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The street-level bonus uplift: yuan with 2 decimals, half-up, inside a 10%–14% band with both ends allowed. */
class BonusUpliftTest {
    private static final BigDecimal MIN = new BigDecimal("10");
    private static final BigDecimal MAX = new BigDecimal("14");

    private static BonusUplift compute(String reference, String percent) {
        return BonusUplift.compute(null, new BigDecimal(reference), new BigDecimal(percent), MIN, MAX);
    }

    @Test
    void upliftIsAShareOfTheSameRankBonus() {
        BonusUplift u = compute("24000", "12");
        assertEquals(new BigDecimal("2880.00"), u.uplift());
        assertEquals(new BigDecimal("26880.00"), u.streetLevelBonus());
        assertEquals(new BigDecimal("24000.00"), u.referenceBonus());
        assertEquals(new BigDecimal("2400.00"), u.minUplift());
        assertEquals(new BigDecimal("3360.00"), u.maxUplift());
    }

    @Test
    void roundingIsHalfUpToTheFen() {
        // 3333.33 × 10.5% = 349.99965
        assertEquals(new BigDecimal("350.00"), compute("3333.33", "10.5").uplift());
        // 1234.56 × 13% = 160.4928
        assertEquals(new BigDecimal("160.49"), compute("1234.56", "13").uplift());
        // 0.05 × 10% = 0.005 → 0.01
        assertEquals(new BigDecimal("0.01"), compute("0.05", "10").uplift());
    }

    @Test
    void theBandIsInclusiveAndEnforced() {
        assertEquals(new BigDecimal("1000.00"), compute("10000", "10").uplift());
        assertEquals(new BigDecimal("1400.00"), compute("10000", "14").uplift());
        ProblemException below = assertThrows(ProblemException.class, () -> compute("10000", "9.99"));
        assertEquals("upliftPercent", below.violations().get(0).field());
        assertThrows(ProblemException.class, () -> compute("10000", "14.01"));
    }

    @Test
    void theReferenceMustBeAPositiveAmountOfYuan() {
        assertEquals("referenceBonus", assertThrows(ProblemException.class, () -> compute("0", "12"))
                .violations().get(0).field());
        assertThrows(ProblemException.class, () -> compute("-100", "12"));
        assertThrows(ProblemException.class, () -> compute("100.001", "12"));
        assertThrows(ProblemException.class,
                () -> BonusUplift.compute(null, null, new BigDecimal("12"), MIN, MAX));
        assertEquals(new BigDecimal("12.00"), compute("100.000", "12").uplift());
    }
}
