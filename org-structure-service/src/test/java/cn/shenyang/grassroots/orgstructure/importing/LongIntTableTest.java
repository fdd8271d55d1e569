package cn.shenyang.grassroots.orgstructure.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Entries found by key and told apart by their ints, through growth. */
class LongIntTableTest {
    @Test
    void aKeyMayHoldSeveralEntriesToldApartByTheirInts() {
        LongIntTable table = new LongIntTable(1);
        for (int v = 0; v < 1_000; v++) {
            int value = v;
            int found = table.find(42, held -> held == value);
            assertTrue(found < 0, "not there yet");
            table.add(found, 42, value);
            table.add(table.find(100_000 + v, held -> true), 100_000 + v, -value); // other keys between, so that the table grows
        }
        for (int v = 0; v < 1_000; v++) {
            int value = v;
            int found = table.find(42, held -> held == value);
            assertEquals(value, table.value(found));
        }
        assertTrue(table.find(42, held -> held == 1_000) < 0);
        int found = table.find(100_005, held -> true);
        table.setValue(found, 99);
        assertEquals(99, table.value(table.find(100_005, held -> true)));
    }
}
