package cn.shenyang.grassroots.orgstructure.importing;

import cn.shenyang.grassroots.orgstructure.changefeed.ChangeFeed;
import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.NodeNumbers;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitStatus;
import cn.shenyang.grassroots.orgstructure.orgunit.UnitIds;
import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.postgresql.core.BaseConnection;

/**
 * Bulk import: every row is checked ({@link RowChecks}) while the units that passed go in with
 * {@link BulkUnits}, in one transaction. One bad row rejects the whole file with a report of every
 * bad row, and rolls back what was written. A file larger than the tree is stored while it is still
 * being read; any other is read whole first, so that the stored units its rows name can be looked up.
 */
@ApplicationScoped
public class OrgUnitImporter {
    /** Enough to fix a file in one round trip without building a huge error body. */
    static final int MAX_REPORTED_ERRORS = 1000;
    /**
     * About the bytes of a row, to tell from a body's length whether it is larger than the tree: the
     * country's NDJSON has 107 a row; a shorter CSV row only makes the estimate low.
     */
    static final int TYPICAL_ROW_BYTES = 100;
    /** Stored units read at a time: the driver holds a batch, and the budget is checked between them. */
    private static final int FETCH = 10_000;
    /** Stands for "no parent" in the sibling-name index. */
    private static final UUID NO_PARENT = new UUID(0, 0);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    NodeNumbers nodeNumbers;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    TableStatistics statistics;

    /** Bulk writes may outlast the default 60 s transaction timeout: the whole country on a busy machine does. */
    public static final int BULK_TIMEOUT_SECONDS = 1800;

    /** {@code length}: the body's length in bytes, or -1 when it is not known. */
    @Transactional
    @TransactionConfiguration(timeout = BULK_TIMEOUT_SECONDS)
    public ImportReport importNdjson(InputStream body, long length) {
        return importRows(parser -> parser.ndjson(body, json.getFactory()), length, ImportParser.SHORTEST_NDJSON_ROW);
    }

    /** {@code length}: the body's length in bytes, or -1 when it is not known. */
    @Transactional
    @TransactionConfiguration(timeout = BULK_TIMEOUT_SECONDS)
    public ImportReport importCsv(InputStream body, long length) {
        return importRows(parser -> parser.csv(body), length, ImportParser.SHORTEST_CSV_ROW);
    }

    /** How a format's rows are read: with the parser, which collects every malformed field. */
    @FunctionalInterface
    private interface Reading {
        void rows(ImportParser parser) throws IOException;
    }

    /**
     * A body of a known length that holds at least {@link IndexRebuild#MIN_ROWS} rows and at least
     * as many rows as the tree has units (a first load, of a province or the country), into a tree
     * small enough to be held whole, is stored while it is read: the whole tree is read for the
     * checks, node numbers are reserved for the most rows the body could hold, and the write starts
     * before the first row, so the tree's locks are held while the rest arrives (a slow upload keeps
     * the tree waiting). Any other body is read whole, then checked against the stored units its rows
     * name while its units are stored.
     */
    private ImportReport importRows(Reading reading, long length, int shortestRow) {
        List<Problem.Violation> errors = new ArrayList<>();
        HeapBudget heap = new HeapBudget(Runtime.getRuntime().maxMemory());
        Session session = em.unwrap(Session.class);
        int estimate = (int) Math.min(length / TYPICAL_ROW_BYTES, Integer.MAX_VALUE);
        if (estimate >= IndexRebuild.MIN_ROWS && treeHeldWhole(session, estimate, heap)) {
            NodeNumbers.Reserved nodeNos = nodeNumbers.reserve(ImportParser.mostRows(length, shortestRow));
            return session.doReturningWork(c -> {
                holdTreeShared(c);
                return store(c, checks(wholeTree(c, heap), errors, estimate), nodeNos, estimate, errors,
                        check -> reading.rows(new ImportParser(errors, heap, check)));
            });
        }
        List<ImportRow> rows = new ArrayList<>();
        try {
            reading.rows(new ImportParser(errors, heap, rows::add));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NodeNumbers.Reserved nodeNos = nodeNumbers.reserve(rows.size());
        return session.doReturningWork(c -> {
            holdTreeShared(c);
            return store(c, checks(stored(c, rows, heap), errors, rows.size()), nodeNos, rows.size(), errors, rows::forEach);
        });
    }

    /** Whether the tree has no more units than the file's estimated rows, and fits in the import's heap. */
    private static boolean treeHeldWhole(Session session, int estimate, HeapBudget heap) {
        long stored = session.doReturningWork(c -> IndexRebuild.rows(c, "org_unit"));
        return estimate >= stored && heap.holdsTree(stored);
    }

    private RowChecks checks(RowChecks.Stored stored, List<Problem.Violation> errors, int expectedRows) {
        return new RowChecks(stored, caller::covers, caller.unrestricted(), errors, MAX_REPORTED_ERRORS, expectedRows);
    }

    /** Gives each row of the file, in file order, to {@code check}. */
    @FunctionalInterface
    private interface Rows {
        void each(Consumer<ImportRow> check) throws IOException;
    }

    /** Checks each row it is given and hands its unit to the write, until a row fails. */
    private static final class Checking implements Consumer<ImportRow> {
        private final RowChecks checks;
        private final NodeNumbers.Reserved nodeNos;
        private final CheckedUnits units;
        private final List<Problem.Violation> errors;
        private final Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
        private int checked;

        Checking(RowChecks checks, NodeNumbers.Reserved nodeNos, CheckedUnits units, List<Problem.Violation> errors) {
            this.checks = checks;
            this.nodeNos = nodeNos;
            this.units = units;
            this.errors = errors;
        }

        @Override
        public void accept(ImportRow row) {
            if (!checks.done()) {
                units.add(checks.check(row, nodeNos.get(checked++), UnitIds.next()), errors.isEmpty());
                byLevel.merge(row.level(), 1, Integer::sum);
            }
        }
    }

    /**
     * Starts the write on a thread of its own, which stores each unit once its row has passed, and
     * checks the rows here meanwhile. The first bad row stops the write, and the 422 rolls it back.
     * {@code expected}: the number of rows, or an estimate while they are still being read.
     */
    private ImportReport store(Connection c, RowChecks checks, NodeNumbers.Reserved nodeNos, int expected,
            List<Problem.Violation> errors, Rows rows) throws SQLException {
        String actor = caller.name();
        Instant at = clock.instant();
        CheckedUnits units = new CheckedUnits(expected);
        // the driver's connection under the pool's: the pool refuses statements from a thread outside the transaction
        Connection connection = c.unwrap(BaseConnection.class);
        FutureTask<BulkUnits.Written> write = new FutureTask<>(() -> BulkUnits.write(connection, units, expected, actor, at));
        if (errors.isEmpty()) {
            Thread writer = new Thread(write, "org-unit-import-write");
            writer.setDaemon(true);
            writer.start();
        } else {
            write.cancel(false); // the parser already rejected the file; the checks only report more
        }
        Checking checking = new Checking(checks, nodeNos, units, errors);
        try {
            rows.each(checking);
            if (checking.checked == 0 && errors.isEmpty()) {
                throw ProblemException.invalid("body", "contains no rows");
            }
        } catch (IOException | RuntimeException e) {
            units.finish(false);
            settled(write); // the connection is the write's until it stops
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        units.finish(errors.isEmpty());
        BulkUnits.Written written = outcome(write, errors);
        if (written.staleStatistics()) {
            statistics.refreshAfterCommit();
        }
        return new ImportReport(written.count(), checking.byLevel, written.firstCursor(), written.lastCursor());
    }

    /**
     * Waits until the write has finished with the connection, then answers for the file: rejected when
     * a row failed (whatever stopped the write), else the write's own outcome.
     */
    private static BulkUnits.Written outcome(FutureTask<BulkUnits.Written> write, List<Problem.Violation> errors)
            throws SQLException {
        try {
            BulkUnits.Written written = write.get();
            if (errors.isEmpty()) {
                return written;
            }
        } catch (CancellationException | ExecutionException e) {
            if (errors.isEmpty()) {
                Throwable cause = e.getCause();
                if (cause instanceof SQLException sql) {
                    throw sql;
                }
                throw cause instanceof RuntimeException r ? r : new IllegalStateException("the bulk write failed", cause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the bulk write ran", e);
        }
        throw rejected(errors);
    }

    private static void settled(FutureTask<?> write) {
        try {
            write.get();
        } catch (CancellationException | ExecutionException | InterruptedException ignored) {
            // the caller reports its own failure
        }
    }

    /** Parents cannot move or be dissolved while rows are attached to their paths. */
    private static void holdTreeShared(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_advisory_xact_lock_shared(?)")) {
            s.setLong(1, ChangeFeed.TREE_LOCK);
            s.execute();
        }
    }

    /** The stored units the rows refer to or may clash with. */
    private static RowChecks.Stored stored(Connection c, List<ImportRow> rows, HeapBudget heap) throws SQLException {
        List<String> codesInFile = new ArrayList<>(rows.size()); // a code twice in the file is found twice, and is one taken code
        Set<String> referencedCodes = new HashSet<>();
        Set<UUID> referencedIds = new HashSet<>();
        for (ImportRow r : rows) {
            if (r.divisionCode() != null) {
                codesInFile.add(r.divisionCode());
            }
            if (r.parentDivisionCode() != null) {
                referencedCodes.add(r.parentDivisionCode());
            } else if (r.parentId() != null) {
                referencedIds.add(r.parentId());
            }
        }
        Map<String, RowChecks.Known> byCode = new HashMap<>();
        Map<UUID, RowChecks.Known> byId = new HashMap<>();
        Set<String> takenCodes = new HashSet<>();
        // sets are joined as unnest(array): a large = any(array) would be rechecked row by row
        read(c, heap::spendOnStoredMatch, """
                select u.id, u.path::text, u.level, u.status, u.division_code
                from org_unit u join unnest(?::varchar[]) as k(code) on u.division_code = k.code""",
                c.createArrayOf("varchar", referencedCodes.toArray()), rs -> byCode.put(rs.getString(5), known(rs)));
        read(c, heap::spendOnStoredMatch, """
                select u.id, u.path::text, u.level, u.status
                from org_unit u join unnest(?::uuid[]) as k(id) on u.id = k.id""",
                c.createArrayOf("uuid", referencedIds.toArray()), rs -> byId.put(rs.getObject(1, UUID.class), known(rs)));
        // the smaller side goes over the wire: into an empty or small tree, every stored code (a first load
        // of the country sent 665k codes for nothing: 0.18 s); else the file's codes, to find the taken ones
        if (IndexRebuild.rows(c, "org_unit") < codesInFile.size()) {
            read(c, heap::spendOnStoredMatch, "select division_code from org_unit where division_code is not null", null,
                    rs -> takenCodes.add(rs.getString(1)));
        } else {
            read(c, heap::spendOnStoredMatch,
                    "select u.division_code from org_unit u join unnest(?::varchar[]) as k(code) on u.division_code = k.code",
                    c.createArrayOf("varchar", codesInFile.toArray()), rs -> takenCodes.add(rs.getString(1)));
        }
        // Names the rows would take under stored parents, probed on the sibling-name index.
        List<Object> probeParents = new ArrayList<>();
        List<Object> probeNames = new ArrayList<>();
        for (ImportRow r : rows) {
            RowChecks.Known parent = r.parentDivisionCode() != null ? byCode.get(r.parentDivisionCode())
                    : r.parentId() != null ? byId.get(r.parentId()) : null;
            if (parent != null || (r.parentDivisionCode() == null && r.parentId() == null)) {
                probeParents.add(parent == null ? NO_PARENT : parent.id());
                probeNames.add(r.name());
            }
        }
        Set<RowChecks.NameKey> takenNames = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("""
                select u.parent_id, u.name from org_unit u
                join unnest(?::uuid[], ?::text[]) as t(parent_id, name)
                  on coalesce(u.parent_id, '00000000-0000-0000-0000-000000000000'::uuid) = t.parent_id
                 and (lower(u.name) collate "C") = lower(t.name)
                where u.status = 'ACTIVE'""")) {
            s.setArray(1, c.createArrayOf("uuid", probeParents.toArray()));
            s.setArray(2, c.createArrayOf("text", probeNames.toArray()));
            s.setFetchSize(FETCH);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    heap.spendOnStoredMatch();
                    takenNames.add(RowChecks.NameKey.of(rs.getObject(1, UUID.class), rs.getString(2)));
                }
            }
        }
        return new RowChecks.Stored(byCode, byId, takenCodes, takenNames);
    }

    /**
     * Every stored unit, for a file with more rows than the tree has units: reading the tree costs
     * less than looking up what the rows name, which are not all read yet.
     */
    private static RowChecks.Stored wholeTree(Connection c, HeapBudget heap) throws SQLException {
        Map<String, RowChecks.Known> byCode = new HashMap<>();
        Map<UUID, RowChecks.Known> byId = new HashMap<>();
        Set<RowChecks.NameKey> takenNames = new HashSet<>();
        String sql = "select id, path::text, level, status, division_code, parent_id, name from org_unit";
        read(c, heap::spendOnStoredUnit, sql, null, rs -> {
            RowChecks.Known unit = known(rs);
            byId.put(unit.id(), unit);
            if (rs.getString(5) != null) {
                byCode.put(rs.getString(5), unit);
            }
            if (unit.active()) {
                takenNames.add(RowChecks.NameKey.of(rs.getObject(6, UUID.class), rs.getString(7)));
            }
        });
        return new RowChecks.Stored(byCode, byId, byCode.keySet(), takenNames);
    }

    private static RowChecks.Known known(ResultSet rs) throws SQLException {
        return new RowChecks.Known(rs.getObject(1, UUID.class), rs.getString(2), Level.valueOf(rs.getString(3)),
                OrgUnitStatus.ACTIVE.name().equals(rs.getString(4)));
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code sql} with {@code keys} (when given) as its one parameter and reads every row, each
     * spent from the import's heap; the rows come in batches, so that a refusal comes before the next.
     */
    private static void read(Connection c, Runnable spend, String sql, java.sql.Array keys, RowReader reader)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            if (keys != null) {
                s.setArray(1, keys);
            }
            s.setFetchSize(FETCH);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    spend.run();
                    reader.read(rs);
                }
            }
        }
    }

    private static ProblemException rejected(List<Problem.Violation> errors) {
        List<Problem.Violation> shown = errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors;
        return ProblemException.unprocessable("The import was rejected and nothing was stored: " + errors.size()
                + " problem(s) in the file" + (errors.size() > shown.size() ? " (first " + shown.size() + " listed)" : ""),
                shown);
    }
}
