package cn.shenyang.grassroots.orgstructure.importing;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.PartyOrganizationKind;
import cn.shenyang.grassroots.platform.problem.Problem;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads NDJSON or CSV into rows, collecting every malformed field instead of stopping at the
 * first. Each NDJSON line is read token by token, without building a tree of it.
 */
final class ImportParser {
    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{2,12}");

    private final List<ImportRow> rows = new ArrayList<>();
    private final List<Problem.Violation> errors;

    ImportParser(List<Problem.Violation> errors) {
        this.errors = errors;
    }

    List<ImportRow> ndjson(InputStream body, JsonFactory json) throws IOException {
        int[] row = {0};
        Lines.split(body, (bytes, start, end) -> {
            if (isBlank(bytes, start, end)) {
                return;
            }
            row[0]++;
            Map<String, String> fields = new HashMap<>();
            try (JsonParser p = json.createParser(bytes, start, end - start)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    error(row[0], "line", "must be a JSON object");
                    return;
                }
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (value.isStructStart()) {
                        p.skipChildren();
                        error(row[0], field, "must be a string");
                    } else if (fields.containsKey(field)) {
                        error(row[0], field, "appears more than once");
                    } else {
                        fields.put(field, value == JsonToken.VALUE_NULL ? null : p.getText());
                    }
                }
                if (p.nextToken() != null) {
                    error(row[0], "line", "holds more than one JSON value");
                    return;
                }
            } catch (JsonProcessingException e) {
                error(row[0], "line", "is not valid JSON");
                return;
            }
            add(row[0], fields);
        });
        return rows;
    }

    List<ImportRow> csv(InputStream body) throws IOException {
        int[] row = {0};
        String[][] header = {null};
        Lines.split(body, (bytes, start, end) -> {
            if (isBlank(bytes, start, end)) {
                return;
            }
            String[] values = Lines.csvFields(bytes, start, end);
            if (header[0] == null && values != null) {
                header[0] = values;
                return;
            }
            row[0]++;
            if (values == null) {
                error(row[0], "line", "is not well-formed CSV");
                return;
            }
            Map<String, String> fields = new HashMap<>();
            for (int i = 0; i < values.length; i++) {
                String column = i < header[0].length ? header[0][i] : "column" + (i + 1);
                fields.put(column, values[i].isEmpty() ? null : values[i]);
            }
            add(row[0], fields);
        });
        return rows;
    }

    private void add(int row, Map<String, String> f) {
        int before = errors.size();
        for (Map.Entry<String, String> e : f.entrySet()) {
            if (!ImportRow.KNOWN.contains(e.getKey())) {
                error(row, e.getKey(), "is not a known column; expected " + String.join(", ", ImportRow.COLUMNS));
            } else if (e.getValue() != null && e.getValue().chars().anyMatch(c -> c < 0x20)) {
                error(row, e.getKey(), "must not contain control characters");
            }
        }
        if (errors.size() > before) {
            return;
        }
        String name = trim(f.get("name"));
        if (name == null) {
            error(row, "name", "must not be blank");
        } else if (name.length() > 200) {
            error(row, "name", "must be at most 200 characters");
        }
        Level level = enumOf(row, "level", f.get("level"), Level.class);
        if (f.get("level") == null) {
            error(row, "level", "must not be blank");
        }
        UUID parentId = null;
        if (f.get("parentId") != null) {
            try {
                parentId = UUID.fromString(f.get("parentId"));
            } catch (IllegalArgumentException e) {
                error(row, "parentId", "'" + f.get("parentId") + "' is not a valid UUID");
            }
        }
        String parentCode = trim(f.get("parentDivisionCode"));
        if (parentId != null && parentCode != null) {
            error(row, "parentId", "give parentId or parentDivisionCode, not both");
        }
        String code = trim(f.get("divisionCode"));
        if (code != null && !DIVISION_CODE.matcher(code).matches()) {
            error(row, "divisionCode", "must be 2 to 12 digits");
        }
        PartyOrganizationKind kind = enumOf(row, "partyOrgKind", f.get("partyOrgKind"), PartyOrganizationKind.class);
        String partyName = trim(f.get("partyOrgName"));
        if (kind != null && partyName == null) {
            error(row, "partyOrgName", "is required with partyOrgKind");
        }
        if (errors.size() == before) {
            rows.add(new ImportRow(row, name, level, parentId, parentCode, code, kind, partyName,
                    trim(f.get("partySecretaryName"))));
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
