package cn.shenyang.grassroots.orgstructure.importing;

import java.util.Arrays;
import java.util.UUID;

/**
 * The names a file's rows take under each parent, exactly, in arrays: each name is kept once, after
 * its parent's id, in one array of chars, and found by a 64-bit hash of both; two entries with equal
 * hashes are compared in full. As a set of keys the country's 665k names were 100 MB of
 * small objects, which the collector copied again and again while the file was read.
 */
final class SiblingNames {
    /** Each name's hash, with where its entry starts in {@link #chars}. */
    private final LongIntTable table;
    /** The entries: the parent's id in 8 chars, the name's length in 2, the name. */
    private char[] chars;
    private int used;

    /** Room for {@code expected} names before the arrays grow. */
    SiblingNames(int expected) {
        table = new LongIntTable(expected);
        chars = new char[Math.max(1024, expected * 14)];
    }

    /**
     * Takes {@code name} (already case-folded) under {@code parentId}; false when a row before took it.
     * Roots are siblings of each other: give them one id, as the sibling-name index does.
     */
    boolean add(UUID parentId, String name) {
        long msb = parentId.getMostSignificantBits();
        long lsb = parentId.getLeastSignificantBits();
        long hash = hash(msb, lsb, name);
        int found = table.find(hash, at -> same(at, msb, lsb, name));
        if (found >= 0) {
            return false;
        }
        table.add(found, hash, append(msb, lsb, name));
        return true;
    }

    private int append(long msb, long lsb, String name) {
        int length = name.length();
        if (used + 10 + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + 10 + length));
        }
        int at = used;
        for (int k = 0; k < 4; k++) {
            chars[at + k] = (char) (msb >>> 16 * k);
            chars[at + 4 + k] = (char) (lsb >>> 16 * k);
        }
        chars[at + 8] = (char) (length >>> 16);
        chars[at + 9] = (char) length;
        name.getChars(0, length, chars, at + 10);
        used = at + 10 + length;
        return at;
    }

    private boolean same(int at, long msb, long lsb, String name) {
        for (int k = 0; k < 4; k++) {
            if (chars[at + k] != (char) (msb >>> 16 * k) || chars[at + 4 + k] != (char) (lsb >>> 16 * k)) {
                return false;
            }
        }
        int length = chars[at + 8] << 16 | chars[at + 9];
        if (length != name.length()) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            if (chars[at + 10 + k] != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A 64-bit hash, never 0 (an empty slot). */
    private static long hash(long msb, long lsb, String name) {
        long h = mix(msb ^ mix(lsb));
        for (int k = 0; k < name.length(); k++) {
            h = (h ^ name.charAt(k)) * 0x100000001B3L;
        }
        h = mix(h);
        return h == 0 ? 1 : h;
    }

    /** MurmurHash3's 64-bit finaliser. */
    private static long mix(long h) {
        h = (h ^ h >>> 33) * 0xFF51AFD7ED558CCDL;
        h = (h ^ h >>> 33) * 0xC4CEB9FE1A85EC53L;
        return h ^ h >>> 33;
    }
}
