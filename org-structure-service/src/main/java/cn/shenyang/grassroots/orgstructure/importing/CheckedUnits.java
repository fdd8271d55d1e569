package cn.shenyang.grassroots.orgstructure.importing;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The units of a bulk import, handed from the checks to the write as their rows pass, so that
 * PostgreSQL stores the first units while the JVM still reads and checks the last. The checks add
 * on one thread; the write, on another, iterates once, waiting for each unit, and its iterator ends
 * when the checks do. A unit the write has taken is let go: the country's units are not all held
 * until the end. Once a row fails, no unit after it is handed over: the waiting write gets
 * {@link Rejected}, and the import is rolled back.
 */
final class CheckedUnits implements Iterable<NewUnit> {
    /** Thrown to the write when the file was rejected before the unit it waits for was checked. */
    static final class Rejected extends RuntimeException {
        Rejected() {
            super("the file was rejected", null, false, false);
        }
    }

    /** Units are handed over in batches: one wake-up per batch, not per row. */
    static final int BATCH = 4096;

    /** Replaced by a larger copy when full; read after {@code passed}, so it holds every passed unit. */
    private volatile NewUnit[] units;
    /** Written by the checks' thread only. */
    private int added;
    /** How many units the write may take: read without the lock, written under it after the units. */
    private volatile int passed;
    /** Guarded by this: every unit was handed over. */
    private boolean ended;
    /** Guarded by this: the units after {@code passed} never come. */
    private boolean rejected;

    /** {@code expected}: about how many units will come (the array grows past it). */
    CheckedUnits(int expected) {
        units = new NewUnit[Math.max(expected, 16)];
    }

    /** Adds the next unit from the checks' thread; {@code good} is false once any row has failed. */
    void add(NewUnit unit, boolean good) {
        if (!good) {
            finish(false);
            return;
        }
        if (added == units.length) {
            units = Arrays.copyOf(units, added * 2);
        }
        units[added++] = unit;
        if (added % BATCH == 0) {
            pass(added);
        }
    }

    /** Ends the checks: hands over the remaining units when every row passed, else rejects the rest. */
    synchronized void finish(boolean good) {
        if (good && !rejected) {
            passed = added;
            ended = true;
        } else {
            rejected = true;
        }
        notifyAll();
    }

    private synchronized void pass(int count) {
        if (!rejected) {
            passed = count;
            notifyAll();
        }
    }

    /** Whether unit {@code i} comes, waiting until that is known; {@link Rejected} if the file was. */
    private boolean comes(int i) {
        if (i < passed) {
            return true;
        }
        synchronized (this) {
            while (i >= passed) {
                if (rejected) {
                    throw new Rejected();
                }
                if (ended) {
                    return false;
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Rejected();
                }
            }
            return true;
        }
    }

    /** For the one reader: yields each unit as it is handed over, lets it go, and ends with the checks. */
    @Override
    public Iterator<NewUnit> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return comes(next);
            }

            @Override
            public NewUnit next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                NewUnit[] held = units;
                NewUnit unit = held[next];
                held[next++] = null;
                return unit;
            }
        };
    }
}
