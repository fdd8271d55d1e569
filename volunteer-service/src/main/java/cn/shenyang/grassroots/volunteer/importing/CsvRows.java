package cn.shenyang.grassroots.volunteer.importing;

import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.strict.ControlCharacters;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A CSV file (UTF-8, a header row) read row by row into typed values, collecting every malformed
 * field as {@code rows[n].field} (rows counted from 1) instead of stopping at the first. A value is
 * never quoted back in a message: files carry ID numbers and phones.
 */
final class CsvRows {
    private static final CsvMapper MAPPER = new CsvMapper();
    private static final String MALFORMED = "is not well-formed CSV (check quotes and the number of fields)";

    private final List<Problem.Violation> errors;
    private final int maxErrors;

    CsvRows(List<Problem.Violation> errors, int maxErrors) {
        this.errors = errors;
        this.maxErrors = maxErrors;
    }

    /**
     * Each row as a {@link Fields}, read from the body only when asked for, after checking the header
     * against the known columns: a file's rows are never all held as text at once, only the typed
     * rows an importer keeps. A malformed line is reported and ends the rows, as do full errors.
     */
    Iterable<Fields> read(InputStream body, List<String> columns, Set<String> ignored) {
        MappingIterator<Map<String, String>> values;
        try {
            values = MAPPER.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
                    .readValues(new InputStreamReader(body, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            error(0, "line", MALFORMED);
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RowIterator rows = new RowIterator(values);
        rows.hasNext(); // reads the header
        if (values.getParserSchema() instanceof CsvSchema header) {
            for (CsvSchema.Column column : header) {
                if (!columns.contains(column.getName()) && !ignored.contains(column.getName())) {
                    String name = column.getName().replaceAll("\\p{Cntrl}", "?");
                    name = name.length() > 60 ? name.substring(0, 60) : name;
                    error(0, name, "is not a known column; expected " + String.join(", ", columns));
                }
            }
        }
        return errors.isEmpty() ? () -> rows : List.of();
    }

    /** The rows of {@link #read}, each read ahead by one when {@link #hasNext} asks. */
    private final class RowIterator implements Iterator<Fields> {
        private final MappingIterator<Map<String, String>> values;
        private int row;
        private Fields ahead;
        private boolean ended;

        RowIterator(MappingIterator<Map<String, String>> values) {
            this.values = values;
        }

        @Override
        public boolean hasNext() {
            if (ahead == null && !ended) {
                try {
                    if (values.hasNextValue()) {
                        ahead = new Fields(row + 1, new HashMap<>(values.nextValue()));
                        row++;
                    } else {
                        ended = true;
                    }
                } catch (JsonProcessingException | RuntimeException e) {
                    // the caller's file, not our fault: an unclosed quote, a row with too many fields
                    ended = true;
                    error(row + 1, "line", MALFORMED);
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // reading the body itself failed
                }
            }
            return ahead != null && errors.size() < maxErrors;
        }

        @Override
        public Fields next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Fields next = ahead;
            ahead = null;
            return next;
        }
    }

    boolean full() {
        return errors.size() >= maxErrors;
    }

    void error(int row, String field, String message) {
        errors.add(new Problem.Violation(row == 0 ? "header." + field : "rows[" + row + "]." + field, message));
    }

    /** Typed access to one row's raw values; a malformed value is reported and read as null. */
    final class Fields {
        final int row;
        private final Map<String, String> raw;

        Fields(int row, Map<String, String> raw) {
            this.row = row;
            this.raw = raw;
        }

        void error(String field, String message) {
            CsvRows.this.error(row, field, message);
        }

        String text(String field, int max, boolean required) {
            String v = raw.get(field);
            v = v == null || v.isBlank() ? null : v.strip();
            if (v == null) {
                if (required) {
                    error(field, "must not be blank");
                }
                return null;
            }
            if (ControlCharacters.present(v)) {
                error(field, ControlCharacters.MESSAGE);
                return null;
            }
            if (v.length() > max) {
                error(field, "must be at most " + max + " characters");
                return null;
            }
            return v;
        }

        /** A text that must match {@code pattern}; the message says what it must be, never what it was. */
        String matching(String field, String pattern, String message, boolean required) {
            String v = text(field, 200, required);
            if (v != null && !v.matches(pattern)) {
                error(field, message);
                return null;
            }
            return v;
        }

        <E extends Enum<E>> E enumOf(String field, Class<E> type, boolean required) {
            return parse(field, required, v -> Enum.valueOf(type, v), "is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }

        <E extends Enum<E>> List<E> enumList(String field, Class<E> type) {
            String v = text(field, 500, false);
            List<E> values = new ArrayList<>();
            if (v == null) {
                return values;
            }
            for (String item : v.split(";")) {
                try {
                    E e = Enum.valueOf(type, item.strip());
                    if (!values.contains(e)) {
                        values.add(e);
                    }
                } catch (IllegalArgumentException e) {
                    error(field, "holds a value that is not one of " + Arrays.stream(type.getEnumConstants())
                            .map(Enum::name).collect(Collectors.joining(", ")) + " (separate several with ;)");
                    return values;
                }
            }
            return values;
        }

        LocalDate date(String field, boolean required) {
            return parse(field, required, LocalDate::parse, "is not a valid date (YYYY-MM-DD)");
        }

        OffsetDateTime timestamp(String field, boolean required) {
            return parse(field, required, OffsetDateTime::parse, "is not a timestamp with zone (2024-05-01T09:00:00+08:00)");
        }

        UUID uuid(String field, boolean required) {
            return parse(field, required, v -> {
                if (v.length() != 36) {
                    throw new IllegalArgumentException();
                }
                return UUID.fromString(v);
            }, "is not a valid UUID");
        }

        Boolean bool(String field, boolean required) {
            return parse(field, required, v -> switch (v) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException();
            }, "must be true or false");
        }

        BigDecimal decimal(String field, boolean required) {
            return parse(field, required, BigDecimal::new, "is not a decimal number");
        }

        private <T> T parse(String field, boolean required, Function<String, T> parser, String reason) {
            String v = raw.get(field);
            if (v == null || v.isBlank()) {
                if (required) {
                    error(field, "must not be blank");
                }
                return null;
            }
            try {
                return parser.apply(v.strip());
            } catch (RuntimeException e) {
                error(field, reason);
                return null;
            }
        }
    }
}
