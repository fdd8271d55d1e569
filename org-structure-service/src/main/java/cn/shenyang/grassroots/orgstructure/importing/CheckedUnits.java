package cn.shenyang.grassroots.orgstructure.importing;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The units of a bulk import, handed from the checks to the write as their rows pass, so that
 * PostgreSQL stores the first units while the JVM still reads and checks the last. The checks add
 * on one thread; readers on others wait for each unit they ask for. How many units there are is
 * known only when the checks finish: the iterator ends then, and {@link #size()} waits for it.
 * Once a row fails, no unit after it is handed over: a reader waiting for one gets
 * {@link Rejected}, and the import is rolled back.
 */
final class CheckedUnits extends AbstractList<NewUnit> {
    /** Thrown to a reader when the file was rejected before the unit it asked for was checked. */
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
    /** How many units readers may take: read without the lock, written under it after the units. */
    private volatile int passed;
    /** Guarded by this: every unit was handed over. */
    private boolean ended;
    /** Guarded by this: the units after {@code passed} never come. */
    private boolean rejected;

    /** {@code expected}: about how many units will come (the list grows past it). */
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

    /** How many units the checks have added so far (on the checks' thread). */
    int added() {
        return added;
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

    @Override
    public NewUnit get(int i) {
        if (i < 0 || !comes(i)) {
            throw new IndexOutOfBoundsException(i);
        }
        return units[i];
    }

    /** Waits for the end of the checks. */
    @Override
    public int size() {
        comes(Integer.MAX_VALUE);
        return passed;
    }

    /** Yields each unit as it is handed over, and ends with the checks. */
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
                return units[next++];
            }
        };
    }
}
