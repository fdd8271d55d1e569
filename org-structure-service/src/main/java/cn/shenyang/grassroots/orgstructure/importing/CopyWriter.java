package cn.shenyang.grassroots.orgstructure.importing;

import java.time.Instant;
import java.util.UUID;

/**
 * Encodes rows in PostgreSQL's binary COPY format and hands them to a sink in large chunks.
 * Binary values spare the server the text parsing of ids, numbers and times, which was a third
 * of a bulk import's cost; strings are encoded to UTF-8 straight into the buffer.
 */
public final class CopyWriter {
    /** Where encoded bytes go: the COPY stream of a connection, or a test's buffer. */
    public interface Sink {
        void write(byte[] bytes, int offset, int length) throws Exception;
    }

    static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    /** Microseconds from the Unix epoch to PostgreSQL's, 2000-01-01T00:00:00Z. */
    static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;
    private static final int CHUNK = 1 << 20;

    private final Sink sink;
    private byte[] buffer = new byte[CHUNK + 4096];
    private int size;

    public CopyWriter(Sink sink) {
        this.sink = sink;
        ensure(SIGNATURE.length + 8);
        System.arraycopy(SIGNATURE, 0, buffer, 0, SIGNATURE.length);
        size = SIGNATURE.length;
        int4(0); // flags
        int4(0); // header extension length
    }

    /** Starts a row of {@code fields} values; each value below is one field, in column order. */
    public CopyWriter row(int fields) throws Exception {
        if (size >= CHUNK) {
            flush();
        }
        ensure(2);
        int2(fields);
        return this;
    }

    public CopyWriter nullValue() {
        ensure(4);
        int4(-1);
        return this;
    }

    public CopyWriter uuid(UUID value) {
        if (value == null) {
            return nullValue();
        }
        ensure(20);
        int4(16);
        int8(value.getMostSignificantBits());
        int8(value.getLeastSignificantBits());
        return this;
    }

    public CopyWriter bigint(long value) {
        ensure(12);
        int4(8);
        int8(value);
        return this;
    }

    public CopyWriter bigint(Long value) {
        return value == null ? nullValue() : bigint(value.longValue());
    }

    public CopyWriter integer(int value) {
        ensure(8);
        int4(4);
        int4(value);
        return this;
    }

    /** text, varchar and enum names. */
    public CopyWriter text(String value) {
        return value == null ? nullValue() : string(value);
    }

    public CopyWriter text(Enum<?> value) {
        return value == null ? nullValue() : string(value.name());
    }

    /**
     * The path one label below {@code parent} (null for a root) in ltree's binary form, a version byte
     * (1) then the text, written without making the path's string.
     */
    public CopyWriter ltree(String parent, long label) {
        ensure(6 + (parent == null ? 0 : parent.length() + 1) + 20);
        int lengthAt = size;
        size += 4;
        buffer[size++] = 1;
        if (parent != null) {
            utf8(parent);
            buffer[size++] = '.';
        }
        int digitsAt = size;
        long rest = label;
        do {
            buffer[size++] = (byte) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        for (int i = digitsAt, j = size - 1; i < j; i++, j--) {
            byte d = buffer[i];
            buffer[i] = buffer[j];
            buffer[j] = d;
        }
        return length(lengthAt);
    }

    public CopyWriter timestamptz(Instant value) {
        if (value == null) {
            return nullValue();
        }
        ensure(12);
        int4(8);
        int8(value.getEpochSecond() * 1_000_000L + value.getNano() / 1_000 - POSTGRES_EPOCH_MICROS);
        return this;
    }

    /** Writes the trailer and the rest of the buffer; the caller then ends the COPY. */
    public void finish() throws Exception {
        ensure(2);
        int2(-1);
        flush();
    }

    private CopyWriter string(String value) {
        ensure(4 + value.length() * 3);
        int lengthAt = size;
        size += 4;
        utf8(value);
        return length(lengthAt);
    }

    /** Fills in the length of the value written since {@code lengthAt}. */
    private CopyWriter length(int lengthAt) {
        int end = size;
        size = lengthAt;
        int4(end - lengthAt - 4);
        size = end;
        return this;
    }

    private void flush() throws Exception {
        if (size > 0) {
            sink.write(buffer, 0, size);
            size = 0;
        }
    }

    private void ensure(int bytes) {
        if (size + bytes > buffer.length) {
            byte[] larger = new byte[Math.max(buffer.length * 2, size + bytes)];
            System.arraycopy(buffer, 0, larger, 0, size);
            buffer = larger;
        }
    }

    private void int2(int v) {
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
    }

    private void int4(int v) {
        buffer[size++] = (byte) (v >>> 24);
        buffer[size++] = (byte) (v >>> 16);
        buffer[size++] = (byte) (v >>> 8);
        buffer[size++] = (byte) v;
    }

    private void int8(long v) {
        int4((int) (v >>> 32));
        int4((int) v);
    }

    private void utf8(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                buffer[size++] = (byte) c;
            } else if (c < 0x800) {
                buffer[size++] = (byte) (0xc0 | c >> 6);
                buffer[size++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buffer[size++] = (byte) (0xf0 | cp >> 18);
                buffer[size++] = (byte) (0x80 | cp >> 12 & 0x3f);
                buffer[size++] = (byte) (0x80 | cp >> 6 & 0x3f);
                buffer[size++] = (byte) (0x80 | cp & 0x3f);
            } else {
                char encoded = Character.isSurrogate(c) ? '?' : c; // a lone surrogate is not text
                buffer[size++] = (byte) (0xe0 | encoded >> 12);
                buffer[size++] = (byte) (0x80 | encoded >> 6 & 0x3f);
                buffer[size++] = (byte) (0x80 | encoded & 0x3f);
            }
        }
    }
}
