package cn.shenyang.grassroots.orgstructure.importing;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hand-over of checked units from the checks' thread to the write's. */
class CheckedUnitsTest {
    private static final int BATCH = CheckedUnits.BATCH;
    private final ExecutorService reader = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        reader.shutdownNow();
    }

    private static NewUnit unit(int i) {
        return new NewUnit(new UUID(7, i), i, null, null, "单位" + i, Level.PROVINCE, null, null, null, null);
    }

    @Test
    void theWriteWaitsForEachBatchAndItsIteratorEndsWithTheChecks() throws Exception {
        CheckedUnits units = new CheckedUnits(10); // fewer than come: it grows
        Iterator<NewUnit> write = units.iterator();
        Future<NewUnit> first = reader.submit(write::next);
        for (int i = 0; i < BATCH - 1; i++) {
            units.add(unit(i), true);
        }
        assertThrows(TimeoutException.class, () -> first.get(100, MILLISECONDS), "no unit before its batch is full");
        units.add(unit(BATCH - 1), true);
        assertEquals(unit(0), first.get(5, SECONDS));

        int count = 2 * BATCH + 3;
        Future<List<NewUnit>> rest = reader.submit(() -> {
            List<NewUnit> seen = new ArrayList<>();
            write.forEachRemaining(seen::add);
            return seen;
        });
        for (int i = BATCH; i < count; i++) {
            units.add(unit(i), true);
        }
        assertThrows(TimeoutException.class, () -> rest.get(100, MILLISECONDS), "more units may come until the end");
        units.finish(true);
        List<NewUnit> expected = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            expected.add(unit(i));
        }
        assertEquals(expected, rest.get(5, SECONDS), "every unit, in the order the checks passed them");
        assertFalse(write.hasNext());
    }

    @Test
    void aFailedRowRejectsTheWriteWaitingForAnyUnitFromItsBatchOn() throws Exception {
        CheckedUnits units = new CheckedUnits(3 * BATCH);
        for (int i = 0; i < BATCH; i++) {
            units.add(unit(i), true);
        }
        Iterator<NewUnit> write = units.iterator();
        Future<Integer> taken = reader.submit(() -> {
            int n = 0;
            while (write.hasNext()) {
                assertEquals(unit(n), write.next(), "a batch handed over before the failure is read");
                n++;
            }
            return n;
        });
        units.add(unit(BATCH), true);
        units.add(unit(BATCH + 1), false); // a row failed: nothing from here on is handed over
        ExecutionException e = assertThrows(ExecutionException.class, () -> taken.get(5, SECONDS));
        assertInstanceOf(CheckedUnits.Rejected.class, e.getCause());
        units.finish(true);
        assertThrows(CheckedUnits.Rejected.class, write::hasNext, "finishing cannot undo a failure");
    }

    @Test
    void checksThatEndWithAFailureHandOverNothingMore() {
        CheckedUnits units = new CheckedUnits(3);
        units.add(unit(0), true);
        units.finish(false);
        assertThrows(CheckedUnits.Rejected.class, () -> units.iterator().hasNext(),
                "a unit not handed over before the failure never is");
    }
}
