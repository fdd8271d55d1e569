package cn.shenyang.grassroots.rural.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How far above a unit a scope begins, on ltree paths. */
class ReachTest {
    @Test
    void levelsAboveCountsTheStepsFromTheScopeRootToTheUnit() {
        String village = "1.21.2101.210181.210181101";
        assertEquals(0, Reach.levelsAbove(village, village));
        assertEquals(1, Reach.levelsAbove("1.21.2101.210181", village));
        assertEquals(2, Reach.levelsAbove("1.21.2101", village));
        assertEquals(4, Reach.levelsAbove("1", village));
        assertEquals(Integer.MAX_VALUE, Reach.levelsAbove(null, village));
        assertEquals(Integer.MAX_VALUE, Reach.levelsAbove("", village));
    }

    @Test
    void aScopeThatDoesNotCoverTheUnitReachesNothing() {
        assertEquals(-1, Reach.levelsAbove("1.21.2101.210115", "1.21.2101.210181.210181101"));
        // a sibling whose label starts like the unit's parent is not its parent
        assertEquals(-1, Reach.levelsAbove("1.21.2101.21018", "1.21.2101.210181.210181101"));
        assertEquals(-1, Reach.levelsAbove("1.21.2101.210181.210181101.5", "1.21.2101.210181.210181101"));
        assertEquals(-1, Reach.levelsAbove("1.2", null));
    }

    @Test
    void eachReachNeedsItsLevelsAndNoFewer() {
        assertEquals(0, Reach.UNIT.levelsAbove());
        assertEquals(1, Reach.PARENT.levelsAbove());
        assertEquals(2, Reach.GRANDPARENT.levelsAbove());
    }
}
