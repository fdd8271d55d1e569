package cn.shenyang.grassroots.orgstructure.importing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The NDJSON line a bulk import almost always gets, read without a JSON parser: one object whose
 * values are strings or null, with no escapes, in well-formed UTF-8. A parser made for each line
 * was half of the garbage of a national import (500 MB, and the collections it caused); a line of
 * any other shape is not taken here, and is left to Jackson, which reads or reports it as before.
 * Reusable, one line at a time.
 */
final class FlatJsonLine {
    private static final byte[][] COLUMNS = Arrays.stream(ImportRow.COLUMNS)
            .map(c -> c.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);

    private byte[] bytes;
    private int[] nameFrom = new int[16];
    private int[] nameTo = new int[16];
    /** -1 for null. */
    private int[] valueFrom = new int[16];
    private int[] valueTo = new int[16];
    private int size;

    /** Whether the line is such an object; then its fields are read below, in line order. */
    boolean read(byte[] line, int start, int end) {
        bytes = line;
        size = 0;
        int i = space(line, start, end);
        if (i == end || line[i] != '{') {
            return false;
        }
        i = space(line, i + 1, end);
        if (i < end && line[i] == '}') {
            return space(line, i + 1, end) == end;
        }
        while (true) {
            if (i == end || line[i] != '"') {
                return false;
            }
            int nameEnd = stringEnd(line, i + 1, end);
            if (nameEnd < 0) {
                return false;
            }
            grow();
            nameFrom[size] = i + 1;
            nameTo[size] = nameEnd;
            i = space(line, nameEnd + 1, end);
            if (i == end || line[i] != ':') {
                return false;
            }
            i = space(line, i + 1, end);
            if (i < end && line[i] == '"') {
                int valueEnd = stringEnd(line, i + 1, end);
                if (valueEnd < 0) {
                    return false;
                }
                valueFrom[size] = i + 1;
                valueTo[size] = valueEnd;
                i = valueEnd + 1;
            } else if (end - i >= 4 && line[i] == 'n' && line[i + 1] == 'u' && line[i + 2] == 'l' && line[i + 3] == 'l') {
                valueFrom[size] = -1;
                i += 4;
            } else {
                return false;
            }
            size++;
            i = space(line, i, end);
            if (i == end) {
                return false;
            }
            if (line[i] == '}') {
                return space(line, i + 1, end) == end;
            }
            if (line[i] != ',') {
                return false;
            }
            i = space(line, i + 1, end);
        }
    }

    int size() {
        return size;
    }

    /** The position of field {@code i}'s name in {@link ImportRow#COLUMNS}, or -1. */
    int column(int i) {
        int length = nameTo[i] - nameFrom[i];
        for (int c = 0; c < COLUMNS.length; c++) {
            if (COLUMNS[c].length == length && Arrays.equals(COLUMNS[c], 0, length, bytes, nameFrom[i], nameTo[i])) {
                return c;
            }
        }
        return -1;
    }

    String name(int i) {
        return new String(bytes, nameFrom[i], nameTo[i] - nameFrom[i], StandardCharsets.UTF_8);
    }

    /** Field {@code i}'s value; null for null. */
    String value(int i) {
        return valueFrom[i] < 0 ? null : new String(bytes, valueFrom[i], valueTo[i] - valueFrom[i], StandardCharsets.UTF_8);
    }

    private void grow() {
        if (size == nameFrom.length) {
            nameFrom = Arrays.copyOf(nameFrom, size * 2);
            nameTo = Arrays.copyOf(nameTo, size * 2);
            valueFrom = Arrays.copyOf(valueFrom, size * 2);
            valueTo = Arrays.copyOf(valueTo, size * 2);
        }
    }

    /** JSON's white space; a line holds no line feed. */
    private static int space(byte[] b, int i, int end) {
        while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r')) {
            i++;
        }
        return i;
    }

    /**
     * Where the string that starts at {@code i} ends (its closing quote), or -1 when it holds an
     * escape, a control character or anything but well-formed UTF-8 (RFC 3629), which Jackson reads.
     */
    private static int stringEnd(byte[] b, int i, int end) {
        while (i < end) {
            int c = b[i] & 0xff;
            if (c == '"') {
                return i;
            }
            if (c == '\\' || c < 0x20) {
                return -1;
            }
            if (c < 0x80) {
                i++;
                continue;
            }
            int more;
            int low = 0x80;
            int high = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                more = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                more = 2;
                if (c == 0xe0) {
                    low = 0xa0;
                } else if (c == 0xed) {
                    high = 0x9f; // not a surrogate
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                more = 3;
                if (c == 0xf0) {
                    low = 0x90;
                } else if (c == 0xf4) {
                    high = 0x8f; // at most U+10FFFF
                }
            } else {
                return -1;
            }
            if (end - i <= more) {
                return -1;
            }
            int second = b[i + 1] & 0xff;
            if (second < low || second > high) {
                return -1;
            }
            for (int k = 2; k <= more; k++) {
                if ((b[i + k] & 0xc0) != 0x80) {
                    return -1;
                }
            }
            i += more + 1;
        }
        return -1;
    }
}
