package cn.shenyang.grassroots.orgstructure.importing;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import java.util.ArrayList;
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
    void aReaderWaitsForEachBatchAndForTheEndOfTheChecksForTheLastUnits() throws Exception {
        int size = BATCH + 10;
        CheckedUnits units = new CheckedUnits(BATCH);
        Future<NewUnit> first = reader.submit(() -> units.get(0));
        for (int i = 0; i < BATCH - 1; i++) {
            units.add(unit(i), true);
        }
        assertThrows(TimeoutException.class, () -> first.get(100, MILLISECONDS), "no unit before its batch is full");
        units.add(unit(BATCH - 1), true);
        assertEquals(unit(0), first.get(5, SECONDS));

        Future<NewUnit> last = reader.submit(() -> units.get(size - 1));
        for (int i = BATCH; i < size; i++) {
            units.add(unit(i), true);
        }
        assertThrows(TimeoutException.class, () -> last.get(100, MILLISECONDS), "the last units wait for the end");
        units.finish(true);
        assertEquals(unit(size - 1), last.get(5, SECONDS));
        List<NewUnit> expected = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            expected.add(unit(i));
        }
        assertEquals(expected, units, "every unit, in the order the checks passed them");
    }

    @Test
    void aFailedRowRejectsAReaderWaitingForAnyUnitFromItsBatchOn() throws Exception {
        CheckedUnits units = new CheckedUnits(3 * BATCH);
        for (int i = 0; i < BATCH; i++) {
            units.add(unit(i), true);
        }
        Future<NewUnit> waiting = reader.submit(() -> units.get(BATCH + 5));
        units.add(unit(BATCH), true);
        units.add(unit(BATCH + 1), false); // a row failed: nothing from here on is handed over
        ExecutionException e = assertThrows(ExecutionException.class, () -> waiting.get(5, SECONDS));
        assertInstanceOf(CheckedUnits.Rejected.class, e.getCause());
        assertEquals(unit(BATCH - 1), units.get(BATCH - 1), "a batch handed over before the failure stays readable");
        assertThrows(CheckedUnits.Rejected.class, () -> units.get(BATCH), "the failed row's batch never comes");
        units.finish(true);
        assertThrows(CheckedUnits.Rejected.class, () -> units.get(BATCH), "finishing cannot undo a failure");
    }

    @Test
    void theListGrowsPastItsExpectedSizeAndItsIteratorEndsWithTheChecks() throws Exception {
        CheckedUnits units = new CheckedUnits(10);
        Future<List<NewUnit>> copied = reader.submit(() -> {
            List<NewUnit> seen = new ArrayList<>();
            units.forEach(seen::add); // as the COPY reads them
            return seen;
        });
        Future<Integer> size = reader.submit(units::size);
        int count = 2 * BATCH + 3;
        for (int i = 0; i < count; i++) {
            units.add(unit(i), true);
        }
        assertThrows(TimeoutException.class, () -> copied.get(100, MILLISECONDS), "more units may come until the end");
        units.finish(true);
        assertEquals(count, copied.get(5, SECONDS).size());
        assertEquals(unit(count - 1), copied.get().get(count - 1));
        assertEquals(count, size.get(5, SECONDS));
        assertThrows(IndexOutOfBoundsException.class, () -> units.get(count));
    }

    @Test
    void aReaderOfTheSizeIsRejectedWithTheFile() {
        CheckedUnits units = new CheckedUnits(3);
        units.add(unit(0), true);
        units.finish(false);
        assertThrows(CheckedUnits.Rejected.class, units::size);
        assertThrows(CheckedUnits.Rejected.class, () -> units.get(0), "a unit not handed over before the failure never is");
    }
}
