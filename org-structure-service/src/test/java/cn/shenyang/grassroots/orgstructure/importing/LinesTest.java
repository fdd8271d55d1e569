package cn.shenyang.grassroots.orgstructure.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {
    private static List<String> lines(String text) throws Exception {
        List<String> lines = new ArrayList<>();
        Lines.split(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                (b, start, end) -> lines.add(new String(b, start, end - start, StandardCharsets.UTF_8)));
        return lines;
    }

    private static String[] fields(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return Lines.csvFields(b, 0, b.length);
    }

    @Test
    void linesEndAtLfOrCrLfAndTheLastNeedsNoBreak() throws Exception {
        assertEquals(List.of("a", "", "b", "c"), lines("a\r\n\nb\nc"));
        assertEquals(List.of(), lines(""));
        String longLine = "育".repeat(100_000);
        assertEquals(List.of(longLine, "x"), lines(longLine + "\nx\n"));
    }

    @Test
    void csvFieldsFollowRfc4180QuotingOnOneLine() {
        assertArrayEquals(new String[] {"210111001013", "育林社区", "210111001"}, fields("210111001013,\"育林社区\",210111001"));
        assertArrayEquals(new String[] {"a, b", "say \"hi\"", ""}, fields("\"a, b\",\"say \"\"hi\"\"\","));
        assertArrayEquals(new String[] {""}, fields(""));
        assertArrayEquals(new String[] {"", "", ""}, fields(",,"));
        assertNull(fields("\"open"), "a quote left open");
        assertNull(fields("\"a\"b,c"), "text after a closing quote");
    }

    @Test
    void aReusedLineDecodesOnlyWhatIsAskedFor() {
        Lines.CsvLine line = new Lines.CsvLine();
        byte[] b = "1,\"x\",3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18".getBytes(StandardCharsets.UTF_8);
        assertEquals(true, line.parse(b, 0, b.length));
        assertEquals(18, line.size());
        assertEquals("x", line.field(1));
        assertEquals("18", line.field(17));
        assertNull(line.field(18));
    }
}
