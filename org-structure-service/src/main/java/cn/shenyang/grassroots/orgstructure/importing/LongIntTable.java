package cn.shenyang.grassroots.orgstructure.importing;

import java.util.function.IntPredicate;

/**
 * Entries of a long key (never 0, which marks an empty slot) and an int, in two arrays, found by
 * linear probing and grown at half full: for the import's checks, which hold an entry for each row
 * of a file and would otherwise keep several objects a row for the collector to copy. A key may
 * have several entries; {@link #find} tells them apart by their ints.
 */
final class LongIntTable {
    private long[] keys;
    private int[] values;
    private int size;

    /** Room for {@code expected} entries before the arrays grow. */
    LongIntTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    /**
     * The slot of the first entry of {@code key} whose int passes {@code same}, or, when there is none,
     * {@code -1 - slot} of the empty slot where {@link #add} puts such an entry.
     */
    int find(long key, IntPredicate same) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == 0) {
                return -1 - i;
            }
            if (keys[i] == key && same.test(values[i])) {
                return i;
            }
        }
    }

    int value(int slot) {
        return values[slot];
    }

    void setValue(int slot, int value) {
        values[slot] = value;
    }

    /** Adds an entry in the empty slot that {@link #find} answered ({@code -1 - slot}) just before. */
    void add(int found, long key, int value) {
        int slot = -1 - found;
        keys[slot] = key;
        values[slot] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = slot(oldKeys[j], mask);
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32) & mask;
    }
}
