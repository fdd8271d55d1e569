package cn.shenyang.grassroots.volunteer.stats;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.at;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.map;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.volunteer.support.Existing;
import cn.shenyang.grassroots.volunteer.support.Fixtures;
import cn.shenyang.grassroots.platform.testing.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The statistics against expectations computed here, in Java, from a generated data set: volunteers
 * of several communities (some inactive, registered over years), their service records (imported,
 * then some reversed and some amended), teams, activities and fairs (one cancelled, one not held
 * yet), compounds with their grade histories, opinions with their steps and open days — for a
 * district, a sub-district and a community, for past years and all time. Nothing here reads the
 * service's tables: every expected figure comes from what the test sent.
 */
@QuarkusTest
class VolunteerStatsResourceTest {
    private static final int[] THRESHOLDS = {100, 300, 600, 1000, 1500};
    private static final LocalDate TODAY = LocalDate.now(Fixtures.SHANGHAI);
    private final long seed = System.nanoTime();
    private final Random random = new Random(seed);

    record Person(String idNumber, Fixtures.Unit home, boolean partyMember, boolean active, LocalDate registeredOn,
            List<Record> records) {}

    static final class Record {
        final LocalDate day;
        BigDecimal hours;
        boolean reversed;

        Record(LocalDate day, BigDecimal hours) {
            this.day = day;
            this.hours = hours;
        }
    }

    record Team(Fixtures.Unit unit, String kind, LocalDate foundedOn) {}

    record Activity(Fixtures.Unit unit, String kind, LocalDate startsOn, int items, boolean counts) {}

    record Compound(Fixtures.Unit unit, List<Object[]> grades) {}

    record Opinion(Fixtures.Unit unit, LocalDate receivedOn, String status, LocalDate resolvedOn, LocalDate convertedOn) {}

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void everyFigureMatchesAnIndependentCountOfGeneratedData() {
        Fixtures.Unit city = Fixtures.unit(null, "CITY");
        Fixtures.Unit district = Fixtures.unit(city, "DISTRICT");
        Fixtures.Unit s1 = Fixtures.unit(district, "SUBDISTRICT");
        Fixtures.Unit s2 = Fixtures.unit(district, "TOWN");
        List<Fixtures.Unit> homes = List.of(Fixtures.unit(s1, "COMMUNITY"), Fixtures.unit(s1, "COMMUNITY"), Fixtures.unit(s2, "VILLAGE"));
        Fixtures.Unit elsewhere = Fixtures.unit(Fixtures.unit(city, "DISTRICT"), "COMMUNITY");

        List<Person> people = volunteers(homes, elsewhere);
        records(people);
        corrections(people);
        moves(people, homes, elsewhere);
        List<Team> teams = teams(List.of(district, s1, s2, homes.get(0), homes.get(2)));
        List<Activity> activities = activities(List.of(s1, s2, homes.get(1)));
        List<Compound> compounds = compounds(district, homes);
        List<Object[]> openDays = new ArrayList<>();
        List<Opinion> opinions = opinions(List.of(s1, s2), openDays);

        for (Fixtures.Unit root : List.of(district, s1, homes.get(2))) {
            for (Integer year : new Integer[] {2022, 2023, 2024, null}) {
                String where = root.level() + " " + year + " (seed " + seed + ")";
                var request = asAdmin().queryParam("orgUnitId", root.id());
                if (year != null) {
                    request.queryParam("year", year);
                }
                JsonPath stats = request.get("/api/v1/volunteer-stats").then().statusCode(200).extract().jsonPath();
                LocalDate start = year == null ? LocalDate.MIN : LocalDate.of(year, 1, 1);
                LocalDate end = year == null ? TODAY : LocalDate.of(year, 12, 31);
                assertEquals(end.toString(), stats.getString("periodEnd"), where);
                checkVolunteers(stats, people, root, year, end, where);
                checkTeams(stats, teams, root, end, where);
                checkActivities(stats, activities, root, start, end, where);
                checkCompounds(stats, compounds, root, end, where);
                checkOpinions(stats, opinions, openDays, root, start, end, where);
            }
        }
        // a manager of one sub-district counts only there; the district is not theirs to ask about
        as("m", Roles.ORG_MANAGER, s1.path()).queryParam("orgUnitId", s1.id()).get("/api/v1/volunteer-stats").then()
                .statusCode(200).body("volunteers.volunteers", equalTo((int) people.stream()
                        .filter(p -> within(p.home(), s1) && p.active()).count()));
        as("m", Roles.ORG_MANAGER, s1.path()).queryParam("orgUnitId", district.id()).get("/api/v1/volunteer-stats").then()
                .statusCode(400).body("violations[0].field", equalTo("orgUnitId"));
        asAdmin().get("/api/v1/volunteer-stats").then().statusCode(400);
        asAdmin().queryParam("orgUnitId", district.id()).queryParam("year", TODAY.getYear() + 1).get("/api/v1/volunteer-stats")
                .then().statusCode(400).body("violations[0].field", equalTo("year"));
    }

    private void checkVolunteers(JsonPath stats, List<Person> people, Fixtures.Unit root, Integer year, LocalDate end, String where) {
        long counted = 0;
        long party = 0;
        BigDecimal hours = BigDecimal.ZERO;
        long[] byStars = new long[6];
        for (Person p : people) {
            if (!within(p.home(), root) || !p.active() || p.registeredOn().isAfter(end)) {
                continue;
            }
            counted++;
            party += p.partyMember() ? 1 : 0;
            BigDecimal cumulative = BigDecimal.ZERO;
            for (Record r : p.records()) {
                if (r.reversed) {
                    continue;
                }
                if (year == null || r.day.getYear() == year) {
                    hours = hours.add(r.hours);
                }
                if (!r.day.isAfter(end)) {
                    cumulative = cumulative.add(r.hours);
                }
            }
            int stars = 0;
            for (int t : THRESHOLDS) {
                stars += cumulative.compareTo(BigDecimal.valueOf(t)) >= 0 ? 1 : 0;
            }
            byStars[stars]++;
        }
        assertEquals(counted, stats.getLong("volunteers.volunteers"), where + " volunteers");
        assertEquals(party, stats.getLong("volunteers.partyMemberVolunteers"), where + " party members");
        assertEquals(0, hours.compareTo(new BigDecimal(stats.getString("volunteers.hours"))), where + " hours " + hours);
        for (int s = 0; s <= 5; s++) {
            assertEquals(byStars[s], stats.getLong("volunteers.byStarLevel[" + s + "].volunteers"), where + " " + s + " stars");
        }
    }

    private static void checkTeams(JsonPath stats, List<Team> teams, Fixtures.Unit root, LocalDate end, String where) {
        for (String kind : List.of("PARTY_MEMBER_TEAM", "PROFESSIONAL_ORGANIZATION", "SPECIALTY_SQUAD")) {
            long expected = teams.stream().filter(t -> within(t.unit(), root) && t.kind().equals(kind) && !t.foundedOn().isAfter(end))
                    .count();
            assertEquals(expected, stats.getLong("teamsByKind." + kind), where + " teams " + kind);
        }
    }

    private static void checkActivities(JsonPath stats, List<Activity> activities, Fixtures.Unit root, LocalDate start,
            LocalDate end, String where) {
        List<Activity> held = activities.stream().filter(a -> a.counts() && within(a.unit(), root)
                && !a.startsOn().isBefore(start) && !a.startsOn().isAfter(end)).toList();
        List<Activity> fairs = held.stream().filter(a -> a.kind().equals("SERVICE_FAIR")).toList();
        assertEquals(fairs.size(), stats.getLong("activities.fairsHeld"), where + " fairs");
        assertEquals(fairs.stream().mapToInt(Activity::items).sum(), stats.getLong("activities.fairServiceItems"), where + " items");
        assertEquals(held.size() - fairs.size(), stats.getLong("activities.heldByKind.ACTIVITY"), where + " activities");
    }

    private static void checkCompounds(JsonPath stats, List<Compound> compounds, Fixtures.Unit root, LocalDate end, String where) {
        Map<String, Long> expected = new HashMap<>();
        for (Compound c : compounds) {
            if (!within(c.unit(), root)) {
                continue;
            }
            String grade = null;
            for (Object[] g : c.grades()) {
                if (!((LocalDate) g[1]).isAfter(end)) {
                    grade = (String) g[0];
                }
            }
            if (grade != null) {
                expected.merge(grade, 1L, Long::sum);
            }
        }
        for (String grade : List.of("PROFESSIONAL", "GUARANTEED", "SELF_SERVICE", "CO_GOVERNANCE")) {
            assertEquals(expected.getOrDefault(grade, 0L), stats.getLong("compoundsByGrade." + grade), where + " " + grade);
        }
    }

    private static void checkOpinions(JsonPath stats, List<Opinion> opinions, List<Object[]> openDays, Fixtures.Unit root,
            LocalDate start, LocalDate end, String where) {
        List<Opinion> mine = opinions.stream().filter(o -> within(o.unit(), root)).toList();
        List<Opinion> received = mine.stream().filter(o -> between(o.receivedOn(), start, end)).toList();
        assertEquals(received.size(), stats.getLong("opinions.received"), where + " received");
        for (String status : List.of("RECEIVED", "ASSIGNED", "COORDINATING", "RESOLVED", "CONVERTED_TO_PROPOSAL", "DECLINED")) {
            assertEquals(received.stream().filter(o -> o.status().equals(status)).count(),
                    stats.getLong("opinions.receivedByStatus." + status), where + " " + status);
        }
        assertEquals(mine.stream().filter(o -> o.resolvedOn() != null && between(o.resolvedOn(), start, end)).count(),
                stats.getLong("opinions.resolved"), where + " resolved");
        assertEquals(mine.stream().filter(o -> o.convertedOn() != null && between(o.convertedOn(), start, end)).count(),
                stats.getLong("opinions.convertedToProposals"), where + " converted");
        assertEquals(openDays.stream().filter(d -> within((Fixtures.Unit) d[0], root) && between((LocalDate) d[1], start, end)).count(),
                stats.getLong("opinions.openDaysHeld"), where + " open days");
    }

    private static boolean within(Fixtures.Unit unit, Fixtures.Unit root) {
        return unit.path().equals(root.path()) || unit.path().startsWith(root.path() + ".");
    }

    private static boolean between(LocalDate day, LocalDate start, LocalDate end) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    private List<Person> volunteers(List<Fixtures.Unit> homes, Fixtures.Unit elsewhere) {
        List<Person> people = new ArrayList<>();
        StringBuilder csv = new StringBuilder("name,gender,birthDate,phone,idNumber,homeCommunityId,partyMember,status,registeredOn\n");
        for (int i = 0; i < 48; i++) {
            Fixtures.Unit home = i < 45 ? homes.get(random.nextInt(homes.size())) : elsewhere;
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(18000));
            String gender = random.nextBoolean() ? "MALE" : "FEMALE";
            String idNumber = Fixtures.idNumber(birth, gender);
            boolean party = random.nextInt(3) == 0;
            boolean active = random.nextInt(7) != 0;
            LocalDate registered = day(LocalDate.of(2018, 1, 1), LocalDate.of(2024, 6, 30));
            people.add(new Person(idNumber, home, party, active, registered, new ArrayList<>()));
            csv.append("志愿者").append(i).append(',').append(gender).append(',').append(birth).append(",13900000000,")
                    .append(idNumber).append(',').append(home.id()).append(',').append(party).append(',')
                    .append(active ? "ACTIVE" : "INACTIVE").append(',').append(registered).append('\n');
        }
        asAdmin().contentType("text/csv").body(csv.toString()).post("/api/v1/volunteers/import").then().statusCode(200)
                .body("imported", equalTo(48));
        return people;
    }

    /** Each volunteer serves on distinct days from registration on; a few serve enough for every star level. */
    private void records(List<Person> people) {
        StringBuilder csv = new StringBuilder("volunteerIdNumber,orgUnitId,startedAt,endedAt,hours\n");
        int[] sizes = {0, 3, 12, 40, 90, 160};
        for (Person p : people) {
            int n = sizes[random.nextInt(sizes.length)];
            TreeSet<LocalDate> days = new TreeSet<>();
            long span = ChronoUnit.DAYS.between(p.registeredOn(), TODAY.minusDays(1));
            for (int i = 0; i < n && days.size() < span; i++) {
                days.add(day(p.registeredOn(), TODAY.minusDays(1)));
            }
            for (LocalDate d : days) {
                int halfHours = 1 + random.nextInt(20);
                BigDecimal hours = BigDecimal.valueOf(halfHours).divide(BigDecimal.valueOf(2));
                p.records().add(new Record(d, hours));
                csv.append(p.idNumber()).append(',').append(p.home().id()).append(',').append(at(d, 8, 0)).append(',')
                        .append(at(d, 8 + (halfHours + 1) / 2, 0)).append(',').append(hours.toPlainString()).append('\n');
            }
        }
        asAdmin().contentType("text/csv").body(csv.toString()).post("/api/v1/service-records/import").then().statusCode(200);
    }

    /** Some records are reversed, some amended to other hours, through the API. */
    private void corrections(List<Person> people) {
        int done = 0;
        for (Person p : people) {
            if (p.records().size() < 3 || done >= 8) {
                continue;
            }
            String volunteerId = asAdmin().queryParam("orgUnitId", p.home().id()).queryParam("size", 200).get("/api/v1/volunteers")
                    .then().statusCode(200).extract().path("items.find { it.idNumber == '" + p.idNumber() + "' }.id");
            List<String> ids = asAdmin().queryParam("volunteerId", volunteerId).queryParam("size", 200).get("/api/v1/service-records")
                    .then().statusCode(200).extract().path("items.id");
            Record reverse = p.records().get(0);
            asAdmin().contentType(ContentType.JSON).body(map("action", "REVERSE", "reason", "重复"))
                    .post("/api/v1/service-records/" + ids.get(0) + "/corrections").then().statusCode(201);
            reverse.reversed = true;
            Record amend = p.records().get(1);
            BigDecimal hours = amend.hours.compareTo(BigDecimal.ONE) > 0 ? amend.hours.subtract(new BigDecimal("0.5")) : amend.hours;
            asAdmin().contentType(ContentType.JSON).body(map("action", "AMEND", "reason", "少记半小时", "hours", hours))
                    .post("/api/v1/service-records/" + ids.get(1) + "/corrections").then().statusCode(201);
            amend.hours = hours;
            done++;
        }
    }

    /**
     * After their hours are in, some volunteers move to another home (one out of the district) and
     * some change status: their hours and stars count where they live now, and only while ACTIVE.
     */
    private void moves(List<Person> people, List<Fixtures.Unit> homes, Fixtures.Unit elsewhere) {
        int done = 0;
        for (int i = 0; i < people.size() && done < 10; i++) {
            Person p = people.get(i);
            if (p.records().isEmpty()) {
                continue;
            }
            Fixtures.Unit home = done == 0 ? elsewhere : done % 3 == 0 ? p.home() : homes.get((homes.indexOf(p.home()) + 1) % homes.size());
            boolean active = done % 2 == 0 ? p.active() : !p.active();
            String id = asAdmin().queryParam("orgUnitId", p.home().id()).queryParam("size", 200).get("/api/v1/volunteers")
                    .then().statusCode(200).extract().path("items.find { it.idNumber == '" + p.idNumber() + "' }.id");
            var read = asAdmin().get("/api/v1/volunteers/" + id).then().statusCode(200).extract();
            Map<String, Object> body = new HashMap<>(read.jsonPath().getMap(""));
            body.keySet().retainAll(List.of("name", "gender", "birthDate", "phone", "idNumber", "partyMember", "skills",
                    "registeredOn"));
            body.put("homeCommunityId", home.id().toString());
            body.put("status", active ? "ACTIVE" : "INACTIVE");
            asAdmin().contentType(ContentType.JSON).header("If-Match", read.header("ETag")).body(body)
                    .put("/api/v1/volunteers/" + id).then().statusCode(200);
            people.set(i, new Person(p.idNumber(), home, p.partyMember(), active, p.registeredOn(), p.records()));
            done++;
        }
    }

    private List<Team> teams(List<Fixtures.Unit> units) {
        List<Team> teams = new ArrayList<>();
        String[] kinds = {"PARTY_MEMBER_TEAM", "PROFESSIONAL_ORGANIZATION", "SPECIALTY_SQUAD"};
        for (int i = 0; i < 12; i++) {
            String kind = kinds[random.nextInt(3)];
            Fixtures.Unit unit = units.get(random.nextInt(units.size()));
            LocalDate founded = day(LocalDate.of(2019, 1, 1), TODAY);
            Fixtures.post("/api/v1/volunteer-teams", map("name", Fixtures.unique("队"), "kind", kind,
                    "level", kind.equals("SPECIALTY_SQUAD") ? "DISTRICT" : "COMMUNITY", "orgUnitId", unit.id().toString(),
                    "foundedOn", founded.toString()));
            teams.add(new Team(unit, kind, founded));
        }
        return teams;
    }

    private List<Activity> activities(List<Fixtures.Unit> units) {
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            boolean fair = random.nextBoolean();
            Fixtures.Unit unit = units.get(random.nextInt(units.size()));
            LocalDate on = day(LocalDate.of(2021, 1, 1), TODAY.minusDays(1));
            int items = 1 + random.nextInt(6);
            List<Map<String, Object>> list = new ArrayList<>();
            for (int j = 0; j < items; j++) {
                list.add(map("name", "服务项目" + j));
            }
            Fixtures.post("/api/v1/service-activities", map("kind", fair ? "SERVICE_FAIR" : "ACTIVITY", "title", "大集",
                    "theme", "PARTY_BUILDING_BUSINESS_ENVIRONMENT", "organizerOrgUnitId", unit.id().toString(), "place", "广场",
                    "startsAt", at(on, 9, 0), "endsAt", at(on, 16, 0), "items", fair ? list : List.of()));
            activities.add(new Activity(unit, fair ? "SERVICE_FAIR" : "ACTIVITY", on, fair ? items : 0, true));
        }
        // cancelled before it was held, in 2023; and one that has not started yet
        TestClock.set(LocalDate.of(2023, 2, 1));
        String cancelled = Fixtures.post("/api/v1/service-activities", map("kind", "SERVICE_FAIR", "title", "取消的大集",
                "theme", "OTHER", "organizerOrgUnitId", units.get(0).id().toString(), "place", "广场",
                "startsAt", at(LocalDate.of(2023, 3, 1), 9, 0), "endsAt", at(LocalDate.of(2023, 3, 1), 16, 0),
                "items", List.of(map("name", "理发"))));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(map("reason", "暴雪"))
                .post("/api/v1/service-activities/" + cancelled + "/cancel").then().statusCode(200);
        TestClock.reset();
        activities.add(new Activity(units.get(0), "SERVICE_FAIR", LocalDate.of(2023, 3, 1), 1, false));
        Fixtures.post("/api/v1/service-activities", map("kind", "SERVICE_FAIR", "title", "下周的大集", "theme", "OTHER",
                "organizerOrgUnitId", units.get(0).id().toString(), "place", "广场",
                "startsAt", at(TODAY.plusDays(7), 9, 0), "endsAt", at(TODAY.plusDays(7), 16, 0), "items", List.of(map("name", "理发"))));
        activities.add(new Activity(units.get(0), "SERVICE_FAIR", TODAY.plusDays(7), 1, false));
        return activities;
    }

    private List<Compound> compounds(Fixtures.Unit district, List<Fixtures.Unit> homes) {
        String company = Fixtures.post("/api/v1/property-companies", map("name", Fixtures.unique("物业"), "creditCode",
                Existing.creditCode(), "orgUnitId", district.id().toString(), "hasPartyOrganization", false, "partyMemberCount", 0));
        String[] grades = {"PROFESSIONAL", "GUARANTEED", "SELF_SERVICE", "CO_GOVERNANCE"};
        List<Compound> compounds = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Fixtures.Unit home = homes.get(random.nextInt(homes.size()));
            LocalDate graded = day(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 6, 1));
            String grade = grades[random.nextInt(4)];
            String id = Fixtures.post("/api/v1/residential-compounds", map("name", Fixtures.unique("小区"),
                    "communityId", home.id().toString(), "address", "路", "households", 100, "grade", grade,
                    "gradedOn", graded.toString(), "propertyCompanyId", company));
            List<Object[]> history = new ArrayList<>();
            history.add(new Object[] {grade, graded});
            LocalDate on = graded;
            for (int change = 0; change < random.nextInt(3); change++) {
                String next = grades[random.nextInt(4)];
                if (next.equals(grade)) {
                    continue;
                }
                on = day(on, on.plusDays(500).isAfter(TODAY) ? TODAY : on.plusDays(500));
                asAdmin().contentType(ContentType.JSON).header("If-Match", "\"" + (history.size() - 1) + "\"")
                        .body(map("grade", next, "occurredOn", on.toString(), "reason", "调整"))
                        .post("/api/v1/residential-compounds/" + id + "/grade-changes").then().statusCode(200);
                history.add(new Object[] {next, on});
                grade = next;
            }
            compounds.add(new Compound(home, history));
        }
        return compounds;
    }

    private List<Opinion> opinions(List<Fixtures.Unit> units, List<Object[]> openDays) {
        List<Opinion> opinions = new ArrayList<>();
        Map<Fixtures.Unit, String[]> studios = new LinkedHashMap<>();
        for (Fixtures.Unit unit : units) {
            String studio = Fixtures.post("/api/v1/representative-studios", map("name", Fixtures.unique("工作室"),
                    "orgUnitId", unit.id().toString(), "address", "党群服务中心", "openedOn", "2020-01-01"));
            String rep = Fixtures.post("/api/v1/representatives", map("name", "代表", "body", "PARTY_CONGRESS",
                    "congressLevel", "DISTRICT", "orgUnitId", unit.id().toString(), "studioId", studio, "termStartsOn", "2020-01-01"));
            studios.put(unit, new String[] {studio, rep});
            for (int i = 0; i < 3; i++) {
                LocalDate held = day(LocalDate.of(2021, 1, 1), TODAY);
                Fixtures.post("/api/v1/representative-studios/" + studio + "/open-days", map("heldOn", held.toString(),
                        "theme", "开放日", "visitors", 10));
                openDays.add(new Object[] {unit, held});
            }
        }
        for (int i = 0; i < 16; i++) {
            Fixtures.Unit unit = units.get(random.nextInt(units.size()));
            String[] s = studios.get(unit);
            LocalDate received = day(LocalDate.of(2021, 6, 1), TODAY.minusDays(40));
            String id = Fixtures.post("/api/v1/opinions", map("studioId", s[0], "channel", "STUDIO", "category", "OTHER",
                    "raisedByName", "居民", "content", "意见" + i, "receivedOn", received.toString()));
            String status = "RECEIVED";
            LocalDate on = received;
            LocalDate resolved = null;
            LocalDate converted = null;
            int path = random.nextInt(5);
            if (path == 1) {
                on = step(id, "DECLINE", on, map("reason", "不属于职责"));
                status = "DECLINED";
            }
            if (path >= 2) {
                on = step(id, "ASSIGN", on, map("representativeId", s[1]));
                status = "ASSIGNED";
            }
            if (path >= 3) {
                on = step(id, "COORDINATE", on, map("coordinationNote", "协调"));
                status = "COORDINATING";
                if (random.nextBoolean()) {
                    resolved = step(id, "RESOLVE", on, map("resolution", "解决"));
                    status = "RESOLVED";
                } else {
                    converted = step(id, "CONVERT_TO_PROPOSAL", on, map("proposalNumber", "提案" + i));
                    status = "CONVERTED_TO_PROPOSAL";
                }
            }
            opinions.add(new Opinion(unit, received, status, resolved, converted));
        }
        return opinions;
    }

    private LocalDate step(String opinion, String action, LocalDate after, Map<String, Object> body) {
        LocalDate on = day(after, after.plusDays(9));
        body.put("action", action);
        body.put("occurredOn", on.toString());
        asAdmin().contentType(ContentType.JSON).header("If-Match", Fixtures.etag("/api/v1/opinions/" + opinion)).body(body)
                .post("/api/v1/opinions/" + opinion + "/actions").then().statusCode(200);
        return on;
    }
}
