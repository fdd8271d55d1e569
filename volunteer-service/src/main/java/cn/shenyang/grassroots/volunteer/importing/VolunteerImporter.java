package cn.shenyang.grassroots.volunteer.importing;

import cn.shenyang.grassroots.platform.orgreplica.OrgLevels;
import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.CopyWriter;
import cn.shenyang.grassroots.volunteer.support.Today;
import cn.shenyang.grassroots.volunteer.support.VolunteerConfig;
import cn.shenyang.grassroots.volunteer.volunteer.Gender;
import cn.shenyang.grassroots.volunteer.volunteer.RealName;
import cn.shenyang.grassroots.volunteer.volunteer.Skill;
import cn.shenyang.grassroots.volunteer.volunteer.Volunteer;
import cn.shenyang.grassroots.volunteer.volunteer.VolunteerRequests;
import cn.shenyang.grassroots.volunteer.volunteer.VolunteerStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * Imports volunteers from CSV for integration scripts: every row is checked by the same rules as a
 * registration over HTTP before anything is written; then all rows go in with one COPY, in one
 * transaction. One bad row rejects the file with a report of every bad field. A row whose ID number
 * is already registered under the same name is left alone, so a file can be sent again.
 */
@ApplicationScoped
public class VolunteerImporter {
    /** The CSV header; an export's extra columns are accepted and ignored, so an export can be imported elsewhere. */
    static final List<String> COLUMNS = List.of("name", "gender", "birthDate", "phone", "idNumber", "homeCommunityId",
            "partyMember", "skills", "status", "registeredOn");
    static final Set<String> EXPORT_ONLY = Set.of("id", "homeCommunityName", "totalHours", "starLevel");
    /** Imports take this transaction-scoped advisory lock, so two runs of one file cannot both find a row new. */
    private static final long IMPORT_LOCK = 0x766f6c756e7465L;
    private static final String UNITS = "select id, path::text, level, status from org_unit_replica where id = any(?)";
    private static final String KNOWN = "select id_number, name from volunteer where id_number = any(?)";
    private static final String COPY = """
            copy volunteer (id, name, gender, birth_date, phone, id_number, home_community_id, party_member, skills, status,
                registered_on, version, created_at, created_by, updated_at, updated_by) from stdin""";

    private record Row(int row, String name, Gender gender, LocalDate birthDate, String phone, String idNumber, UUID home,
            Boolean partyMember, List<Skill> skills, VolunteerStatus status, LocalDate registeredOn) {}

    private record Unit(String path, String level, boolean active) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Today today;

    @Inject
    VolunteerConfig config;

    @Transactional
    public ImportReports.Volunteers importCsv(InputStream body) {
        List<Problem.Violation> errors = new ArrayList<>();
        CsvRows csv = new CsvRows(errors, config.maxReportedErrors());
        List<Row> rows = new ArrayList<>();
        LocalDate now = today.date();
        for (CsvRows.Fields f : csv.read(body, COLUMNS, EXPORT_ONLY)) {
            Row r = new Row(f.row, f.matching("name", VolunteerRequests.NAME, VolunteerRequests.NAME_MESSAGE, true),
                    f.enumOf("gender", Gender.class, true), f.date("birthDate", true),
                    f.matching("phone", VolunteerRequests.PHONE, "must be an 11-digit mobile number starting with 1", true),
                    f.matching("idNumber", VolunteerRequests.ID_NUMBER, "must be 17 digits and a check character (0-9 or X)", true),
                    f.uuid("homeCommunityId", true), f.bool("partyMember", true), f.enumList("skills", Skill.class),
                    f.enumOf("status", VolunteerStatus.class, false), f.date("registeredOn", false));
            if (r.name() != null && r.name().length() > 100) {
                f.error("name", "must be at most 100 characters");
            }
            if (r.idNumber() != null) {
                RealName.refusals(r.idNumber(), r.birthDate(), r.gender()).forEach(x -> f.error(x[0], x[1]));
            }
            if (r.birthDate() != null && !r.birthDate().isBefore(now)) {
                f.error("birthDate", "must be in the past");
            }
            LocalDate registered = r.registeredOn() == null ? now : r.registeredOn();
            if (registered.isAfter(now)) {
                f.error("registeredOn", "must not be in the future (today is " + now + ")");
            } else if (r.birthDate() != null && !registered.isAfter(r.birthDate())) {
                f.error("registeredOn", "must be after the birth date");
            }
            rows.add(new Row(r.row(), r.name(), r.gender(), r.birthDate(), r.phone(), r.idNumber(), r.home(), r.partyMember(),
                    r.skills(), r.status() == null ? VolunteerStatus.ACTIVE : r.status(), registered));
            if (csv.full()) {
                break;
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            throw ProblemException.invalid("body", "contains no rows");
        }
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, IMPORT_LOCK);
                lock.execute();
            }
            Map<UUID, Unit> units = units(c, rows);
            Map<String, String> known = known(c, rows);
            Map<String, Integer> inFile = new HashMap<>();
            List<Row> accepted = new ArrayList<>();
            List<Integer> present = new ArrayList<>();
            for (Row r : rows) {
                if (r.idNumber() == null || csv.full()) {
                    continue;
                }
                String registeredAs = known.get(r.idNumber());
                if (registeredAs != null) {
                    if (registeredAs.equals(r.name())) {
                        present.add(r.row());
                    } else {
                        csv.error(r.row(), "idNumber", "is already registered under another name");
                    }
                    continue;
                }
                Integer earlier = inFile.putIfAbsent(r.idNumber(), r.row());
                if (earlier != null) {
                    csv.error(r.row(), "idNumber", "appears already in row " + earlier);
                    continue;
                }
                Unit u = r.home() == null ? null : units.get(r.home());
                if (r.home() != null && (u == null || !caller.covers(u.path()))) {
                    csv.error(r.row(), "homeCommunityId", "no org unit " + r.home() + " exists");
                } else if (u != null && !OrgLevels.VILLAGE_TIER.contains(u.level())) {
                    csv.error(r.row(), "homeCommunityId", "is a " + u.level() + "; expected COMMUNITY or VILLAGE");
                } else if (u != null && !u.active()) {
                    csv.error(r.row(), "homeCommunityId", "is dissolved");
                }
                accepted.add(r);
            }
            if (!errors.isEmpty()) {
                throw rejected(errors);
            }
            write(c, accepted);
            return new ImportReports.Volunteers(accepted.size(), present.size(), present);
        });
    }

    private void write(Connection c, List<Row> accepted) throws SQLException {
        CopyWriter copy = new CopyWriter(c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY));
        String actor = caller.name();
        String at = today.now().toString();
        for (Row r : accepted) {
            copy.row(UUID.randomUUID(), r.name(), r.gender(), r.birthDate(), r.phone(), r.idNumber(), r.home(), r.partyMember(),
                    Volunteer.joinSkills(r.skills()), r.status(), r.registeredOn(), 0, at, actor, at, actor);
        }
        copy.end();
    }

    private static Map<UUID, Unit> units(Connection c, List<Row> rows) throws SQLException {
        Map<UUID, Unit> found = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(UNITS)) {
            s.setArray(1, c.createArrayOf("uuid", rows.stream().map(Row::home).filter(h -> h != null).distinct().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getObject(1, UUID.class), new Unit(rs.getString(2), rs.getString(3), "ACTIVE".equals(rs.getString(4))));
                }
            }
        }
        return found;
    }

    private static Map<String, String> known(Connection c, List<Row> rows) throws SQLException {
        Map<String, String> found = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(KNOWN)) {
            s.setArray(1, c.createArrayOf("varchar", rows.stream().map(Row::idNumber).filter(i -> i != null).distinct().toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return found;
    }

    static ProblemException rejected(List<Problem.Violation> errors) {
        return ProblemException.unprocessable("The import was rejected and nothing was stored: " + errors.size()
                + " problem(s) in the file (listing stops at volunteer.max-reported-errors)", errors);
    }
}
