package cn.shenyang.grassroots.orgstructure.importing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.strict.ControlCharacters;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NDJSON lines as rows: each line is one row, and a line that is not one flat object is reported, not fatal. */
class ImportParserTest {
    private final List<Problem.Violation> errors = new ArrayList<>();

    private List<ImportRow> ndjson(String... lines) throws Exception {
        List<ImportRow> rows = new ArrayList<>();
        new ImportParser(errors, new HeapBudget(Long.MAX_VALUE), rows::add).ndjson(
                new ByteArrayInputStream(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)), new JsonFactory());
        return rows;
    }

    private List<ImportRow> csv(String text) throws Exception {
        List<ImportRow> rows = new ArrayList<>();
        new ImportParser(errors, new HeapBudget(Long.MAX_VALUE), rows::add)
                .csv(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        return rows;
    }

    @Test
    void aBodyOfTheShortestRowsHoldsNoMoreRowsThanItsLengthAllows() throws Exception {
        String ndjson = String.join("\n", "{\"name\":\"a\",\"level\":\"CITY\"}", "{\"name\":\"b\",\"level\":\"TOWN\"}",
                "{\"name\":\"c\",\"level\":\"CITY\"}");
        assertEquals(3, ndjson(ndjson.split("\n")).size());
        assertEquals(List.of(), reported());
        assertEquals(3, ImportParser.mostRows(ndjson.length(), ImportParser.SHORTEST_NDJSON_ROW), "with no line end after the last");
        assertEquals(3, ImportParser.mostRows(ndjson.length() + 1, ImportParser.SHORTEST_NDJSON_ROW));

        String csv = "name,level\na,CITY\nb,TOWN\r\nc,CITY";
        assertEquals(3, csv(csv).size());
        assertEquals(List.of(), reported());
        assertTrue(ImportParser.mostRows(csv.length(), ImportParser.SHORTEST_CSV_ROW) >= 3);
    }

    private List<String> reported() {
        return errors.stream().map(v -> v.field() + ": " + v.message()).toList();
    }

    @Test
    void eachNonBlankLineIsARowNumberedInFileOrder() throws Exception {
        List<ImportRow> rows = ndjson(
                "{\"name\":\"辽宁省\",\"level\":\"PROVINCE\",\"divisionCode\":\"21\"}",
                "",
                "   ",
                "{\"name\":\" 沈阳市 \",\"level\":\"CITY\",\"parentDivisionCode\":\"21\",\"divisionCode\":\"2101\","
                        + "\"partyOrgKind\":null,\"partySecretaryName\":\"张三\"}\r",
                "{\"name\":\"a \\\"quoted\\\" \\u4e2d name\",\"level\":\"DISTRICT\",\"parentDivisionCode\":\"2101\"}");
        assertEquals(List.of(), reported());
        assertEquals(List.of(1, 2, 3), rows.stream().map(ImportRow::row).toList());
        assertEquals(List.of("辽宁省", "沈阳市", "a \"quoted\" 中 name"), rows.stream().map(ImportRow::name).toList());
        assertEquals(Level.CITY, rows.get(1).level());
        assertEquals("21", rows.get(1).parentDivisionCode());
        assertEquals("张三", rows.get(1).partySecretaryName());
    }

    @Test
    void aLineThatIsNotOneFlatObjectIsReportedAndTheNextLinesAreStillRead() throws Exception {
        List<ImportRow> rows = ndjson(
                "{not json",
                "[1, 2]",
                "\"a string\"",
                "{\"name\":\"a\",\"level\":\"CITY\"} {\"name\":\"b\",\"level\":\"CITY\"}",
                "{\"name\":\"a\",\"level\":\"CITY\"} 5",
                "{\"name\":\"a\",\"level\":\"CITY\"",
                "{\"name\":{\"zh\":\"a\"},\"level\":\"CITY\"}",
                "{\"name\":[\"a\"],\"level\":\"CITY\",\"colour\":\"red\"}",
                "{\"name\":\"a\",\"level\":\"CITY\",\"name\":\"b\"}",
                "{\"name\":\"a\\u0000b\",\"level\":\"CITY\"}",
                "{\"name\":\"ok\",\"level\":\"CITY\"}");
        assertEquals(List.of(
                "rows[1].line: is not valid JSON",
                "rows[2].line: must be a JSON object",
                "rows[3].line: must be a JSON object",
                "rows[4].line: holds more than one JSON value",
                "rows[5].line: holds more than one JSON value",
                "rows[6].line: is not valid JSON",
                "rows[7].name: must be a string",
                "rows[8].name: must be a string",
                "rows[8].colour: is not a known column; expected " + String.join(", ", ImportRow.COLUMNS),
                "rows[9].name: appears more than once",
                "rows[10].name: " + ControlCharacters.MESSAGE), reported());
        assertEquals(List.of(11), rows.stream().map(ImportRow::row).toList());
    }

    @Test
    void readingStopsWithA413OnceTheRowsWouldNeedMoreHeapThanTheServiceHas() {
        String line = "{\"name\":\"a\",\"level\":\"CITY\"}";
        long threeRows = 3L * (HeapBudget.PER_ROW + line.length());
        String file = String.join("\n", line, "", line, line, line, line);
        ProblemException refused = assertThrows(ProblemException.class, () -> new ImportParser(errors, new HeapBudget(threeRows), row -> { })
                .ndjson(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), new JsonFactory()));
        assertEquals(413, refused.status());
        assertTrue(refused.getMessage().contains("reading stopped at row 4"), refused.getMessage());
        assertTrue(refused.getMessage().contains("SUITE_SERVICE_HEAP"), refused.getMessage());

        String csv = "name,level\n" + "a,CITY\n".repeat(3);
        long csvRows = 3L * (HeapBudget.PER_ROW + "a,CITY".length());
        assertDoesNotThrow(() -> new ImportParser(errors, new HeapBudget(csvRows), row -> { }).csv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))),
                "the header is not a row");
        assertEquals(413, assertThrows(ProblemException.class, () -> new ImportParser(errors, new HeapBudget(csvRows - 1), row -> { })
                .csv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))).status());
    }
}
