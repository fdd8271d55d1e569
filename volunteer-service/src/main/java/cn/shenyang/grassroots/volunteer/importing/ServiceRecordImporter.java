package cn.shenyang.grassroots.volunteer.importing;

import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Scopes;
import cn.shenyang.grassroots.volunteer.hours.HoursLedger;
import cn.shenyang.grassroots.volunteer.hours.ServiceRecordRules;
import cn.shenyang.grassroots.platform.sql.CopyWriter;
import cn.shenyang.grassroots.volunteer.support.Today;
import cn.shenyang.grassroots.volunteer.support.VolunteerConfig;
import cn.shenyang.grassroots.volunteer.volunteer.VolunteerRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.postgresql.PGConnection;

/**
 * Imports past service records from CSV, for jurisdictions moving from another system. Rows name
 * the volunteer by id or ID number and pass the same rules as one record over HTTP — half-hour
 * steps within the service time, nothing in the future or before registration, attendance and the
 * activity's time for activity rows, and no overlap with each other or with what is stored — before
 * anything is written. The volunteers' rows are locked first, so nothing recorded meanwhile can slip
 * between the check and the write; one COPY then stores them and the derived hours and star levels
 * are rebuilt for every volunteer touched, in the same transaction.
 */
@ApplicationScoped
public class ServiceRecordImporter {
    static final List<String> COLUMNS = List.of("volunteerId", "volunteerIdNumber", "activityId", "orgUnitId", "startedAt",
            "endedAt", "hours", "description");
    private static final long IMPORT_LOCK = 0x686f757273L;
    /** Volunteers named by id or ID number, within the caller's scope ?3. */
    private static final String VOLUNTEERS = """
            select v.id, v.id_number, v.registered_on from volunteer v join org_unit_replica u on u.id = v.home_community_id
            where (v.id = any(?) or v.id_number = any(?)) and u.path <@ cast(? as ltree)""";
    private static final String UNITS = "select id from org_unit_replica where id = any(?) and path <@ cast(? as ltree)";
    /** Activities in scope, with the volunteers who checked in there (one row per attendee). */
    private static final String ACTIVITIES = """
            select a.id, a.org_unit_id, a.starts_at, a.ends_at, a.status, p.volunteer_id
            from service_activity a join org_unit_replica u on u.id = a.org_unit_id
            left join activity_participation p on p.activity_id = a.id and p.cancelled_at is null and p.checked_in_at is not null
            where a.id = any(?) and u.path <@ cast(? as ltree)""";
    /**
     * The stored effective records of the volunteers that fall within the span of each one's file
     * rows: only those can overlap a row, and a ledger of years need not be read for a file of a week.
     */
    private static final String STORED = """
            select s.id, s.volunteer_id, s.started_at, s.ended_at, s.hours
            from unnest(?::uuid[], ?::timestamptz[], ?::timestamptz[]) w(volunteer_id, first_start, last_end)
            join service_record s on s.volunteer_id = w.volunteer_id
              and s.started_at < w.last_end and s.ended_at > w.first_start
            where s.kind <> 'REVERSAL'
              and not exists (select 1 from service_record r where r.corrects_id = s.id and r.kind = 'REVERSAL')""";
    private static final String COPY = """
            copy service_record (id, volunteer_id, kind, activity_id, org_unit_id, started_at, ended_at, served_on, hours,
                description, recorded_by, recorded_at) from stdin""";

    private record Row(int row, UUID volunteerId, String idNumber, UUID activityId, UUID orgUnitId, OffsetDateTime startedAt,
            OffsetDateTime endedAt, BigDecimal hours, String description) {}

    private record Person(UUID id, LocalDate registeredOn) {}

    private record Activity(UUID orgUnitId, OffsetDateTime startsAt, OffsetDateTime endsAt, boolean cancelled,
            Set<UUID> attended) {}

    /** An interval of one volunteer's service: a stored record (row 0) or a file row. */
    private record Interval(UUID volunteer, OffsetDateTime start, OffsetDateTime end, BigDecimal hours, int row, UUID stored) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Today today;

    @Inject
    VolunteerConfig config;

    @Transactional
    public ImportReports.ServiceRecords importCsv(InputStream body) {
        List<Problem.Violation> errors = new ArrayList<>();
        CsvRows csv = new CsvRows(errors, config.maxReportedErrors());
        List<Row> rows = new ArrayList<>();
        for (CsvRows.Fields f : csv.read(body, COLUMNS, Set.of())) {
            Row r = new Row(f.row, f.uuid("volunteerId", false),
                    f.matching("volunteerIdNumber", VolunteerRequests.ID_NUMBER, "must be 17 digits and a check character (0-9 or X)", false),
                    f.uuid("activityId", false), f.uuid("orgUnitId", false), f.timestamp("startedAt", true),
                    f.timestamp("endedAt", true), f.decimal("hours", true), f.text("description", 1000, false));
            if ((r.volunteerId() == null) == (r.idNumber() == null)) {
                f.error("volunteerId", "give exactly one of volunteerId and volunteerIdNumber");
            }
            if ((r.activityId() == null) == (r.orgUnitId() == null)) {
                f.error("activityId", "give exactly one of activityId (a service at an activity) and orgUnitId (a free-standing one)");
            }
            if (r.startedAt() != null && r.endedAt() != null && r.hours() != null) {
                ServiceRecordRules.check(r.startedAt(), r.endedAt(), r.hours(), today.now())
                        .forEach(v -> f.error(v.field(), v.message()));
            }
            rows.add(r);
            if (csv.full()) {
                break;
            }
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            throw ProblemException.invalid("body", "contains no rows");
        }
        if (!errors.isEmpty()) {
            throw VolunteerImporter.rejected(errors);
        }
        String scope = Scopes.of(caller);
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, IMPORT_LOCK);
                lock.execute();
            }
            Map<Object, Person> people = volunteers(c, rows, scope);
            Set<UUID> units = units(c, rows, scope);
            Map<UUID, Activity> activities = activities(c, rows, scope);
            List<Interval> intervals = new ArrayList<>();
            Map<Integer, UUID> volunteerOf = new HashMap<>();
            for (Row r : rows) {
                Person p = people.get(r.volunteerId() != null ? r.volunteerId() : r.idNumber());
                if (p == null) {
                    csv.error(r.row(), r.volunteerId() != null ? "volunteerId" : "volunteerIdNumber", "names no volunteer of your scope");
                    continue;
                }
                volunteerOf.put(r.row(), p.id());
                if (today.dayOf(r.startedAt().toInstant()).isBefore(p.registeredOn())) {
                    csv.error(r.row(), "startedAt", "must not be before the volunteer registered (" + p.registeredOn() + ")");
                }
                if (r.activityId() != null) {
                    checkActivity(csv, r, p, activities.get(r.activityId()));
                } else if (!units.contains(r.orgUnitId())) {
                    csv.error(r.row(), "orgUnitId", "no org unit " + r.orgUnitId() + " exists");
                }
                intervals.add(new Interval(p.id(), r.startedAt(), r.endedAt(), r.hours(), r.row(), null));
            }
            if (!errors.isEmpty()) {
                throw VolunteerImporter.rejected(errors);
            }
            Set<UUID> touched = new LinkedHashSet<>(volunteerOf.values());
            HoursLedger.lock(c, touched);
            intervals.addAll(stored(c, intervals));
            Set<Integer> present = overlaps(csv, intervals);
            if (!errors.isEmpty()) {
                throw VolunteerImporter.rejected(errors);
            }
            BigDecimal hours = write(c, rows, volunteerOf, activities, present);
            HoursLedger.rebuild(c, touched);
            List<Integer> presentRows = present.stream().sorted().toList();
            return new ImportReports.ServiceRecords(rows.size() - present.size(), hours, touched.size(), present.size(), presentRows);
        });
    }

    private void checkActivity(CsvRows csv, Row r, Person p, Activity a) {
        if (a == null) {
            csv.error(r.row(), "activityId", "no service activity " + r.activityId() + " exists");
        } else if (a.cancelled()) {
            csv.error(r.row(), "activityId", "the activity was cancelled; no hours are recorded for it");
        } else if (!a.attended().contains(p.id())) {
            csv.error(r.row(), "activityId", "the volunteer did not check in at this activity");
        } else if (r.startedAt().isBefore(a.startsAt().minus(config.earlyCheckIn())) || !r.startedAt().isBefore(a.endsAt())) {
            csv.error(r.row(), "startedAt", "must lie within the activity");
        }
    }

    /**
     * Sorted by volunteer and start, each interval is checked against the latest-ending one before it:
     * a file row equal to a stored record is already present; any other shared moment is an overlap.
     */
    private static Set<Integer> overlaps(CsvRows csv, List<Interval> intervals) {
        intervals.sort(Comparator.comparing(Interval::volunteer).thenComparing(Interval::start).thenComparing(Interval::row));
        Set<Integer> present = new HashSet<>();
        Interval reach = null;
        for (Interval i : intervals) {
            if (reach != null && reach.volunteer().equals(i.volunteer())
                    && ServiceRecordRules.overlap(reach.start(), reach.end(), i.start(), i.end())) {
                Interval file = i.row() > 0 ? i : reach;
                Interval other = file == i ? reach : i;
                if (file.row() > 0 && other.row() == 0 && other.start().isEqual(file.start()) && other.end().isEqual(file.end())
                        && other.hours().compareTo(file.hours()) == 0) {
                    present.add(file.row());
                } else if (file.row() > 0) {
                    csv.error(file.row(), "startedAt", other.row() > 0 ? "overlaps row " + other.row() + " of the file"
                            : "overlaps the volunteer's stored record " + other.stored());
                }
            }
            if (reach == null || !reach.volunteer().equals(i.volunteer()) || i.end().isAfter(reach.end())) {
                reach = i;
            }
        }
        return present;
    }

    private BigDecimal write(Connection c, List<Row> rows, Map<Integer, UUID> volunteerOf, Map<UUID, Activity> activities,
            Set<Integer> present) throws SQLException {
        CopyWriter copy = new CopyWriter(c.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY));
        String actor = caller.name();
        String at = today.now().toString();
        BigDecimal hours = BigDecimal.ZERO.setScale(1);
        for (Row r : rows) {
            if (present.contains(r.row())) {
                continue;
            }
            UUID unit = r.activityId() != null ? activities.get(r.activityId()).orgUnitId() : r.orgUnitId();
            copy.row(UUID.randomUUID(), volunteerOf.get(r.row()), "ORIGINAL", r.activityId(), unit,
                    r.startedAt().withOffsetSameInstant(ZoneOffset.UTC), r.endedAt().withOffsetSameInstant(ZoneOffset.UTC),
                    today.dayOf(r.startedAt().toInstant()), r.hours().setScale(1), r.description(), actor, at);
            hours = hours.add(r.hours());
        }
        copy.end();
        return hours.setScale(1);
    }

    private static Map<Object, Person> volunteers(Connection c, List<Row> rows, String scope) throws SQLException {
        Map<Object, Person> found = new HashMap<>();
        if (scope == null) {
            return found;
        }
        try (PreparedStatement s = c.prepareStatement(VOLUNTEERS)) {
            s.setArray(1, c.createArrayOf("uuid", rows.stream().map(Row::volunteerId).filter(v -> v != null).distinct().toArray()));
            s.setArray(2, c.createArrayOf("varchar", rows.stream().map(Row::idNumber).filter(v -> v != null).distinct().toArray()));
            s.setString(3, scope);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Person p = new Person(rs.getObject(1, UUID.class), rs.getObject(3, LocalDate.class));
                    found.put(p.id(), p);
                    found.put(rs.getString(2), p);
                }
            }
        }
        return found;
    }

    private static Set<UUID> units(Connection c, List<Row> rows, String scope) throws SQLException {
        Set<UUID> found = new HashSet<>();
        if (scope == null) {
            return found;
        }
        try (PreparedStatement s = c.prepareStatement(UNITS)) {
            s.setArray(1, c.createArrayOf("uuid", rows.stream().map(Row::orgUnitId).filter(v -> v != null).distinct().toArray()));
            s.setString(2, scope);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return found;
    }

    private static Map<UUID, Activity> activities(Connection c, List<Row> rows, String scope) throws SQLException {
        Map<UUID, Activity> found = new HashMap<>();
        if (scope == null) {
            return found;
        }
        try (PreparedStatement s = c.prepareStatement(ACTIVITIES)) {
            s.setArray(1, c.createArrayOf("uuid", rows.stream().map(Row::activityId).filter(v -> v != null).distinct().toArray()));
            s.setString(2, scope);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Activity a = found.computeIfAbsent(rs.getObject(1, UUID.class), id -> {
                        try {
                            return new Activity(rs.getObject(2, UUID.class), rs.getObject(3, OffsetDateTime.class),
                                    rs.getObject(4, OffsetDateTime.class), "CANCELLED".equals(rs.getString(5)), new HashSet<>());
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    UUID attendee = rs.getObject(6, UUID.class);
                    if (attendee != null) {
                        a.attended().add(attendee);
                    }
                }
            }
        }
        return found;
    }

    /** The stored records that share a moment with the span of each volunteer's file rows. */
    private static List<Interval> stored(Connection c, List<Interval> rows) throws SQLException {
        Map<UUID, OffsetDateTime[]> spans = new LinkedHashMap<>();
        for (Interval r : rows) {
            spans.merge(r.volunteer(), new OffsetDateTime[] {r.start(), r.end()}, (a, b) -> new OffsetDateTime[] {
                a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
        }
        List<Interval> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(STORED)) {
            s.setArray(1, c.createArrayOf("uuid", spans.keySet().toArray()));
            s.setArray(2, c.createArrayOf("timestamptz", spans.values().stream().map(v -> v[0].toString()).toArray()));
            s.setArray(3, c.createArrayOf("timestamptz", spans.values().stream().map(v -> v[1].toString()).toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new Interval(rs.getObject(2, UUID.class), rs.getObject(3, OffsetDateTime.class),
                            rs.getObject(4, OffsetDateTime.class), rs.getBigDecimal(5), 0, rs.getObject(1, UUID.class)));
                }
            }
        }
        return found;
    }
}
