package cn.shenyang.grassroots.orgstructure.orgunit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parent rules, written out here level by level and compared with every pair of levels. */
class LevelTest {
    private static final Set<Level> PREFECTURES = EnumSet.of(Level.CITY);
    private static final Set<Level> COUNTIES = EnumSet.of(Level.DISTRICT, Level.COUNTY, Level.AUTONOMOUS_COUNTY,
            Level.COUNTY_CITY, Level.BANNER, Level.AUTONOMOUS_BANNER, Level.FORESTRY_AREA, Level.SPECIAL_AREA,
            Level.OTHER_COUNTY_LEVEL);
    private static final Set<Level> TOWNSHIPS = EnumSet.of(Level.SUBDISTRICT, Level.TOWN, Level.TOWNSHIP,
            Level.OTHER_TOWNSHIP_LEVEL);

    /** child → the parents it may have; absent parent sets mean "none". */
    private static final Map<Level, Set<Level>> EXPECTED = Map.ofEntries(
            Map.entry(Level.PROVINCE, Set.of()),
            Map.entry(Level.CITY, Set.of(Level.PROVINCE)),
            Map.entry(Level.DISTRICT, PREFECTURES), Map.entry(Level.COUNTY, PREFECTURES),
            Map.entry(Level.AUTONOMOUS_COUNTY, PREFECTURES), Map.entry(Level.COUNTY_CITY, PREFECTURES),
            Map.entry(Level.BANNER, PREFECTURES), Map.entry(Level.AUTONOMOUS_BANNER, PREFECTURES),
            Map.entry(Level.FORESTRY_AREA, PREFECTURES), Map.entry(Level.SPECIAL_AREA, PREFECTURES),
            Map.entry(Level.OTHER_COUNTY_LEVEL, PREFECTURES),
            Map.entry(Level.SUBDISTRICT, COUNTIES), Map.entry(Level.TOWN, COUNTIES), Map.entry(Level.TOWNSHIP, COUNTIES),
            Map.entry(Level.OTHER_TOWNSHIP_LEVEL, COUNTIES),
            Map.entry(Level.COMMUNITY, TOWNSHIPS), Map.entry(Level.VILLAGE, TOWNSHIPS));

    @Test
    void everyPairOfLevelsFollowsTheTable() {
        assertEquals(EnumSet.allOf(Level.class), EXPECTED.keySet());
        for (Level child : Level.values()) {
            for (Level parent : Level.values()) {
                String refusal = child.refusalUnder(parent);
                assertEquals(EXPECTED.get(child).contains(parent), refusal == null, child + " under " + parent + ": " + refusal);
            }
            assertEquals(EXPECTED.get(child), child.allowedParents());
        }
    }

    @Test
    void aLevelHoldsUnitsWhenTheTableNamesItAsSomeLevelsParent() {
        for (Level level : Level.values()) {
            boolean holds = EXPECTED.values().stream().anyMatch(parents -> parents.contains(level));
            assertEquals(holds, level.holdsUnits(), level.name());
        }
        assertFalse(Level.VILLAGE.holdsUnits());
        assertFalse(Level.COMMUNITY.holdsUnits());
        assertTrue(Level.SUBDISTRICT.holdsUnits());
    }

    @Test
    void onlyProvincesAndCitiesMayBeRoots() {
        for (Level level : Level.values()) {
            boolean root = level == Level.PROVINCE || level == Level.CITY;
            assertEquals(root, level.mayBeRoot(), level.name());
            assertEquals(root, level.refusalUnder(null) == null, level.name());
        }
        assertEquals("a PROVINCE has no parent", Level.PROVINCE.refusalUnder(Level.CITY));
        assertEquals("a VILLAGE needs a parent of level [SUBDISTRICT, TOWN, TOWNSHIP, OTHER_TOWNSHIP_LEVEL]",
                Level.VILLAGE.refusalUnder(null));
    }

    @Test
    void officialCodesHaveTheirTiersLength() {
        assertNull(Level.CITY.refusalOfCode(null));
        assertNull(Level.PROVINCE.refusalOfCode("21"));
        assertNull(Level.CITY.refusalOfCode("2101"));
        assertNull(Level.BANNER.refusalOfCode("152527"));
        assertNull(Level.OTHER_TOWNSHIP_LEVEL.refusalOfCode("210113401"));
        assertNull(Level.COMMUNITY.refusalOfCode("210111001013"));
        assertEquals("a DISTRICT has a 6-digit official division code; '2101110' has 7",
                Level.DISTRICT.refusalOfCode("2101110"));
        assertEquals("a VILLAGE has a 12-digit official division code; '210111001' has 9",
                Level.VILLAGE.refusalOfCode("210111001"));
    }

    @Test
    void tiersGoDownByCodeLength() {
        assertEquals(Level.Tier.PROVINCE, Level.Tier.ofCodeLength(2));
        assertEquals(Level.Tier.PREFECTURE, Level.Tier.ofCodeLength(4));
        assertEquals(Level.Tier.COUNTY, Level.Tier.ofCodeLength(6));
        assertEquals(Level.Tier.TOWNSHIP, Level.Tier.ofCodeLength(9));
        assertEquals(Level.Tier.VILLAGE, Level.Tier.ofCodeLength(12));
        for (int digits : new int[] {0, 1, 3, 5, 7, 8, 10, 11, 13}) {
            assertNull(Level.Tier.ofCodeLength(digits), digits + " digits");
        }
        assertNull(Level.Tier.PROVINCE.above());
        assertEquals(Level.Tier.TOWNSHIP, Level.Tier.VILLAGE.above());
        assertEquals(TOWNSHIPS, Level.Tier.TOWNSHIP.levels());
        assertTrue(Level.Tier.COUNTY.levels().containsAll(COUNTIES));
        assertFalse(Level.Tier.COUNTY.levels().contains(Level.CITY));
    }
}
