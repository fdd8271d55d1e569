package cn.shenyang.grassroots.cadre.importing;

import cn.shenyang.grassroots.cadre.outcome.Committee;
import cn.shenyang.grassroots.cadre.reserve.CadreSource;
import cn.shenyang.grassroots.cadre.reserve.Education;
import cn.shenyang.grassroots.cadre.reserve.Gender;
import cn.shenyang.grassroots.cadre.reserve.NegativeListItem;
import cn.shenyang.grassroots.cadre.reserve.PartyStatus;
import cn.shenyang.grassroots.cadre.reserve.RecommendationChannel;
import cn.shenyang.grassroots.cadre.reserve.Stage;
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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads NDJSON or CSV into ledger rows, collecting every malformed field instead of stopping at the first. */
final class LedgerParser {
    private final List<Problem.Violation> errors;
    private final List<LedgerRow> rows = new ArrayList<>();

    LedgerParser(List<Problem.Violation> errors) {
        this.errors = errors;
    }

    List<LedgerRow> ndjson(InputStream body, ObjectMapper json) throws IOException {
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
            if (node == null || !node.isObject()) {
                error(row, "line", "must be a JSON object");
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            node.fields().forEachRemaining(f -> fields.put(f.getKey(), text(f.getValue())));
            add(row, fields);
        }
        return rows;
    }

    List<LedgerRow> csv(InputStream body) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        int row = 0;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class).with(schema)
                .readValues(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            while (it.hasNextValue()) {
                Map<String, String> values = it.nextValue();
                add(++row, new HashMap<>(values));
            }
        } catch (RuntimeException | JsonProcessingException e) {
            // e.g. a row with more values than the header has columns: the parser cannot go on
            error(row + 1, "line", "is not well-formed CSV (" + (e instanceof JsonProcessingException j
                    ? j.getOriginalMessage().replaceAll("\\s+", " ") : "unreadable") + ")");
        }
        return rows;
    }

    /** An array (negativeListFindings) joins with ';' as in CSV; null stays null. */
    private static String text(JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            v.forEach(i -> items.add(i.asText()));
            return String.join(";", items);
        }
        return v.asText();
    }

    private void add(int row, Map<String, String> f) {
        int before = errors.size();
        for (String key : f.keySet()) {
            if (!LedgerRow.COLUMNS.contains(key)) {
                error(row, key, "is not a known column; expected " + String.join(", ", LedgerRow.COLUMNS));
            }
        }
        Fields in = new Fields(row, f);
        LedgerRow r = new LedgerRow(row, in.text("name", 100, true), in.enumOf("gender", Gender.class, true),
                in.date("birthDate", true), in.text("idNumber", 18, true), in.text("phone", 20, false),
                in.enumOf("education", Education.class, true), in.enumOf("partyStatus", PartyStatus.class, true),
                in.uuid("villageId"), in.enumOf("source", CadreSource.class, true),
                in.enumOf("channel", RecommendationChannel.class, true), in.date("recommendedOn", true),
                in.text("reason", 1000, false), in.date("qualifiedOn", false), in.findings("negativeListFindings"),
                in.date("nominatedOn", false), in.integer("votesFor"), in.integer("votesCast"),
                in.date("inspectedOn", false), in.text("inspectionReport", 4000, false), in.score("writtenTestScore"),
                in.score("interviewScore"), in.date("publicizedOn", false), in.date("publicityStartsOn", false),
                in.date("admittedOn", false), in.enumOf("exit", Stage.Action.class, false), in.date("exitOn", false),
                in.text("exitReason", 1000, false), in.enumOf("committee", Committee.class, false),
                in.date("activistOn", false), in.date("probationaryOn", false), in.date("memberOn", false));
        if (errors.size() == before) {
            rows.add(r);
        }
    }

    void error(int row, String field, String message) {
        errors.add(new Problem.Violation("rows[" + row + "]." + field, message));
    }

    /** Typed access to one row's raw values; a malformed value is reported and read as null. */
    private final class Fields {
        private final int row;
        private final Map<String, String> raw;

        Fields(int row, Map<String, String> raw) {
            this.row = row;
            this.raw = raw;
        }

        String text(String field, int max, boolean required) {
            String v = raw.get(field);
            v = v == null || v.isBlank() ? null : v.strip();
            if (v == null) {
                if (required) {
                    error(row, field, "must not be blank");
                }
                return null;
            }
            if (v.chars().anyMatch(ch -> ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r')) {
                error(row, field, "must not contain control characters");
                return null;
            }
            if (v.length() > max) {
                error(row, field, "must be at most " + max + " characters");
                return null;
            }
            return v;
        }

        <E extends Enum<E>> E enumOf(String field, Class<E> type, boolean required) {
            return parse(field, required, v -> Enum.valueOf(type, v), "is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }

        LocalDate date(String field, boolean required) {
            return parse(field, required, LocalDate::parse, "is not a valid date (YYYY-MM-DD)");
        }

        UUID uuid(String field) {
            return parse(field, true, v -> {
                if (v.length() != 36) {
                    throw new IllegalArgumentException();
                }
                return UUID.fromString(v);
            }, "is not a valid UUID");
        }

        Integer integer(String field) {
            Integer n = parse(field, false, Integer::valueOf, "is not a whole number");
            if (n != null && n < 0) {
                error(row, field, "must be 0 or more");
                return null;
            }
            return n;
        }

        BigDecimal score(String field) {
            BigDecimal d = parse(field, false, BigDecimal::new, "is not a decimal number");
            if (d != null && (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(100)) > 0
                    || d.stripTrailingZeros().scale() > 2)) {
                error(row, field, "must be a score from 0 to 100 with at most 2 decimals");
                return null;
            }
            return d;
        }

        List<NegativeListItem> findings(String field) {
            String v = text(field, 300, false);
            if (v == null) {
                return List.of();
            }
            List<NegativeListItem> items = new ArrayList<>();
            for (String item : v.split(";")) {
                NegativeListItem found = parseValue(field, item.strip(), NegativeListItem::valueOf, "'" + item.strip()
                        + "' is not one of " + Arrays.toString(NegativeListItem.values()));
                if (found != null && !items.contains(found)) {
                    items.add(found);
                }
            }
            return items;
        }

        private <T> T parse(String field, boolean required, Function<String, T> parser, String reason) {
            String v = raw.get(field);
            if (v == null || v.isBlank()) {
                if (required) {
                    error(row, field, "must not be blank");
                }
                return null;
            }
            return parseValue(field, v.strip(), parser, "'" + v.strip() + "' " + reason);
        }

        private <T> T parseValue(String field, String v, Function<String, T> parser, String message) {
            try {
                return parser.apply(v);
            } catch (RuntimeException e) {
                error(row, field, message.length() > 300 ? message.substring(0, 300) : message);
                return null;
            }
        }
    }
}
