package cn.shenyang.grassroots.orgstructure.importing;

import cn.shenyang.grassroots.orgstructure.changefeed.ChangeFeed;
import cn.shenyang.grassroots.orgstructure.changefeed.ChangeType;
import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitStatus;
import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Bulk import: every row is checked (fields, parent, level rules, unique names and division
 * codes, scope) before anything is written; then units and their feed rows go in with COPY, in
 * one transaction. One bad row rejects the whole file with a report of every bad row.
 */
@ApplicationScoped
public class OrgUnitImporter {
    /** Enough to fix a file in one round trip without building a huge error body. */
    static final int MAX_REPORTED_ERRORS = 1000;
    private static final int COPY_CHUNK = 1 << 20;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    ChangeFeed changes;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A unit the import resolves parents against: an existing one or an earlier row. */
    private record Node(UUID id, UUID parentId, long nodeNo, String path, Level level, boolean active) {}

    @Transactional
    public ImportReport importNdjson(InputStream body) {
        List<Problem.Violation> errors = new ArrayList<>();
        try {
            return store(new ImportParser(errors).ndjson(body, json), errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public ImportReport importCsv(InputStream body) {
        List<Problem.Violation> errors = new ArrayList<>();
        try {
            return store(new ImportParser(errors).csv(body), errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportReport store(List<ImportRow> rows, List<Problem.Violation> errors) {
        if (rows.isEmpty() && errors.isEmpty()) {
            throw ProblemException.invalid("body", "contains no rows");
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<Node> resolved = resolve(connection, rows, errors);
            if (!errors.isEmpty()) {
                throw rejected(errors);
            }
            return copy(connection, rows, resolved);
        });
    }

    private List<Node> resolve(Connection c, List<ImportRow> rows, List<Problem.Violation> errors) throws SQLException {
        Set<String> codesInFile = new HashSet<>();
        Set<String> referencedCodes = new HashSet<>();
        Set<UUID> referencedIds = new HashSet<>();
        for (ImportRow r : rows) {
            if (r.divisionCode() != null) {
                codesInFile.add(r.divisionCode());
            }
            if (r.parentDivisionCode() != null) {
                referencedCodes.add(r.parentDivisionCode());
            }
            if (r.parentId() != null) {
                referencedIds.add(r.parentId());
            }
        }
        Set<String> takenCodes = existingCodes(c, codesInFile);
        Map<String, Node> byCode = nodes(c, "division_code = any(?)", referencedCodes.toArray(String[]::new), "varchar");
        Map<String, Node> byId = nodes(c, "id = any(?)", referencedIds.toArray(UUID[]::new), "uuid");
        Set<UUID> existingParents = new HashSet<>();
        byCode.values().forEach(n -> existingParents.add(n.id()));
        byId.values().forEach(n -> existingParents.add(n.id()));
        Set<String> takenNames = activeChildNames(c, existingParents);

        long[] nodeNos = nextNodeNumbers(c, rows.size());
        List<Node> resolved = new ArrayList<>(rows.size());
        Map<String, Node> fileCodes = new HashMap<>();
        Set<String> fileNames = new HashSet<>();
        Set<String> fileCodesSeen = new HashSet<>();
        Set<String> rejectedCodes = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            ImportRow r = rows.get(i);
            int before = errors.size();
            Node parent = null;
            if (r.parentDivisionCode() != null) {
                parent = fileCodes.get(r.parentDivisionCode());
                if (parent == null) {
                    parent = byCode.get(r.parentDivisionCode());
                }
                if (parent == null && rejectedCodes.contains(r.parentDivisionCode())) {
                    error(errors, r, "parentDivisionCode", "its parent row (division code "
                            + r.parentDivisionCode() + ") was rejected");
                } else if (parent == null || !caller.covers(parent.path())) {
                    error(errors, r, "parentDivisionCode", "no org unit or earlier row has division code "
                            + r.parentDivisionCode());
                    parent = null;
                }
            } else if (r.parentId() != null) {
                parent = byId.get(r.parentId().toString());
                if (parent == null || !caller.covers(parent.path())) {
                    error(errors, r, "parentId", "no org unit " + r.parentId() + " exists");
                    parent = null;
                }
            }
            boolean parentNamed = r.parentDivisionCode() != null || r.parentId() != null;
            if (parent != null && !parent.active()) {
                error(errors, r, "parentDivisionCode", "the parent is dissolved");
            }
            if (!parentNamed || parent != null) {
                String refusal = r.level().refusalUnder(parent == null ? null : parent.level());
                if (refusal != null) {
                    error(errors, r, "level", refusal);
                } else if (parent == null && !caller.unrestricted()) {
                    error(errors, r, "parentId", "only a caller who sees the whole tree can import a root unit");
                }
            }
            if (r.divisionCode() != null && (takenCodes.contains(r.divisionCode()) || !fileCodesSeen.add(r.divisionCode()))) {
                error(errors, r, "divisionCode", "division code " + r.divisionCode() + " is already used");
            }
            UUID parentKey = parent == null ? null : parent.id();
            String nameKey = parentKey + "/" + r.name().toLowerCase();
            boolean parentKnown = parent != null || !parentNamed;
            if (parentKnown && (takenNames.contains(nameKey) || !fileNames.add(nameKey))) {
                error(errors, r, "name", "an active unit named '" + r.name() + "' already exists under this parent");
            }
            long nodeNo = nodeNos[i];
            Node node = new Node(UUID.randomUUID(), parentKey, nodeNo,
                    parent == null ? Long.toString(nodeNo) : parent.path() + "." + nodeNo, r.level(), true);
            resolved.add(node);
            if (r.divisionCode() != null && errors.size() == before) {
                fileCodes.put(r.divisionCode(), node);
            } else if (r.divisionCode() != null) {
                rejectedCodes.add(r.divisionCode());
            }
            if (errors.size() >= MAX_REPORTED_ERRORS) {
                break;
            }
        }
        return resolved;
    }

    private ImportReport copy(Connection c, List<ImportRow> rows, List<Node> nodes) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String actor = caller.name();
        String at = now.toString();
        PGConnection pg = c.unwrap(PGConnection.class);
        CopyWriter units = new CopyWriter(pg.getCopyAPI().copyIn("""
                copy org_unit (id, node_no, name, level, parent_id, path, division_code, party_org_kind, party_org_name,
                    party_secretary_name, status, version, created_at, created_by, updated_at, updated_by) from stdin"""));
        Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
        for (int i = 0; i < rows.size(); i++) {
            ImportRow r = rows.get(i);
            Node n = nodes.get(i);
            units.row(n.id(), n.nodeNo(), r.name(), r.level(), n.parentId(), n.path(), r.divisionCode(), r.partyOrgKind(),
                    r.partyOrgName(), r.partySecretaryName(), OrgUnitStatus.ACTIVE, 0, at, actor, at, actor);
            byLevel.merge(r.level(), 1, Integer::sum);
        }
        units.end();

        changes.lockFeed();
        long first = currentFeedPosition(c) + 1;
        CopyWriter feed = new CopyWriter(pg.getCopyAPI().copyIn("""
                copy org_unit_change (org_unit_id, change_type, name, level, parent_id, path, previous_path,
                    division_code, status, version, changed_at, changed_by) from stdin"""));
        for (int i = 0; i < rows.size(); i++) {
            ImportRow r = rows.get(i);
            Node n = nodes.get(i);
            feed.row(n.id(), ChangeType.CREATED, r.name(), r.level(), n.parentId(), n.path(), null,
                    r.divisionCode(), OrgUnitStatus.ACTIVE, 0, at, actor);
        }
        feed.end();
        long last = currentFeedPosition(c);
        return new ImportReport(rows.size(), byLevel, Math.min(first, last), last);
    }

    private long currentFeedPosition(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select coalesce(max(seq), 0) from org_unit_change");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Set<String> existingCodes(Connection c, Set<String> codes) throws SQLException {
        Set<String> taken = new HashSet<>();
        if (codes.isEmpty()) {
            return taken;
        }
        try (PreparedStatement s = c.prepareStatement("select division_code from org_unit where division_code = any(?)")) {
            s.setArray(1, c.createArrayOf("varchar", codes.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    taken.add(rs.getString(1));
                }
            }
        }
        return taken;
    }

    private static Map<String, Node> nodes(Connection c, String where, Object[] keys, String type) throws SQLException {
        Map<String, Node> found = new HashMap<>();
        if (keys.length == 0) {
            return found;
        }
        try (PreparedStatement s = c.prepareStatement("select id, node_no, path::text, level, status, division_code"
                + " from org_unit where " + where)) {
            s.setArray(1, c.createArrayOf(type, keys));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Node n = new Node(rs.getObject(1, UUID.class), null, rs.getLong(2), rs.getString(3),
                            Level.valueOf(rs.getString(4)), OrgUnitStatus.ACTIVE.name().equals(rs.getString(5)));
                    found.put(type.equals("uuid") ? n.id().toString() : rs.getString(6), n);
                }
            }
        }
        return found;
    }

    private static Set<String> activeChildNames(Connection c, Set<UUID> parents) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("select parent_id, lower(name) from org_unit where status = 'ACTIVE'"
                + " and (parent_id = any(?) or parent_id is null)")) {
            s.setArray(1, c.createArrayOf("uuid", parents.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getObject(1, UUID.class) + "/" + rs.getString(2));
                }
            }
        }
        return names;
    }

    private static long[] nextNodeNumbers(Connection c, int n) throws SQLException {
        long[] numbers = new long[n];
        try (PreparedStatement s = c.prepareStatement(
                "select nextval('org_unit_node_seq') from generate_series(1, ?)")) {
            s.setInt(1, n);
            try (ResultSet rs = s.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    numbers[i] = rs.getLong(1);
                }
            }
        }
        return numbers;
    }

    private static void error(List<Problem.Violation> errors, ImportRow r, String field, String message) {
        errors.add(new Problem.Violation("rows[" + r.row() + "]." + field, message));
    }

    private static ProblemException rejected(List<Problem.Violation> errors) {
        List<Problem.Violation> shown = errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors;
        return ProblemException.unprocessable("The import was rejected and nothing was stored: " + errors.size()
                + " problem(s) in the file" + (errors.size() > shown.size() ? " (first " + shown.size() + " listed)" : ""),
                shown);
    }

    /** Streams rows in PostgreSQL's COPY text format, flushing in large chunks. */
    private static final class CopyWriter {
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(COPY_CHUNK + 4096);

        CopyWriter(CopyIn copy) {
            this.copy = copy;
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    buffer.append("\\N");
                } else {
                    escape(v.toString());
                }
            }
            buffer.append('\n');
            if (buffer.length() >= COPY_CHUNK) {
                flush();
            }
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(ch);
                }
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        void end() throws SQLException {
            flush();
            copy.endCopy();
        }
    }
}
