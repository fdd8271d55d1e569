package cn.shenyang.grassroots.rural.importing;

import cn.shenyang.grassroots.platform.orgreplica.OrgLevels;
import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.rural.income.IncomeAmounts;
import cn.shenyang.grassroots.rural.income.IncomeReviewAction;
import cn.shenyang.grassroots.rural.income.IncomeReviewStatus;
import cn.shenyang.grassroots.rural.support.Reach;
import cn.shenyang.grassroots.rural.support.Today;
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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Imports a file of yearly village returns: every row is checked against the same rules as the
 * one-by-one steps (dates in order and not in the future, the village in scope, the reach each
 * step needs) before anything is written; then the returns, their first revisions and their dated
 * steps go in with COPY, in one transaction. One bad row rejects the whole file with a report of
 * every bad field. A row whose village and year already have a return with the same amounts is
 * left alone, so a file can be sent again.
 */
@ApplicationScoped
public class IncomeImporter {
    /** Enough to fix a file in one round trip without building a huge error body. */
    static final int MAX_REPORTED_ERRORS = 1000;
    /** Imports take this transaction-scoped advisory lock, so two runs of one file cannot both find a row new. */
    private static final long IMPORT_LOCK = 0x72757261_6c696dL;

    private static final String VILLAGES = "select id, path::text, level, status from org_unit_replica where id = any(?)";
    private static final String STORED = """
            select i.id, i.village_id, i.year, i.status, r.land, r.enclave, r.capable_person, r.asset_leasing, r.service,
                   r.other
            from collective_income i join collective_income_revision r
              on r.income_id = i.id and r.revision = i.current_revision
            where i.village_id = any(?)""";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Today today;

    private record Village(String path, String level, boolean active) {}

    private record Stored(UUID id, IncomeReviewStatus status, IncomeAmounts amounts) {}

    @Transactional
    public IncomeImportReport importCsv(InputStream body) {
        List<Problem.Violation> errors = new ArrayList<>();
        List<IncomeRow> rows;
        try {
            rows = new IncomeCsv(errors).read(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            throw ProblemException.invalid("body", "contains no rows");
        }
        return em.unwrap(Session.class).doReturningWork(c -> store(c, rows, errors));
    }

    private IncomeImportReport store(Connection c, List<IncomeRow> rows, List<Problem.Violation> errors)
            throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, IMPORT_LOCK);
            lock.execute();
        }
        Object[] villageIds = rows.stream().map(IncomeRow::villageId).distinct().toArray();
        Map<UUID, Village> villages = villages(c, villageIds);
        Map<String, Stored> stored = stored(c, villageIds);
        LocalDate now = today.date();
        List<IncomeWriter.Accepted> accepted = new ArrayList<>();
        List<IncomeImportReport.RowOutcome> outcomes = new ArrayList<>();
        Map<String, Integer> inFile = new HashMap<>();
        for (IncomeRow r : rows) {
            String key = r.villageId() + "/" + r.year();
            Integer earlier = inFile.putIfAbsent(key, r.row());
            if (earlier != null) {
                error(errors, r, "year", "row " + earlier + " already has this village and year");
                continue;
            }
            Village v = villages.get(r.villageId());
            if (!checkVillage(errors, r, v)) {
                continue;
            }
            Stored s = stored.get(key);
            if (s != null) {
                if (s.amounts().equals(r.amounts())) {
                    outcomes.add(new IncomeImportReport.RowOutcome(r.row(), r.villageId(), r.year(),
                            IncomeImportReport.Outcome.ALREADY_PRESENT, s.id(), s.status()));
                } else {
                    error(errors, r, "year", "the village's return for " + r.year() + " is already stored (" + s.id()
                            + ") with other amounts; change it with AMEND or CORRECT");
                }
                continue;
            }
            LocalDate reportedOn = checkDates(errors, r, now);
            checkReach(errors, r, v.path());
            if (reportedOn != null) {
                IncomeReviewStatus status = r.confirmedOn() != null ? IncomeReviewStatus.CONFIRMED
                        : r.reviewedOn() != null ? IncomeReviewStatus.TOWNSHIP_REVIEWED : IncomeReviewStatus.REPORTED;
                IncomeWriter.Accepted a = new IncomeWriter.Accepted(UUID.randomUUID(), r, reportedOn, status);
                accepted.add(a);
                outcomes.add(new IncomeImportReport.RowOutcome(r.row(), r.villageId(), r.year(),
                        IncomeImportReport.Outcome.IMPORTED, a.id(), status));
            }
            if (errors.size() >= MAX_REPORTED_ERRORS) {
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw rejected(errors);
        }
        new IncomeWriter(c, caller.name(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)).write(accepted);
        Map<IncomeReviewStatus, Integer> byStatus = new EnumMap<>(IncomeReviewStatus.class);
        accepted.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
        return new IncomeImportReport(accepted.size(), outcomes.size() - accepted.size(), byStatus, outcomes);
    }

    private boolean checkVillage(List<Problem.Violation> errors, IncomeRow r, Village v) {
        if (v == null || !caller.covers(v.path())) {
            error(errors, r, "villageId", "no org unit " + r.villageId() + " exists");
        } else if (!OrgLevels.VILLAGE.equals(v.level())) {
            error(errors, r, "villageId", "org unit " + r.villageId() + " is a " + v.level() + "; expected VILLAGE");
        } else if (!v.active()) {
            error(errors, r, "villageId", "org unit " + r.villageId() + " is dissolved");
        } else {
            return true;
        }
        return false;
    }

    /** The year and the steps' days: in order, none in the future; answers the reporting day, null when a date is wrong. */
    private static LocalDate checkDates(List<Problem.Violation> errors, IncomeRow r, LocalDate today) {
        int before = errors.size();
        if (r.year() < 1949 || r.year() > today.getYear()) {
            error(errors, r, "year", "must be between 1949 and " + today.getYear());
            return null;
        }
        LocalDate reported = r.reportedOn() == null ? today : r.reportedOn();
        LocalDate yearStart = LocalDate.of(r.year(), 1, 1);
        if (reported.isBefore(yearStart)) {
            error(errors, r, "reportedOn", "must not be before 1 January of the income year (" + yearStart + ")");
        }
        LocalDate previous = reported;
        if (r.reviewedOn() != null) {
            if (r.reviewedOn().isBefore(previous)) {
                error(errors, r, "reviewedOn", "must not be before reportedOn (" + previous + ")");
            }
            previous = r.reviewedOn();
        }
        if (r.confirmedOn() != null) {
            if (r.reviewedOn() == null) {
                error(errors, r, "confirmedOn", "needs reviewedOn: a return is confirmed after the township's review");
            } else if (r.confirmedOn().isBefore(previous)) {
                error(errors, r, "confirmedOn", "must not be before reviewedOn (" + previous + ")");
            }
            previous = r.confirmedOn();
        }
        for (var d : new Object[][] {{"reportedOn", reported}, {"reviewedOn", r.reviewedOn()}, {"confirmedOn", r.confirmedOn()}}) {
            if (d[1] != null && ((LocalDate) d[1]).isAfter(today)) {
                error(errors, r, (String) d[0], "must not be in the future (today is " + today + ")");
            }
        }
        return errors.size() == before ? reported : null;
    }

    /** A reviewed row needs the township's reach over the village, a confirmed one the county level's, as the one-by-one steps do. */
    private void checkReach(List<Problem.Violation> errors, IncomeRow r, String path) {
        if (r.reviewedOn() != null) {
            reach(errors, r, "reviewedOn", IncomeReviewStatus.REPORTED, IncomeReviewAction.REVIEW, path);
        }
        if (r.confirmedOn() != null) {
            reach(errors, r, "confirmedOn", IncomeReviewStatus.TOWNSHIP_REVIEWED, IncomeReviewAction.CONFIRM, path);
        }
    }

    private void reach(List<Problem.Violation> errors, IncomeRow r, String field, IncomeReviewStatus from,
            IncomeReviewAction action, String path) {
        Reach reach = from.transition(action).orElseThrow().reach();
        String refusal = reach.refusal(caller, path, action.name());
        if (refusal != null) {
            error(errors, r, field, refusal);
        }
    }

    private static Map<UUID, Village> villages(Connection c, Object[] ids) throws SQLException {
        Map<UUID, Village> found = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(VILLAGES)) {
            s.setArray(1, c.createArrayOf("uuid", ids));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getObject(1, UUID.class), new Village(rs.getString(2), rs.getString(3),
                            "ACTIVE".equals(rs.getString(4))));
                }
            }
        }
        return found;
    }

    /** The returns already stored for the file's villages, keyed village/year, with their current amounts. */
    private static Map<String, Stored> stored(Connection c, Object[] ids) throws SQLException {
        Map<String, Stored> found = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(STORED)) {
            s.setArray(1, c.createArrayOf("uuid", ids));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getObject(2, UUID.class) + "/" + rs.getInt(3), new Stored(rs.getObject(1, UUID.class),
                            IncomeReviewStatus.valueOf(rs.getString(4)), new IncomeAmounts(rs.getBigDecimal(5),
                                    rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                                    rs.getBigDecimal(10))));
                }
            }
        }
        return found;
    }

    private static void error(List<Problem.Violation> errors, IncomeRow r, String field, String message) {
        errors.add(new Problem.Violation("rows[" + r.row() + "]." + field, message));
    }

    private static ProblemException rejected(List<Problem.Violation> errors) {
        List<Problem.Violation> shown = errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors;
        return ProblemException.unprocessable("The import was rejected and nothing was stored: " + errors.size()
                + " problem(s) in the file" + (errors.size() > shown.size() ? " (first " + shown.size() + " listed)" : ""),
                shown);
    }
}
