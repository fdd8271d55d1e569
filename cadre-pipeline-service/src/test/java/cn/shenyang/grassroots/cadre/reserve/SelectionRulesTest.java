package cn.shenyang.grassroots.cadre.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The selection tunables: defaults with nothing configured, a year that overrides some keys only, and the nomination and inspection thresholds. */
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
        EligibilityRules y = r.forYear(2026, CadreSource.RETIREE);
        assertEquals(18, y.minAge());
        assertEquals(45, y.maxAge());
        assertEquals(Education.SENIOR_HIGH, y.minEducation());
        assertEquals(NegativeListItem.values().length, y.disqualifying().size());
        assertTrue(r.eligibility().sources().isEmpty(), "no source has rules of its own unless configured");
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
        EligibilityRules y2021 = r.forYear(2021, CadreSource.VETERAN);
        assertEquals(35, y2021.maxAge());
        assertEquals(18, y2021.minAge());
        assertEquals(List.of(NegativeListItem.CRIMINAL_RECORD, NegativeListItem.ELECTION_BRIBERY), y2021.disqualifying());
        EligibilityRules y2022 = r.forYear(2022, CadreSource.VETERAN);
        assertEquals(40, y2022.maxAge(), "the configured default, not the built-in one");
        assertEquals(Education.JUNIOR_COLLEGE, y2022.minEducation());
        assertEquals(40, r.forYear(2023, CadreSource.VETERAN).maxAge());
    }

    @Test
    void eachKeyComesFromTheMostSpecificLevelThatSetsIt() {
        SelectionRules r = rules(Map.of(
                "cadre.selection.eligibility.min-education", "JUNIOR_HIGH",
                "cadre.selection.eligibility.sources.RETIREE.max-age", "65",
                "cadre.selection.years.\"2021\".max-age", "35",
                "cadre.selection.years.\"2021\".min-age", "20",
                "cadre.selection.years.\"2021\".sources.RETIREE.max-age", "60",
                "cadre.selection.years.\"2022\".sources.ENTREPRENEUR.min-education", "PRIMARY"));
        // year and source > source > year > general
        assertEquals(new EligibilityRules(2021, CadreSource.RETIREE, 20, 60, Education.JUNIOR_HIGH,
                List.of(NegativeListItem.values())), r.forYear(2021, CadreSource.RETIREE));
        assertEquals(65, r.forYear(2020, CadreSource.RETIREE).maxAge(), "the source's rule in a year without its own");
        assertEquals(35, r.forYear(2021, CadreSource.VETERAN).maxAge(), "other sources follow the year");
        assertEquals(65, r.forYear(2022, CadreSource.RETIREE).maxAge());
        assertEquals(Education.PRIMARY, r.forYear(2022, CadreSource.ENTREPRENEUR).minEducation());
        assertEquals(Education.JUNIOR_HIGH, r.forYear(2022, CadreSource.VETERAN).minEducation());
    }

    /** What a typical person of each source the article names looks like, independent of the configured rules. */
    private record Typical(CadreSource source, int age, Education education) {}

    @Test
    void theShippedDefaultsLetEverySourceTheArticleNamesQualify() throws Exception {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(SelectionRules.class)
                .withSources(new PropertiesConfigSource(getClass().getResource("/application.properties"), 100)).build();
        SelectionRules r = config.getConfigMapping(SelectionRules.class);
        LocalDate screened = LocalDate.of(2020, 6, 1);
        for (Typical t : List.of(new Typical(CadreSource.VILLAGER_REPRESENTATIVE, 40, Education.SENIOR_HIGH),
                new Typical(CadreSource.PARTY_MEMBER, 35, Education.SENIOR_HIGH),
                new Typical(CadreSource.COLLEGE_GRADUATE_OFFICIAL, 26, Education.BACHELOR),
                new Typical(CadreSource.ENTREPRENEUR, 42, Education.SENIOR_HIGH),
                new Typical(CadreSource.VETERAN, 30, Education.SENIOR_HIGH),
                // retirement comes at 50 to 60: a retiree is never 45 or younger
                new Typical(CadreSource.RETIREE, 60, Education.SENIOR_HIGH))) {
            assertEquals(List.of(), r.forYear(2020, t.source()).failures(screened.minusYears(t.age()), t.education(),
                    List.of(), screened), t.source().name());
        }
        assertEquals(List.of("age 60 on 2020-06-01 is outside 18–45"), r.forYear(2020, CadreSource.VETERAN)
                .failures(screened.minusYears(60), Education.SENIOR_HIGH, List.of(), screened), "only retirees may be older");
    }

    @Test
    void nominationNeedsStrictlyMoreThanTheMajorityShare() {
        SelectionRules r = rules(Map.of());
        assertEquals("20 of 40 votes is not more than 50%", r.nominationRefusal(20, 40));
        assertNull(r.nominationRefusal(21, 40));
        assertEquals("0 of 1 votes is not more than 50%", r.nominationRefusal(0, 1));
        SelectionRules twoThirds = rules(Map.of("cadre.selection.nomination-majority-percent", "66"));
        assertEquals("66 of 100 votes is not more than 66%", twoThirds.nominationRefusal(66, 100));
        assertNull(twoThirds.nominationRefusal(67, 100));
    }

    @Test
    void inspectionScoresPassAtThePassMarkItself() {
        SelectionRules r = rules(Map.of());
        assertEquals(List.of(), r.inspectionFailures(new BigDecimal("60"), new BigDecimal("60.00")));
        assertEquals(List.of("written-test score 59.99 is below the pass mark 60",
                "interview score 0 is below the pass mark 60"),
                r.inspectionFailures(new BigDecimal("59.99"), BigDecimal.ZERO));
    }
}
