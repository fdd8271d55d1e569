package cn.shenyang.grassroots.orgstructure.importing;

import cn.shenyang.grassroots.orgstructure.division.DivisionLevels;
import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.PartyOrganizationKind;
import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.strict.ControlCharacters;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reads NDJSON or CSV into rows, handing each well-formed row on as it is read and collecting
 * every malformed field instead of stopping at the first. An NDJSON line of the usual shape is read
 * by {@link FlatJsonLine}; any other line by Jackson, token by token, without building a tree of it.
 */
final class ImportParser {
    /** The shortest NDJSON line that is a row, {"name":"a","level":"CITY"} and its line end. */
    static final int SHORTEST_NDJSON_ROW = 28;
    /** The shortest CSV line that is a row, a,CITY and its line end. */
    static final int SHORTEST_CSV_ROW = 7;

    private final List<Problem.Violation> errors;
    private final HeapBudget heap;
    private final Consumer<ImportRow> rows;
    private final Map<String, String> parentCodes = new HashMap<>();

    /** Hands each well-formed row, in file order, to {@code rows}. */
    ImportParser(List<Problem.Violation> errors, HeapBudget heap, Consumer<ImportRow> rows) {
        this.errors = errors;
        this.heap = heap;
        this.rows = rows;
    }

    /** The most rows a body of {@code bytes} could hold, its rows at least {@code shortestRow} bytes. */
    static long mostRows(long bytes, int shortestRow) {
        return (bytes + 1) / shortestRow; // the last line needs no line end
    }

    void ndjson(InputStream body, JsonFactory json) throws IOException {
        int[] row = {0};
        String[] values = new String[ImportRow.COLUMNS.length];
        boolean[] given = new boolean[values.length];
        FlatJsonLine flat = new FlatJsonLine();
        Lines.split(body, (bytes, start, end) -> {
            if (isBlank(bytes, start, end)) {
                return;
            }
            row[0]++;
            heap.spendOnRow(row[0], end - start);
            Arrays.fill(values, null);
            Arrays.fill(given, false);
            boolean wellFormed = flat.read(bytes, start, end) ? flatFields(row[0], flat, values, given)
                    : jsonFields(row[0], json, bytes, start, end, values, given);
            if (wellFormed) {
                add(row[0], values);
            }
        });
    }

    /** The fields of a line in the common shape; false, with errors, when one is unknown or repeated. */
    private boolean flatFields(int row, FlatJsonLine line, String[] values, boolean[] given) {
        boolean wellFormed = true;
        for (int i = 0; i < line.size(); i++) {
            int known = line.column(i);
            int column = column(row, known < 0 ? line.name(i) : ImportRow.COLUMNS[known], known, given);
            if (column < 0) {
                wellFormed = false;
            } else {
                values[column] = line.value(i);
            }
        }
        return wellFormed;
    }

    /** The fields of any other line, token by token; false, with errors, when it is not one object of strings. */
    private boolean jsonFields(int row, JsonFactory json, byte[] bytes, int start, int end, String[] values,
            boolean[] given) throws IOException {
        boolean wellFormed = true;
        try (JsonParser p = json.createParser(bytes, start, end - start)) {
            // duplicates are found by column; the factory's own detector costs a set per line
            p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                error(row, "line", "must be a JSON object");
                return false;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (value.isStructStart()) {
                    p.skipChildren();
                    error(row, field, "must be a string");
                    wellFormed = false;
                    continue;
                }
                int column = column(row, field, ImportRow.column(field), given);
                if (column < 0) {
                    wellFormed = false;
                } else {
                    values[column] = value == JsonToken.VALUE_NULL ? null : p.getText();
                }
            }
            if (p.nextToken() != null) {
                error(row, "line", "holds more than one JSON value");
                return false;
            }
        } catch (JsonProcessingException e) {
            error(row, "line", "is not valid JSON");
            return false;
        }
        return wellFormed;
    }

    /** The column a field fills, or -1, with an error, when it is not a known column or fills one twice. */
    private int column(int row, String field, int column, boolean[] given) {
        if (column < 0) {
            unknownColumn(row, field);
            return -1;
        }
        if (given[column]) {
            error(row, field, "appears more than once");
            return -1;
        }
        given[column] = true;
        return column;
    }

    void csv(InputStream body) throws IOException {
        int[] row = {0};
        int[][] columns = {null};
        String[][] header = {null};
        String[] values = new String[ImportRow.COLUMNS.length];
        Lines.CsvLine line = new Lines.CsvLine();
        Lines.split(body, (bytes, start, end) -> {
            if (isBlank(bytes, start, end)) {
                return;
            }
            boolean wellFormed = line.parse(bytes, start, end);
            if (header[0] == null && wellFormed) {
                header[0] = new String[line.size()];
                columns[0] = new int[line.size()];
                for (int i = 0; i < line.size(); i++) {
                    header[0][i] = line.field(i);
                    columns[0][i] = ImportRow.column(header[0][i]);
                }
                return;
            }
            row[0]++;
            heap.spendOnRow(row[0], end - start);
            if (!wellFormed) {
                error(row[0], "line", "is not well-formed CSV");
                return;
            }
            Arrays.fill(values, null);
            boolean unknown = false;
            for (int i = 0; i < line.size(); i++) {
                int column = i < columns[0].length ? columns[0][i] : -1;
                if (column < 0) {
                    unknownColumn(row[0], i < header[0].length ? header[0][i] : "column" + (i + 1));
                    unknown = true;
                } else {
                    String value = line.field(i);
                    values[column] = value.isEmpty() ? null : value;
                }
            }
            if (!unknown) {
                add(row[0], values);
            }
        });
    }

    private void unknownColumn(int row, String name) {
        error(row, name, "is not a known column; expected " + String.join(", ", ImportRow.COLUMNS));
    }

    /** Checks one row's values, by column in {@link ImportRow#COLUMNS} order. */
    private void add(int row, String[] f) {
        int before = errors.size();
        for (int i = 0; i < f.length; i++) {
            if (ControlCharacters.present(f[i])) {
                error(row, ImportRow.COLUMNS[i], ControlCharacters.MESSAGE);
            }
        }
        if (errors.size() > before) {
            return;
        }
        String name = trim(f[ImportRow.NAME]);
        if (name == null) {
            error(row, "name", "must not be blank");
        } else {
            atMost(row, "name", name, 200);
        }
        Level level = enumOf(row, "level", f[ImportRow.LEVEL], Level.class);
        if (f[ImportRow.LEVEL] == null) {
            error(row, "level", "must not be blank");
        }
        UUID parentId = null;
        if (f[ImportRow.PARENT_ID] != null) {
            try {
                parentId = UUID.fromString(f[ImportRow.PARENT_ID]);
            } catch (IllegalArgumentException e) {
                error(row, "parentId", "'" + f[ImportRow.PARENT_ID] + "' is not a valid UUID");
            }
        }
        String parentCode = trim(f[ImportRow.PARENT_CODE]);
        if (parentCode != null) {
            // siblings name the same parent: one string for all of them (35 MB less for the country)
            parentCode = parentCodes.computeIfAbsent(parentCode, c -> c);
        }
        if (parentId != null && parentCode != null) {
            error(row, "parentId", "give parentId or parentDivisionCode, not both");
        }
        String code = trim(f[ImportRow.CODE]);
        if (code != null && (code.length() < 2 || code.length() > 12 || !DivisionLevels.digits(code))) {
            error(row, "divisionCode", "must be 2 to 12 digits");
        }
        PartyOrganizationKind kind = enumOf(row, "partyOrgKind", f[ImportRow.PARTY_KIND], PartyOrganizationKind.class);
        String partyName = trim(f[ImportRow.PARTY_NAME]);
        if (kind != null && partyName == null) {
            error(row, "partyOrgName", "is required with partyOrgKind");
        } else {
            atMost(row, "partyOrgName", partyName, 200);
        }
        String secretary = trim(f[ImportRow.PARTY_SECRETARY]);
        atMost(row, "partySecretaryName", secretary, 100);
        if (errors.size() == before) {
            rows.accept(new ImportRow(row, name, level, parentId, parentCode, code, kind, partyName, secretary));
        }
    }

    /** A value longer than its column holds (the lengths a single create checks too) is reported. */
    private void atMost(int row, String field, String value, int characters) {
        if (value != null && value.length() > characters) {
            error(row, field, "must be at most " + characters + " characters");
        }
    }

    private <E extends Enum<E>> E enumOf(int row, String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            error(row, field, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private void error(int row, String field, String message) {
        errors.add(new Problem.Violation("rows[" + row + "]." + field, message));
    }

    private static boolean isBlank(byte[] bytes, int start, int end) {
        for (int i = start; i < end; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
