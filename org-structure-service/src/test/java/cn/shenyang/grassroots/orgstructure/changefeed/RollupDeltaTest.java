package cn.shenyang.grassroots.orgstructure.changefeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitStatus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollupDeltaTest {
    private static List<String> entries(RollupDelta delta) {
        List<String> entries = new ArrayList<>();
        delta.forEach((node, level, active, dissolved) -> entries.add(node + " " + level + " " + active + " " + dissolved));
        return entries;
    }

    @Test
    void aUnitCountsForEachAncestorButNotForItself() {
        assertEquals(List.of("1 VILLAGE 1 0", "17 VILLAGE 1 0", "402 VILLAGE 1 0"),
                entries(RollupDelta.created("1.17.402.9000", Level.VILLAGE)));
        assertEquals(List.of(), entries(RollupDelta.created("1", Level.PROVINCE)));
        assertEquals(List.of("1 TOWN -1 1"), entries(RollupDelta.dissolved("1.5", Level.TOWN)));
    }

    @Test
    void reclassifyingMovesTheCountBetweenLevelsKeepingTheStatus() {
        assertEquals(List.of("1 TOWNSHIP -1 0", "1 TOWN 1 0"),
                entries(RollupDelta.reclassified("1.5", Level.TOWNSHIP, Level.TOWN, OrgUnitStatus.ACTIVE)));
        assertEquals(List.of("1 TOWNSHIP 0 -1", "1 TOWN 0 1"),
                entries(RollupDelta.reclassified("1.5", Level.TOWNSHIP, Level.TOWN, OrgUnitStatus.DISSOLVED)));
    }

    @Test
    void aMoveTakesTheSubtreeFromTheOldAncestorsToTheNewOnes() {
        Map<Level, int[]> subtree = new EnumMap<>(Level.class);
        subtree.put(Level.TOWN, new int[] {1, 0});
        subtree.put(Level.VILLAGE, new int[] {20, 2});
        RollupDelta delta = RollupDelta.moved("1.2.3", "1.4.3", subtree);
        assertEquals(List.of("1 TOWN 0 0", "2 TOWN -1 0", "4 TOWN 1 0", "1 VILLAGE 0 0", "2 VILLAGE -20 -2",
                "4 VILLAGE 20 2"), entries(delta));
        assertTrue(RollupDelta.moved("1.2.3", "1.2.3", subtree).isEmpty());
        assertEquals(6, delta.size());
    }
}
