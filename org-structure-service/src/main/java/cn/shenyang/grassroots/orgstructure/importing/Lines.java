package cn.shenyang.grassroots.orgstructure.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lines of a stream as bytes, and CSV fields of a line (RFC 4180 quoting, one record per line),
 * for the bulk readers: splitting bytes ourselves took a fifth of the time a CSV library did.
 */
public final class Lines {
    /** Receives each line, without its line break, as a range of a buffer that is reused afterwards. */
    @FunctionalInterface
    public interface Handler {
        void line(byte[] bytes, int start, int end) throws IOException;
    }

    private Lines() {}

    public static void split(InputStream in, Handler handler) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int filled = 0;
        int read;
        while ((read = in.read(buffer, filled, buffer.length - filled)) != -1) {
            int end = filled + read;
            int start = 0;
            for (int i = filled; i < end; i++) {
                if (buffer[i] == '\n') {
                    handler.line(buffer, start, i > start && buffer[i - 1] == '\r' ? i - 1 : i);
                    start = i + 1;
                }
            }
            filled = end - start;
            System.arraycopy(buffer, start, buffer, 0, filled);
            if (filled == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2); // a line longer than the buffer
            }
        }
        if (filled > 0) {
            handler.line(buffer, 0, filled > 0 && buffer[filled - 1] == '\r' ? filled - 1 : filled);
        }
    }

    /** The comma-separated fields of one line, or null when it is not well-formed ({@link CsvLine}). */
    public static String[] csvFields(byte[] bytes, int start, int end) {
        CsvLine line = new CsvLine();
        if (!line.parse(bytes, start, end)) {
            return null;
        }
        String[] fields = new String[line.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = line.field(i);
        }
        return fields;
    }

    /**
     * One CSV record on one line (RFC 4180 quoting: a quoted field may hold commas and doubled
     * quotes; a record spanning lines is not supported). Reusable; fields are decoded only when
     * asked for, so a reader pays for the columns it uses.
     */
    public static final class CsvLine {
        private byte[] bytes;
        private int[] from = new int[16];
        private int[] to = new int[16];
        private boolean[] quoted = new boolean[16];
        private int size;

        /** False when a quote is left open or text follows a closing quote. */
        public boolean parse(byte[] line, int start, int end) {
            bytes = line;
            size = 0;
            int i = start;
            while (true) {
                if (size == from.length) {
                    from = Arrays.copyOf(from, size * 2);
                    to = Arrays.copyOf(to, size * 2);
                    quoted = Arrays.copyOf(quoted, size * 2);
                }
                if (i < end && line[i] == '"') {
                    from[size] = ++i;
                    while (i < end && !(line[i] == '"' && (i + 1 >= end || line[i + 1] != '"'))) {
                        i += line[i] == '"' ? 2 : 1;
                    }
                    if (i >= end) {
                        return false;
                    }
                    to[size] = i++;
                    quoted[size++] = true;
                    if (i < end && line[i] != ',') {
                        return false;
                    }
                } else {
                    from[size] = i;
                    while (i < end && line[i] != ',') {
                        i++;
                    }
                    to[size] = i;
                    quoted[size++] = false;
                }
                if (i >= end) {
                    return true;
                }
                i++; // the comma
            }
        }

        public int size() {
            return size;
        }

        /** Field {@code i} decoded; null when the line has fewer fields. */
        public String field(int i) {
            if (i < 0 || i >= size) {
                return null;
            }
            String value = new String(bytes, from[i], to[i] - from[i], StandardCharsets.UTF_8);
            return quoted[i] && value.indexOf('"') >= 0 ? value.replace("\"\"", "\"") : value;
        }
    }
}
