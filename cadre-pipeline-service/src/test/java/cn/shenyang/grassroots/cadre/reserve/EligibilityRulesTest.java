package cn.shenyang.grassroots.cadre.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Qualification screening: age on the screening day (both ends inclusive), education order, negative list. */
class EligibilityRulesTest {
    private final EligibilityRules rules = new EligibilityRules(2026, CadreSource.VETERAN, 18, 45, Education.SENIOR_HIGH,
            List.of(NegativeListItem.CRIMINAL_RECORD, NegativeListItem.DISHONEST_DEBTOR));
    private final LocalDate screened = LocalDate.of(2026, 6, 15);

    @Test
    void ageBoundariesAreInclusive() {
        assertTrue(rules.failures(LocalDate.of(2008, 6, 15), Education.BACHELOR, List.of(), screened).isEmpty(),
                "18 today");
        assertEquals(List.of("age 17 on 2026-06-15 is outside 18–45"),
                rules.failures(LocalDate.of(2008, 6, 16), Education.BACHELOR, List.of(), screened));
        assertTrue(rules.failures(LocalDate.of(1980, 6, 16), Education.BACHELOR, List.of(), screened).isEmpty(),
                "45, turning 46 tomorrow");
        assertEquals(List.of("age 46 on 2026-06-15 is outside 18–45"),
                rules.failures(LocalDate.of(1980, 6, 15), Education.BACHELOR, List.of(), screened));
    }

    @Test
    void theRulesNameTheirYearAndSource() {
        assertEquals("the 2026 rules for VETERAN", rules.name());
    }

    @Test
    void educationAndNegativeListAreChecked() {
        assertTrue(rules.failures(LocalDate.of(1990, 1, 1), Education.SENIOR_HIGH, List.of(), screened).isEmpty());
        assertEquals(List.of("education JUNIOR_HIGH is below the required SENIOR_HIGH", "negative-list finding CRIMINAL_RECORD"),
                rules.failures(LocalDate.of(1990, 1, 1), Education.JUNIOR_HIGH,
                        List.of(NegativeListItem.CRIMINAL_RECORD, NegativeListItem.OTHER), screened));
    }
}
