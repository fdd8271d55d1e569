package cn.shenyang.grassroots.orgstructure.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Splits a stream into lines of bytes without decoding it, for readers that parse bytes themselves. */
final class Lines {
    /** Receives each line, without its '\n', as a range of a buffer that is reused afterwards. */
    @FunctionalInterface
    interface Handler {
        void line(byte[] bytes, int start, int end) throws IOException;
    }

    private Lines() {}

    static void split(InputStream in, Handler handler) throws IOException {
        byte[] buffer = new byte[1 << 16];
        int filled = 0;
        int read;
        while ((read = in.read(buffer, filled, buffer.length - filled)) != -1) {
            int end = filled + read;
            int start = 0;
            for (int i = filled; i < end; i++) {
                if (buffer[i] == '\n') {
                    handler.line(buffer, start, i);
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
            handler.line(buffer, 0, filled);
        }
    }
}
