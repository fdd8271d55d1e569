package cn.shenyang.grassroots.platform.sql;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows to PostgreSQL's COPY in its text format, flushing in large chunks: what bulk
 * imports write their rows with, inside their transaction.
 */
public final class CopyWriter {
    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);

    public CopyWriter(CopyIn copy) {
        this.copy = copy;
    }

    /** One row; null is SQL NULL, anything else its toString(), escaped. */
    public void row(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            if (values[i] == null) {
                buffer.append("\\N");
            } else {
                escape(values[i].toString());
            }
        }
        buffer.append('\n');
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(ch);
            }
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    /** Sends what is buffered and ends the COPY; answers the rows PostgreSQL stored. */
    public long end() throws SQLException {
        flush();
        return copy.endCopy();
    }
}
