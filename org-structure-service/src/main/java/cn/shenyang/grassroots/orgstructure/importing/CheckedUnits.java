package cn.shenyang.grassroots.orgstructure.importing;

import java.util.AbstractList;

/**
 * The units of a bulk import, handed from the checks to the write as their rows pass, so that
 * PostgreSQL stores the first units while the JVM still checks the last. The checks add on one
 * thread; readers on others wait for each unit they ask for. Once a row fails, no unit after it is
 * handed over: a reader waiting for one gets {@link Rejected}, and the import is rolled back.
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

    private final NewUnit[] units;
    /** Written by the checks' thread only. */
    private int added;
    /** How many units readers may take: read without the lock, written under it after the units. */
    private volatile int passed;
    /** Guarded by this: the units after {@code passed} never come. */
    private boolean rejected;

    CheckedUnits(int size) {
        units = new NewUnit[size];
    }

    /** Adds the next unit from the checks' thread; {@code good} is false once any row has failed. */
    void add(NewUnit unit, boolean good) {
        if (!good) {
            finish(false);
            return;
        }
        units[added++] = unit;
        if (added % BATCH == 0) {
            pass(added);
        }
    }

    /** Ends the checks: hands over the remaining units when every row passed, else rejects the rest. */
    synchronized void finish(boolean good) {
        if (good && added == units.length) {
            pass(added);
        } else {
            rejected = true;
            notifyAll();
        }
    }

    private synchronized void pass(int count) {
        if (!rejected) {
            passed = count;
            notifyAll();
        }
    }

    @Override
    public NewUnit get(int i) {
        if (i < 0 || i >= units.length) {
            throw new IndexOutOfBoundsException(i);
        }
        if (i < passed) {
            return units[i];
        }
        synchronized (this) {
            while (i >= passed) {
                if (rejected) {
                    throw new Rejected();
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Rejected();
                }
            }
        }
        return units[i];
    }

    @Override
    public int size() {
        return units.length;
    }
}
