package cn.shenyang.grassroots.orgstructure.importing;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.PartyOrganizationKind;
import cn.shenyang.grassroots.platform.problem.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads NDJSON or CSV into rows, collecting every malformed field instead of stopping at the first. */
final class ImportParser {
    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{2,12}");
    private static final Set<String> KNOWN = Set.of(ImportRow.COLUMNS);

    private final List<ImportRow> rows = new ArrayList<>();
    private final List<Problem.Violation> errors;

    ImportParser(List<Problem.Violation> errors) {
        this.errors = errors;
    }

    List<ImportRow> ndjson(InputStream body, ObjectMapper json) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        String line;
        int row = 0;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            row++;
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (JsonProcessingException e) {
                error(row, "line", "is not valid JSON");
                continue;
            }
            if (!node.isObject()) {
                error(row, "line", "must be a JSON object");
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            node.fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().isNull() ? null : f.getValue().asText()));
            add(row, fields);
        }
        return rows;
    }

    List<ImportRow> csv(InputStream body) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class).with(schema)
                .readValues(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            int row = 0;
            while (it.hasNextValue()) {
                row++;
                Map<String, String> fields = new HashMap<>(it.nextValue());
                fields.replaceAll((k, v) -> v == null || v.isEmpty() ? null : v);
                add(row, fields);
            }
        } catch (RuntimeException e) {
            error(rows.size() + 1, "line", "is not well-formed CSV");
        }
        return rows;
    }

    private void add(int row, Map<String, String> f) {
        int before = errors.size();
        for (String key : f.keySet()) {
            if (!KNOWN.contains(key)) {
                error(row, key, "is not a known column; expected " + String.join(", ", ImportRow.COLUMNS));
            }
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

    void error(int row, String field, String message) {
        errors.add(new Problem.Violation("rows[" + row + "]." + field, message));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
