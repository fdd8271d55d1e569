package cn.shenyang.grassroots.orgstructure.importing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The heap one bulk import may take: what it counts, and where it refuses. */
class HeapBudgetTest {
    @Test
    void aTreeIsReadWholeOnlyWhenItFitsInAQuarterOfTheHeap() {
        HeapBudget budget = new HeapBudget(400L << 20);
        long quarter = (100L << 20) / HeapBudget.PER_STORED_UNIT;
        assertTrue(budget.holdsTree(quarter));
        assertFalse(budget.holdsTree(quarter + 1));
    }

    @Test
    void theUnitsOfATreeReadWholeAreSpentUntilTheHeapIsAndThenRefusedWithA413() {
        HeapBudget budget = new HeapBudget(3L * HeapBudget.PER_STORED_UNIT);
        for (int i = 0; i < 3; i++) {
            assertDoesNotThrow(budget::spendOnStoredUnit);
        }
        ProblemException refused = assertThrows(ProblemException.class, budget::spendOnStoredUnit);
        assertEquals(413, refused.status());
        assertTrue(refused.getMessage().contains("the stored tree"), refused.getMessage());
    }

    @Test
    void rowsAndStoredMatchesShareTheOneBudget() {
        HeapBudget budget = new HeapBudget(HeapBudget.PER_ROW + 10 + HeapBudget.PER_STORED_MATCH);
        budget.spendOnRow(1, 10);
        budget.spendOnStoredMatch();
        assertEquals(413, assertThrows(ProblemException.class, () -> budget.spendOnRow(2, 0)).status());
    }
}
