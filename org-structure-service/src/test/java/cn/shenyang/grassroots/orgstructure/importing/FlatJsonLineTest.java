package cn.shenyang.grassroots.orgstructure.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A line is read here only when Jackson would read the same fields from it; every other line is left to Jackson. */
class FlatJsonLineTest {
    private static final JsonFactory JSON = new JsonFactory();

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\":\"辽宁省\",\"level\":\"PROVINCE\",\"divisionCode\":\"21\"}",
        "  { \"name\" : \" 沈阳市 \" ,\t\"partyOrgKind\":null , \"colour\":\"red\",\"name\":\"again\" }  \r",
        "{}",
        "{\"name\":\"\"}",
        "{\"name\":\"𠀀 four bytes, é two, € three\"}",
    })
    void takesAnObjectOfUnescapedStringsAndNullsAsJacksonReadsIt(String line) throws Exception {
        byte[] bytes = ("xx" + line + "yy").getBytes(StandardCharsets.UTF_8);
        int end = bytes.length - 2;
        FlatJsonLine flat = new FlatJsonLine();
        assertTrue(flat.read(bytes, 2, end));
        List<String> read = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            int column = flat.column(i);
            assertEquals(column, ImportRow.column(flat.name(i)));
            read.add(flat.name(i) + "=" + flat.value(i));
        }
        assertEquals(jackson(bytes, 2, end), read);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\":\"a \\\"quoted\\\" name\"}", // escapes
        "{\"na\\u006de\":\"a\"}",
        "{\"name\":\"tab\there\"}", // a control character, which JSON refuses
        "{\"divisionCode\":2101}", // a number
        "{\"name\":true}",
        "{\"name\":nul}",
        "{\"name\":nullx}",
        "{\"name\":{\"zh\":\"a\"}}",
        "{\"name\":[\"a\"]}",
        "{\"name\":\"a\"} {\"name\":\"b\"}",
        "{\"name\":\"a\"} 5",
        "{\"name\":\"a\"",
        "{\"name\":\"a\",}",
        "{\"name\" \"a\"}",
        "{name:\"a\"}",
        "[1, 2]",
        "\"a string\"",
        "",
        "   ",
        "{\"name\":\"unclosed}",
    })
    void leavesEveryOtherLineToJackson(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        assertFalse(new FlatJsonLine().read(bytes, 0, bytes.length));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ff", "c0af", "c1bf", // never in UTF-8; overlong
        "e080af", "eda080", "f08080af", "f4908080", "f5808080", // overlong, a surrogate, over U+10FFFF
        "c3", "e4b8", "e4b841", "f0a080", // cut short, or a byte that does not continue
        "80", "bf", // a continuation byte first
    })
    void leavesAnyStringThatIsNotWellFormedUtf8ToJackson(String hex) {
        byte[] bad = HexFormat.of().parseHex(hex);
        byte[] before = "{\"name\":\"a".getBytes(StandardCharsets.US_ASCII);
        byte[] after = "b\"}".getBytes(StandardCharsets.US_ASCII);
        byte[] line = new byte[before.length + bad.length + after.length];
        System.arraycopy(before, 0, line, 0, before.length);
        System.arraycopy(bad, 0, line, before.length, bad.length);
        System.arraycopy(after, 0, line, before.length + bad.length, after.length);
        assertFalse(new FlatJsonLine().read(line, 0, line.length));
    }

    private static List<String> jackson(byte[] bytes, int start, int end) throws Exception {
        List<String> read = new ArrayList<>();
        try (JsonParser p = JSON.createParser(bytes, start, end - start)) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                read.add(name + "=" + (value == JsonToken.VALUE_NULL ? null : p.getText()));
            }
            assertEquals(null, p.nextToken());
        }
        return read;
    }
}
