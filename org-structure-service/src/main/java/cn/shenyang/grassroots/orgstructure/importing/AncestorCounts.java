package cn.shenyang.grassroots.orgstructure.importing;

import cn.shenyang.grassroots.orgstructure.changefeed.RollupDelta;
import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import java.util.Arrays;

/**
 * What new units add to their ancestors' roll-ups, gathered unit by unit as they are stored, so
 * that no unit need be kept for it. Each unit counts once for each ancestor (2.7 million counts for
 * the country): the (node, level) keys are kept as longs, then sorted and counted in runs, which is
 * several times faster than hashing them one by one.
 */
final class AncestorCounts {
    private static final Level[] LEVELS = Level.values();
    /** Bits of a key that hold the level; the node number takes the rest. */
    private static final int LEVEL_BITS = 5;

    private long[] keys;
    private int size;

    /** {@code units}: about how many units will be added. */
    AncestorCounts(int units) {
        keys = new long[Math.max(16, units * 4)];
    }

    /** Counts {@code unit} for each node on its parent's path. */
    void add(NewUnit unit) {
        String ancestors = unit.parentPath();
        if (ancestors == null) {
            return;
        }
        for (int start = 0; start <= ancestors.length(); ) {
            int dot = ancestors.indexOf('.', start);
            int end = dot < 0 ? ancestors.length() : dot;
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = Long.parseLong(ancestors, start, end, 10) << LEVEL_BITS | unit.level().ordinal();
            start = end + 1;
        }
    }

    /** The counts, as roll-up additions; once, after the last unit. */
    RollupDelta delta() {
        Arrays.sort(keys, 0, size);
        RollupDelta delta = RollupDelta.none();
        for (int i = 0; i < size; ) {
            int j = i;
            while (j < size && keys[j] == keys[i]) {
                j++;
            }
            delta.add(keys[i] >>> LEVEL_BITS, LEVELS[(int) (keys[i] & ((1 << LEVEL_BITS) - 1))], j - i, 0);
            i = j;
        }
        keys = null;
        return delta;
    }
}
