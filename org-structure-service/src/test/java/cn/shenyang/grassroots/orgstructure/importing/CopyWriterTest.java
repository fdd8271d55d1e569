package cn.shenyang.grassroots.orgstructure.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** PostgreSQL's binary COPY format, byte by byte (the server reads it back in the import tests). */
class CopyWriterTest {
    private final ByteArrayOutputStream sink = new ByteArrayOutputStream();
    private int chunks;

    private CopyWriter writer() {
        return new CopyWriter((bytes, offset, length) -> {
            sink.write(bytes, offset, length);
            chunks++;
        });
    }

    @Test
    void anEmptyCopyIsTheSignatureFlagsExtensionAndTrailer() throws Exception {
        writer().finish();
        assertEquals("5047434f50590aff0d0a00" + "00000000" + "00000000" + "ffff", HexFormat.of().formatHex(sink.toByteArray()));
    }

    @Test
    void eachValueIsItsLengthThenItsBytes() throws Exception {
        UUID id = UUID.fromString("01890a5d-ac96-774b-b9aa-123456789abc");
        writer().row(7).uuid(id).bigint(42L).integer(-1).text("育林社区").nullValue().ltree("1.17", 402).text((String) null)
                .finish();
        ByteBuffer b = ByteBuffer.wrap(sink.toByteArray());
        b.position(19);
        assertEquals(7, b.getShort());
        assertEquals(16, b.getInt());
        assertEquals(id, new UUID(b.getLong(), b.getLong()));
        assertEquals(8, b.getInt());
        assertEquals(42L, b.getLong());
        assertEquals(4, b.getInt());
        assertEquals(-1, b.getInt());
        byte[] name = "育林社区".getBytes(StandardCharsets.UTF_8);
        assertEquals(name.length, b.getInt());
        byte[] read = new byte[name.length];
        b.get(read);
        assertArrayEquals(name, read);
        assertEquals(-1, b.getInt());
        assertEquals(9, b.getInt());
        assertEquals(1, b.get(), "ltree's version byte");
        byte[] path = new byte[8];
        b.get(path);
        assertEquals("1.17.402", new String(path, StandardCharsets.US_ASCII));
        assertEquals(-1, b.getInt());
        assertEquals(-1, b.getShort(), "trailer");
        assertEquals(0, b.remaining());
    }

    @Test
    void aPathIsItsParentsThenItsLabel() throws Exception {
        writer().row(3).ltree(null, 7).ltree("12.3456", 0).ltree("1", Long.MAX_VALUE).finish();
        ByteBuffer b = ByteBuffer.wrap(sink.toByteArray());
        b.position(21);
        for (String path : new String[] {"7", "12.3456.0", "1." + Long.MAX_VALUE}) {
            assertEquals(path.length() + 1, b.getInt());
            assertEquals(1, b.get(), "ltree's version byte");
            byte[] text = new byte[path.length()];
            b.get(text);
            assertEquals(path, new String(text, StandardCharsets.US_ASCII));
        }
    }

    @Test
    void timesAreMicrosecondsSincePostgresEpochAndEnumsTheirNames() throws Exception {
        writer().row(3).timestamptz(Instant.parse("2000-01-01T00:00:01.000002Z")).timestamptz(Instant.parse("1999-12-31T23:59:59Z"))
                .text(Thread.State.NEW).finish();
        ByteBuffer b = ByteBuffer.wrap(sink.toByteArray());
        b.position(21);
        assertEquals(8, b.getInt());
        assertEquals(1_000_002L, b.getLong());
        assertEquals(8, b.getInt());
        assertEquals(-1_000_000L, b.getLong());
        assertEquals(3, b.getInt());
        assertEquals("NEW", new String(new byte[] {b.get(), b.get(), b.get()}, StandardCharsets.US_ASCII));
    }

    @Test
    void textIsUtf8IncludingCharactersOutsideTheBasicPlane() throws Exception {
        String name = "𠀀村 a\u00e9"; // a supplementary character, then Latin
        writer().row(1).text(name).finish();
        byte[] all = sink.toByteArray();
        byte[] expected = name.getBytes(StandardCharsets.UTF_8);
        assertEquals(expected.length, ByteBuffer.wrap(all, 21, 4).getInt());
        assertArrayEquals(expected, Arrays.copyOfRange(all, 25, 25 + expected.length));
    }

    @Test
    void largeCopiesGoOutInChunksAndLoseNothing() throws Exception {
        CopyWriter w = writer();
        String name = "村".repeat(60);
        for (int i = 0; i < 20_000; i++) {
            w.row(2).bigint(i).text(name);
        }
        w.finish();
        assertTrue(chunks > 1, "written in several chunks: " + chunks);
        int perRow = 2 + 12 + 4 + name.getBytes(StandardCharsets.UTF_8).length;
        assertEquals(19 + 20_000 * perRow + 2, sink.size());
    }
}
