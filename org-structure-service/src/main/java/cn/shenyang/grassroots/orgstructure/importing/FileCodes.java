package cn.shenyang.grassroots.orgstructure.importing;

/**
 * The division codes of a file's rows, each with an int, in two arrays: a code of 2 to 12 digits is
 * one long (its digits and its length), so the checks keep no object a row. As a map of strings
 * the country's 665k codes were 90 MB of small objects, which the collector copied again and again
 * while the file was read.
 */
final class FileCodes {
    /** What {@link #get} answers for a code that is not held. */
    static final int ABSENT = Integer.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private int size;

    /** Room for {@code expected} codes before the arrays grow. */
    FileCodes(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    int get(String code) {
        long key = key(code);
        if (key == 0) {
            return ABSENT; // not 2 to 12 digits, so no row holds it
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
            if (keys[i] == 0) {
                return ABSENT;
            }
        }
    }

    /** Holds {@code code} with {@code value} unless it is held: answers the value held before, or {@link #ABSENT}. */
    int putIfAbsent(String code, int value) {
        return put(code, value, false);
    }

    void put(String code, int value) {
        put(code, value, true);
    }

    private int put(String code, int value, boolean replace) {
        long key = key(code);
        if (key == 0) {
            throw new IllegalArgumentException("a division code is 2 to 12 digits");
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        for (; keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                int before = values[i];
                if (replace) {
                    values[i] = value;
                }
                return before;
            }
        }
        keys[i] = key;
        values[i] = value;
        if (++size * 2 > keys.length) {
            grow();
        }
        return ABSENT;
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

    /** The code's digits as a number, times 16, plus its length ("01" and "1" differ); 0 for any other text. */
    static long key(String code) {
        int length = code.length();
        if (length < 2 || length > 12) {
            return 0;
        }
        long digits = 0;
        for (int i = 0; i < length; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            digits = digits * 10 + (c - '0');
        }
        return digits << 4 | length;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ h >>> 32) & mask;
    }
}
