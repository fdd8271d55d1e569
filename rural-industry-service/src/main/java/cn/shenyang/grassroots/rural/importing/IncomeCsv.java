package cn.shenyang.grassroots.rural.importing;

import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.rural.income.IncomeAmounts;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a yearly-returns CSV (UTF-8, a header row) into rows, collecting every malformed field
 * instead of stopping at the first; rules that need the database or the day are the importer's.
 */
final class IncomeCsv {
    static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999.99");

    private final List<Problem.Violation> errors;

    IncomeCsv(List<Problem.Violation> errors) {
        this.errors = errors;
    }

    List<IncomeRow> read(InputStream body) throws IOException {
        List<IncomeRow> rows = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        int row = 0;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class).with(schema)
                .readValues(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            while (it.hasNextValue()) {
                Map<String, String> values = it.nextValue();
                row++;
                IncomeRow r = row(row, values);
                if (r != null) {
                    rows.add(r);
                }
            }
        } catch (RuntimeException | JsonProcessingException e) {
            // the caller's file (an unclosed quote, a row with too many fields), not a failure of ours
            error(row + 1, "line", "is not well-formed CSV");
        }
        return rows;
    }

    private IncomeRow row(int row, Map<String, String> raw) {
        int before = errors.size();
        for (String key : raw.keySet()) {
            if (!IncomeRow.COLUMNS.contains(key)) {
                error(row, key, "is not a known column; expected " + String.join(", ", IncomeRow.COLUMNS));
            }
        }
        UUID village = uuid(row, raw, "villageId");
        Integer year = year(row, raw);
        IncomeAmounts amounts = new IncomeAmounts(amount(row, raw, "land"), amount(row, raw, "enclave"),
                amount(row, raw, "capablePerson"), amount(row, raw, "assetLeasing"), amount(row, raw, "service"),
                amount(row, raw, "other"));
        String evidence = text(row, raw, "evidenceRef", 500);
        LocalDate reported = date(row, raw, "reportedOn");
        LocalDate reviewed = date(row, raw, "reviewedOn");
        LocalDate confirmed = date(row, raw, "confirmedOn");
        return errors.size() == before ? new IncomeRow(row, village, year, amounts, evidence, reported, reviewed, confirmed)
                : null;
    }

    private static String value(Map<String, String> raw, String field) {
        String v = raw.get(field);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private UUID uuid(int row, Map<String, String> raw, String field) {
        String v = value(raw, field);
        if (v == null) {
            error(row, field, "must not be blank");
            return null;
        }
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            error(row, field, "is not a UUID");
            return null;
        }
    }

    private Integer year(int row, Map<String, String> raw) {
        String v = value(raw, "year");
        if (v == null) {
            error(row, "year", "must not be blank");
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            error(row, "year", "is not a whole number");
            return null;
        }
    }

    /** A source's amount: blank is 0.00; otherwise 0 or more, at most 2 decimals and 11 integer digits. */
    private BigDecimal amount(int row, Map<String, String> raw, String field) {
        String v = value(raw, field);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal a = new BigDecimal(v);
            if (a.signum() < 0) {
                error(row, field, "must not be negative");
            } else if (a.stripTrailingZeros().scale() > 2) {
                error(row, field, "has more than 2 decimals");
            } else if (a.compareTo(MAX_AMOUNT) > 0) {
                error(row, field, "must be at most " + MAX_AMOUNT.toPlainString());
            } else {
                return a;
            }
        } catch (NumberFormatException e) {
            error(row, field, "is not a decimal number (yuan, e.g. 52000.50)");
        }
        return null;
    }

    private String text(int row, Map<String, String> raw, String field, int max) {
        String v = value(raw, field);
        if (v == null) {
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

    private LocalDate date(int row, Map<String, String> raw, String field) {
        String v = value(raw, field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            error(row, field, "is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    private void error(int row, String field, String message) {
        errors.add(new Problem.Violation("rows[" + row + "]." + field, message));
    }
}
