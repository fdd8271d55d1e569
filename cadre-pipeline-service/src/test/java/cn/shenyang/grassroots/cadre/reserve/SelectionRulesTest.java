package cn.shenyang.grassroots.cadre.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The eligibility tunables: defaults with nothing configured, and a year that overrides some keys only. */
class SelectionRulesTest {
    private static SelectionRules rules(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(SelectionRules.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
        return config.getConfigMapping(SelectionRules.class);
    }

    @Test
    void defaultsApplyWhenNothingIsConfigured() {
        SelectionRules r = rules(Map.of());
        assertEquals(5, r.publicityWorkingDays());
        assertTrue(r.years().isEmpty());
        EligibilityRules y = r.forYear(2026);
        assertEquals(18, y.minAge());
        assertEquals(45, y.maxAge());
        assertEquals(Education.SENIOR_HIGH, y.minEducation());
        assertEquals(NegativeListItem.values().length, y.disqualifying().size());
    }

    @Test
    void aYearOverridesOnlyTheKeysItNames() {
        SelectionRules r = rules(Map.of(
                "cadre.selection.eligibility.max-age", "40",
                "cadre.selection.years.\"2021\".max-age", "35",
                "cadre.selection.years.\"2021\".disqualifying", "CRIMINAL_RECORD,ELECTION_BRIBERY",
                "cadre.selection.years.\"2022\".min-education", "JUNIOR_COLLEGE",
                "cadre.selection.publicity-working-days", "7"));
        assertEquals(7, r.publicityWorkingDays());
        EligibilityRules y2021 = r.forYear(2021);
        assertEquals(35, y2021.maxAge());
        assertEquals(18, y2021.minAge());
        assertEquals(List.of(NegativeListItem.CRIMINAL_RECORD, NegativeListItem.ELECTION_BRIBERY), y2021.disqualifying());
        EligibilityRules y2022 = r.forYear(2022);
        assertEquals(40, y2022.maxAge(), "the configured default, not the built-in one");
        assertEquals(Education.JUNIOR_COLLEGE, y2022.minEducation());
        assertEquals(40, r.forYear(2023).maxAge());
    }
}
