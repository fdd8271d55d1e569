package cn.shenyang.grassroots.orgstructure.whistle;

import cn.shenyang.grassroots.orgstructure.importing.Lines;
import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Imports past whistles with their steps (a hotline system's ledger): every row goes through the
 * same rules as a step taken over HTTP, dated as it happened, in one transaction. Any bad row
 * rejects the whole file, with every problem listed by row.
 */
@ApplicationScoped
public class WhistleImporter {
    static final int MAX_REPORTED_ERRORS = 200;

    @Inject
    WhistleService whistles;

    @Inject
    WhistleWorkflow workflow;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    /**
     * Rows between writing out and forgetting the session's entities: every query flushes the
     * session first and checks each entity it holds, so a session holding the whole file made
     * an import's time grow with the square of its rows (3,000 rows took minutes).
     */
    static final int ROWS_PER_FLUSH = 200;

    @Transactional
    public WhistleImportReport importNdjson(InputStream body) {
        List<Problem.Violation> errors = new ArrayList<>();
        List<WhistleLedgerRow> rows = new ArrayList<>();
        read(body, (bytes, start, end) -> {
            String line = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            if (!line.isBlank()) {
                rows.add(parse(() -> json.readValue(line, WhistleLedgerRow.class), rows.size() + 1, errors));
            }
        });
        return store(rows, errors);
    }

    @Transactional
    public WhistleImportReport importCsv(InputStream body) {
        List<Problem.Violation> errors = new ArrayList<>();
        List<WhistleLedgerRow> rows = new ArrayList<>();
        String[][] header = new String[1][];
        read(body, (bytes, start, end) -> {
            String[] fields = Lines.csvFields(bytes, start, end);
            if (header[0] == null) {
                header[0] = fields;
                if (fields == null || !Arrays.asList(fields).containsAll(List.of("ref", "action"))) {
                    errors.add(new Problem.Violation("header", "must name the columns, at least ref and action, of "
                            + WhistleLedgerRow.COLUMNS));
                }
                return;
            }
            int row = rows.size() + 1;
            if (fields == null || fields.length != header[0].length) {
                errors.add(new Problem.Violation("rows[" + row + "]", "is not a CSV record with " + header[0].length + " fields"));
                rows.add(null);
                return;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < fields.length; i++) {
                if (!fields[i].isEmpty()) {
                    values.put(header[0][i], header[0][i].equals("coHandlerDepartmentIds")
                            ? List.of(fields[i].split(";")) : fields[i]);
                }
            }
            rows.add(parse(() -> json.convertValue(values, WhistleLedgerRow.class), row, errors));
        });
        return store(rows, errors);
    }

    private WhistleImportReport store(List<WhistleLedgerRow> rows, List<Problem.Violation> errors) {
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new Problem.Violation("rows", "the file holds no rows"));
        }
        Map<String, UUID> byRef = new HashMap<>();
        Set<String> failed = new HashSet<>();
        List<WhistleImportReport.Row> stored = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            WhistleLedgerRow r = rows.get(i);
            String at = "rows[" + (i + 1) + "]";
            if (r == null || failed.contains(r.ref())) {
                continue;
            }
            try {
                UUID known = byRef.get(r.ref());
                Whistle w = apply(r, known == null ? null : Whistle.findById(known));
                byRef.put(r.ref(), w.id);
                stored.add(new WhistleImportReport.Row(i + 1, r.ref(), r.action(), w.id));
                if (stored.size() % ROWS_PER_FLUSH == 0) {
                    em.flush();
                    em.clear();
                }
            } catch (ProblemException e) {
                failed.add(r.ref());
                if (e.violations() == null || e.violations().isEmpty()) {
                    errors.add(new Problem.Violation(at, e.getMessage()));
                } else {
                    e.violations().forEach(v -> errors.add(new Problem.Violation(at + "." + v.field(), v.message())));
                }
            }
        }
        if (!errors.isEmpty()) {
            List<Problem.Violation> shown = errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors;
            throw ProblemException.unprocessable("The import was rejected and nothing was stored: " + errors.size()
                    + " problem(s) in the file" + (errors.size() > shown.size() ? " (first " + shown.size() + " listed)" : ""),
                    shown);
        }
        return new WhistleImportReport(byRef.size(), stored.size(), stored);
    }

    private Whistle apply(WhistleLedgerRow r, Whistle w) {
        if (r.ref() == null || r.ref().isBlank()) {
            throw ProblemException.invalid("ref", "is required: it ties a whistle's rows together");
        }
        if (r.action() == null) {
            throw ProblemException.invalid("action", "is required");
        }
        if (r.occurredAt() == null) {
            throw ProblemException.invalid("occurredAt", "is required in an import: a ledger's steps carry their times");
        }
        if (w == null) {
            if (!r.action().equals(WhistleLedgerRow.RAISE)) {
                throw ProblemException.invalid("action", "the first row of " + r.ref() + " must be RAISE");
            }
            WhistleRequests.RaiseWhistle raise = r.raise();
            validate(raise);
            return whistles.raise(raise);
        }
        try {
            WhistleStatus.Action.valueOf(r.action());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("action", "'" + r.action() + "' is not one of RAISE (first row), "
                    + Arrays.toString(WhistleStatus.Action.values()));
        }
        WhistleRequests.PerformWhistleAction step = r.step();
        validate(step);
        return workflow.perform(w, step);
    }

    private void validate(Object request) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream()
                    .map(v -> new Problem.Violation(v.getPropertyPath().toString(), v.getMessage())).toList());
        }
    }

    private interface Parse {
        WhistleLedgerRow get() throws IOException;
    }

    /** A row that cannot be read is reported by its field, in words, never with the parser's own text. */
    private static WhistleLedgerRow parse(Parse parse, int row, List<Problem.Violation> errors) {
        try {
            return parse.get();
        } catch (IOException | IllegalArgumentException e) {
            Throwable cause = e instanceof IllegalArgumentException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof JsonMappingException m && !m.getPath().isEmpty() && m.getPath().get(0).getFieldName() != null) {
                errors.add(new Problem.Violation("rows[" + row + "]." + m.getPath().get(0).getFieldName(),
                        m instanceof UnrecognizedPropertyException ? "is not a field of a whistle import: "
                                + WhistleLedgerRow.COLUMNS : "has a value of the wrong type or form"));
            } else {
                errors.add(new Problem.Violation("rows[" + row + "]", "is not a JSON object of a whistle import"));
            }
            return null;
        }
    }

    private static void read(InputStream body, Lines.Handler handler) {
        try {
            Lines.split(body, handler);
        } catch (IOException e) {
            throw ProblemException.invalid("body", "could not be read");
        }
    }
}
