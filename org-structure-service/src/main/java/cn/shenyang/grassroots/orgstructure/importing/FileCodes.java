package cn.shenyang.grassroots.orgstructure.importing;

/**
 * The division codes of a file's rows, each with an int: a code of 2 to 12 digits is one long (its
 * digits and its length), so the checks keep no object a row. As a map of strings the country's
 * 665k codes were 90 MB of small objects, which the collector copied again and again while the file
 * was read.
 */
final class FileCodes {
    /** What {@link #get} answers for a code that is not held. */
    static final int ABSENT = Integer.MIN_VALUE;

    private final LongIntTable table;

    /** Room for {@code expected} codes before the table grows. */
    FileCodes(int expected) {
        table = new LongIntTable(expected);
    }

    int get(String code) {
        long key = key(code);
        if (key == 0) {
            return ABSENT; // not 2 to 12 digits, so no row holds it
        }
        int slot = table.find(key, any -> true);
        return slot >= 0 ? table.value(slot) : ABSENT;
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
        int slot = table.find(key, any -> true);
        if (slot < 0) {
            table.add(slot, key, value);
            return ABSENT;
        }
        int before = table.value(slot);
        if (replace) {
            table.setValue(slot, value);
        }
        return before;
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
}
