package cn.shenyang.grassroots.cadre.importing;

import cn.shenyang.grassroots.cadre.reserve.PublicityWindows;
import cn.shenyang.grassroots.cadre.reserve.SelectionRules;
import cn.shenyang.grassroots.cadre.reserve.Stage;
import cn.shenyang.grassroots.cadre.support.Today;
import cn.shenyang.grassroots.platform.orgreplica.OrgLevels;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Imports an existing reserve-cadre ledger: every row is parsed and replayed through the workflow's
 * rules before anything is written; then cadres, their dated histories and elections go in with
 * COPY, in one transaction. One bad row rejects the whole file with a report of every bad field.
 * A row whose ID number and selection year are already stored is left alone, so a file can be
 * sent again.
 */
@ApplicationScoped
public class ReserveCadreImporter {
    /** Enough to fix a file in one round trip without building a huge error body. */
    static final int MAX_REPORTED_ERRORS = 1000;
    /** Imports take this transaction-scoped advisory lock, so two runs of one file cannot both find a row new. */
    private static final long IMPORT_LOCK = 0x6361647265696dL;

    private static final String VILLAGES = "select id, path::text, level, status from org_unit_replica where id = any(?)";
    private static final String KNOWN = "select id_number, cohort_year, stage from reserve_cadre where id_number = any(?)";
    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    SelectionRules rules;

    @Inject
    PublicityWindows windows;

    /** A village as the import checks it. */
    private record Village(String path, String level, boolean active) {}


    @Transactional
    public ImportReport importNdjson(InputStream body) {
        List<Problem.Violation> errors = new ArrayList<>();
        try {
            return store(new LedgerParser(errors).ndjson(body, json), errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public ImportReport importCsv(InputStream body) {
        List<Problem.Violation> errors = new ArrayList<>();
        try {
            return store(new LedgerParser(errors).csv(body), errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportReport store(List<LedgerRow> rows, List<Problem.Violation> errors) {
        if (rows.isEmpty() && errors.isEmpty()) {
            throw ProblemException.invalid("body", "contains no rows");
        }
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, IMPORT_LOCK);
                lock.execute();
            }
            Map<UUID, Village> villages = villages(c, rows);
            Set<String> present = new HashSet<>();
            Map<String, Integer> live = new HashMap<>();
            known(c, rows, present, live);
            LedgerReplay replay = new LedgerReplay(rules, windows, today.date(), errors);
            List<LedgerWriter.Accepted> accepted = new ArrayList<>();
            List<Integer> presentRows = new ArrayList<>();
            Map<String, Integer> fileKeys = new HashMap<>();
            Map<String, Integer> fileLive = new HashMap<>();
            for (LedgerRow r : rows) {
                String key = r.idNumber() + "/" + r.recommendedOn().getYear();
                if (present.contains(key)) {
                    presentRows.add(r.row());
                    continue;
                }
                Integer earlier = fileKeys.putIfAbsent(key, r.row());
                if (earlier != null) {
                    error(errors, r, "idNumber", "row " + earlier + " already has this ID number for selection year "
                            + r.recommendedOn().getYear());
                    continue;
                }
                checkVillage(errors, r, villages.get(r.villageId()));
                LedgerReplay.Replayed replayed = replay.replay(r);
                if (r.exit() == null) {
                    Integer liveYear = live.get(r.idNumber());
                    Integer liveRow = fileLive.putIfAbsent(r.idNumber(), r.row());
                    if (liveYear != null || liveRow != null) {
                        error(errors, r, "idNumber", "a live candidacy with this ID number already exists ("
                                + (liveYear != null ? "selection year " + liveYear : "row " + liveRow) + ")");
                    }
                }
                if (replayed != null) {
                    accepted.add(new LedgerWriter.Accepted(UUID.randomUUID(), r, replayed));
                }
                if (errors.size() >= MAX_REPORTED_ERRORS) {
                    break;
                }
            }
            if (!errors.isEmpty()) {
                throw rejected(errors);
            }
            return new LedgerWriter(c, caller.name(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                    .write(accepted, presentRows);
        });
    }

    private void checkVillage(List<Problem.Violation> errors, LedgerRow r, Village v) {
        if (v == null || !caller.covers(v.path())) {
            error(errors, r, "villageId", "no org unit " + r.villageId() + " exists");
        } else if (!OrgLevels.VILLAGE.equals(v.level())) {
            error(errors, r, "villageId", "org unit " + r.villageId() + " is a " + v.level() + "; expected VILLAGE");
        } else if (!v.active()) {
            error(errors, r, "villageId", "org unit " + r.villageId() + " is dissolved");
        }
    }

    private static Map<UUID, Village> villages(Connection c, List<LedgerRow> rows) throws SQLException {
        Map<UUID, Village> found = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(VILLAGES)) {
            s.setArray(1, c.createArrayOf("uuid", rows.stream().map(LedgerRow::villageId).distinct().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getObject(1, UUID.class), new Village(rs.getString(2), rs.getString(3),
                            "ACTIVE".equals(rs.getString(4))));
                }
            }
        }
        return found;
    }

    /** Fills the ID number/year pairs already stored, and the selection year of each live candidacy. */
    private static void known(Connection c, List<LedgerRow> rows, Set<String> present, Map<String, Integer> live)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(KNOWN)) {
            s.setArray(1, c.createArrayOf("varchar", rows.stream().map(LedgerRow::idNumber).distinct().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    present.add(rs.getString(1) + "/" + rs.getInt(2));
                    if (!Stage.EXITS.contains(Stage.valueOf(rs.getString(3)))) {
                        live.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
        }
    }

    private static void error(List<Problem.Violation> errors, LedgerRow r, String field, String message) {
        errors.add(new Problem.Violation("rows[" + r.row() + "]." + field, message));
    }

    private static ProblemException rejected(List<Problem.Violation> errors) {
        List<Problem.Violation> shown = errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors;
        return ProblemException.unprocessable("The import was rejected and nothing was stored: " + errors.size()
                + " problem(s) in the file" + (errors.size() > shown.size() ? " (first " + shown.size() + " listed)" : ""),
                shown);
    }
}
