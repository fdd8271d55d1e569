package cn.shenyang.grassroots.cadre.stats;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.cadre.support.Fixtures;
import cn.shenyang.grassroots.platform.testing.TestClock;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Statistics against expectations computed here from the generated plan: random cadres over two
 * towns, two cohorts and three years, walked through the API with the real date of every step
 * (exits by removal and by election, Party steps, mentors and talks), counted as of several days.
 */
@QuarkusTest
class CadreStatsResourceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final String[] STAGES = {"RECOMMENDED", "QUALIFIED", "NOMINATED", "INSPECTED", "PUBLICIZED", "IN_RESERVE"};
    private static final String[] ACTIONS = {"QUALIFY", "NOMINATE", "INSPECT", "PUBLICIZE", "ADMIT"};
    private static final String[] SOURCES = {"VILLAGER_REPRESENTATIVE", "ENTREPRENEUR", "VETERAN", "RETIREE"};
    private static final String[] CHANNELS = {"SELF", "MASS", "PARTY_ORGANIZATION"};
    private static final int GRACE_DAYS = 30;

    /** One generated cadre: where, how far and when each thing happened (null: it did not). */
    record Plan(UUID town, UUID village, String source, String channel, int year, LocalDate[] steps, String exit,
            LocalDate exitOn, LocalDate probationaryOn, LocalDate memberOn, List<Talk> talks) {
        LocalDate recommendedOn() {
            return steps[0];
        }

        LocalDate admittedOn() {
            return steps.length > 5 ? steps[5] : null;
        }

        LocalDate leftOn() {
            return "REMOVE".equals(exit) || "ELECT".equals(exit) ? exitOn : null;
        }

        LocalDate on(String exitKind) {
            return exitKind.equals(exit) ? exitOn : null;
        }

        /** The stage on {@code day}: the latest step dated on or before it. */
        String stageOn(LocalDate day) {
            String stage = null;
            for (int i = 0; i < steps.length; i++) {
                if (!steps[i].isAfter(day)) {
                    stage = STAGES[i];
                }
            }
            if (exitOn != null && !exitOn.isAfter(day)) {
                stage = switch (exit) {
                    case "REJECT" -> "REJECTED";
                    case "WITHDRAW" -> "WITHDRAWN";
                    case "REMOVE" -> "REMOVED";
                    default -> "ELECTED";
                };
            }
            return stage;
        }
    }

    /** A talk held: by whom (TOWNSHIP_MENTOR, VILLAGE_MENTOR, TOWNSHIP_SECRETARY) and when. */
    record Talk(String role, LocalDate on) {}

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void statisticsMatchIndependentlyComputedExpectations() {
        TestClock.set(TODAY);
        Fixtures.Unit city = Fixtures.root();
        Fixtures.Unit district = Fixtures.unit(city, "DISTRICT");
        Fixtures.Unit[] towns = {Fixtures.unit(district, "TOWN"), Fixtures.unit(district, "TOWN")};
        Fixtures.Unit[][] villages = {
            {Fixtures.unit(towns[0], "VILLAGE"), Fixtures.unit(towns[0], "VILLAGE")},
            {Fixtures.unit(towns[1], "VILLAGE"), Fixtures.unit(towns[1], "VILLAGE")}};
        Random random = new Random(20201);
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            int town = random.nextInt(2);
            Fixtures.Unit village = villages[town][random.nextInt(2)];
            int year = i < 12 ? 2019 + i % 2 : 2019 + random.nextInt(2);
            int steps = i < 12 ? 5 : i % 6;
            LocalDate[] dates = new LocalDate[steps + 1];
            dates[0] = LocalDate.of(year, 1 + random.nextInt(3), 1 + random.nextInt(20));
            for (int s = 1; s <= steps; s++) {
                dates[s] = s == 4 ? dates[3].plusDays(7).with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                        : s == 5 ? dates[4].plusWeeks(1) : dates[s - 1].plusDays(7);
            }
            String exit = steps < 5 ? (i % 4 == 0 ? "REJECT" : i % 4 == 1 ? "WITHDRAW" : null)
                    : (i % 4 == 1 ? "REMOVE" : i % 4 == 2 ? "ELECT" : null);
            LocalDate exitOn = exit == null ? null : dates[steps].plusDays(steps < 5 ? 10 : 120 + 97L * (i % 5));
            LocalDate probationary = null;
            LocalDate member = null;
            if (steps == 5 && i % 3 != 2) {
                probationary = dates[5].plusDays(60 + 150L * (i % 4));
                member = i % 3 == 0 ? probationary.plusYears(1) : null;
            }
            if (exitOn != null && "REMOVE".equals(exit) && probationary != null && !probationary.isBefore(exitOn)) {
                probationary = null;
                member = null;
            }
            if (member != null && "REMOVE".equals(exit) && !member.isBefore(exitOn)) {
                member = null;
            }
            List<Talk> talks = new ArrayList<>();
            if (steps == 5) {
                LocalDate end = exitOn == null ? TODAY : exitOn;
                for (LocalDate d = dates[5].plusDays(20); d.isBefore(end) && d.getYear() <= 2021; d = d.plusDays(75)) {
                    talks.add(new Talk(d.getDayOfMonth() % 3 == 0 ? "VILLAGE_MENTOR" : "TOWNSHIP_MENTOR", d));
                    if (d.getMonthValue() == 12 && i % 2 == 0) {
                        talks.add(new Talk("TOWNSHIP_SECRETARY", d));
                    }
                }
            }
            Plan p = new Plan(towns[town].id(), village.id(), SOURCES[random.nextInt(SOURCES.length)],
                    CHANNELS[random.nextInt(CHANNELS.length)], year, dates, exit, exitOn, probationary, member, talks);
            walk(p);
            plans.add(p);
        }

        // the seed gives every kind of path, so no expectation below is trivially zero
        for (Predicate<Plan> kind : List.<Predicate<Plan>>of(p -> "REMOVE".equals(p.exit()), p -> "ELECT".equals(p.exit()),
                p -> "REJECT".equals(p.exit()), p -> "WITHDRAW".equals(p.exit()), p -> p.admittedOn() == null && p.exit() == null,
                p -> p.probationaryOn() != null, p -> p.memberOn() != null, p -> !p.talks().isEmpty(),
                p -> p.probationaryOn() != null && p.probationaryOn().getYear() > p.admittedOn().getYear(),
                p -> p.leftOn() != null && p.leftOn().getYear() > p.year(),
                p -> p.year() == 2019 && p.admittedOn() != null, p -> p.year() == 2020 && p.admittedOn() != null)) {
            assertTrue(plans.stream().anyMatch(kind));
        }

        for (String[] ask : new String[][] {{"2019", null}, {"2020", null}, {"2021", null}, {"2020", "2020-06-30"},
                {"2021", "2021-03-15"}, {"2020", "2022-01-01"}}) {
            int year = Integer.parseInt(ask[0]);
            LocalDate poolDate = ask[1] != null ? LocalDate.parse(ask[1]) : LocalDate.of(year, 12, 31);
            var request = asAdmin().queryParam("orgUnitId", district.id()).queryParam("year", year);
            if (ask[1] != null) {
                request.queryParam("asOf", ask[1]);
            }
            JsonPath stats = request.get("/api/v1/reserve-cadre-stats").then().statusCode(200).extract().jsonPath();
            String at = year + " as of " + poolDate;
            assertEquals(poolDate.toString(), stats.getString("poolDate"), at);
            checkCounts(stats, "totals", plans, p -> true, year, poolDate, at);
            for (Fixtures.Unit t : towns) {
                checkCounts(stats, "byTownship.find { it.orgUnitId == '" + t.id() + "' }.counts", plans,
                        p -> p.town().equals(t.id()), year, poolDate, at);
            }
            for (Fixtures.Unit[] vs : villages) {
                for (Fixtures.Unit v : vs) {
                    checkCounts(stats, "byVillage.find { it.orgUnitId == '" + v.id() + "' }.counts", plans,
                            p -> p.village().equals(v.id()), year, poolDate, at);
                }
            }
            for (String source : SOURCES) {
                checkCounts(stats, "bySource.find { it.source == '" + source + "' }.counts", plans,
                        p -> p.source().equals(source), year, poolDate, at);
            }
            for (String channel : CHANNELS) {
                checkCounts(stats, "byChannel.find { it.channel == '" + channel + "' }.counts", plans,
                        p -> p.channel().equals(channel), year, poolDate, at);
            }
            List<Plan> cohort = plans.stream().filter(p -> p.year() == year && !p.recommendedOn().isAfter(poolDate)).toList();
            for (int s = 0; s < STAGES.length; s++) {
                int stage = s;
                long reached = cohort.stream().filter(p -> p.steps().length > stage && !p.steps()[stage].isAfter(poolDate)).count();
                assertEquals(reached, stats.getLong("funnel[" + s + "].reached"), at + " funnel " + STAGES[s]);
                if (s > 0) {
                    long previous = cohort.stream().filter(p -> p.steps().length > stage - 1
                            && !p.steps()[stage - 1].isAfter(poolDate)).count();
                    assertEquals(rate(reached, previous), rate(stats, "funnel[" + s + "].conversionFromPrevious"), at);
                }
            }
            Map<String, Long> byStage = new HashMap<>();
            cohort.forEach(p -> byStage.merge(p.stageOn(poolDate), 1L, Long::sum));
            Map<String, Object> answered = stats.getMap("cohortByStage");
            assertEquals(byStage.keySet(), answered.keySet(), at + " stages");
            byStage.forEach((stage, n) -> assertEquals(n, ((Number) answered.get(stage)).longValue(), at + " " + stage));
            checkMentoring(stats, plans, year, poolDate, at);
        }

        // a town manager sees only their town, and nothing above it
        JsonPath mine = as("manager", Roles.ORG_MANAGER, towns[0].path()).queryParam("orgUnitId", towns[0].id())
                .queryParam("year", 2020).get("/api/v1/reserve-cadre-stats").then().statusCode(200).extract().jsonPath();
        checkCounts(mine, "totals", plans, p -> p.town().equals(towns[0].id()), 2020, LocalDate.of(2020, 12, 31), "town");
        as("manager", Roles.ORG_MANAGER, towns[0].path()).queryParam("orgUnitId", district.id()).queryParam("year", 2020)
                .get("/api/v1/reserve-cadre-stats").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("orgUnitId"));
        asAdmin().queryParam("orgUnitId", district.id()).get("/api/v1/reserve-cadre-stats").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("year"));
        asAdmin().queryParam("orgUnitId", district.id()).queryParam("asOf", "2026-11-29").get("/api/v1/reserve-cadre-stats")
                .then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("asOf"));
        asAdmin().queryParam("orgUnitId", district.id()).queryParam("year", 2021).queryParam("asOf", "2020-12-31")
                .get("/api/v1/reserve-cadre-stats").then().statusCode(400)
                .body("violations[0].message", org.hamcrest.Matchers.containsString("before the year 2021 began"));
        // asOf alone names the year
        asAdmin().queryParam("orgUnitId", district.id()).queryParam("asOf", "2020-06-30").get("/api/v1/reserve-cadre-stats")
                .then().statusCode(200).body("year", org.hamcrest.Matchers.equalTo(2020));
    }

    /** Drives one plan through the API in the order an officer would record it, every step with its date. */
    private static void walk(Plan p) {
        Map<String, Object> body = Fixtures.cadreBody(p.village());
        body.put("source", p.source());
        body.put("channel", p.channel());
        body.put("birthDate", "1975-06-01");
        body.put("idNumber", Fixtures.idNumber(LocalDate.of(1975, 6, 1)));
        body.put("recommendedOn", p.recommendedOn().toString());
        if ("RETIREE".equals(p.source())) {
            body.put("birthDate", "1960-06-01");
            body.put("idNumber", Fixtures.idNumber(LocalDate.of(1960, 6, 1)));
        }
        Response created = asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/reserve-cadres");
        assertEquals(201, created.statusCode(), created.asString());
        String id = created.path("id");
        String cadre = "/api/v1/reserve-cadres/" + id;
        String[] etag = {created.header("ETag")};
        for (int s = 1; s < p.steps().length; s++) {
            etag[0] = send(cadre + "/transitions", etag[0], step(ACTIONS[s - 1], p.steps()[s]));
        }
        if (p.admittedOn() != null) {
            mentorship(id, "TOWNSHIP", p.admittedOn());
            mentorship(id, "VILLAGE", p.admittedOn());
            Map<String, String> mentorships = new HashMap<>();
            for (Map<String, Object> m : asAdmin().queryParam("cadreId", id).get("/api/v1/mentorships").then()
                    .extract().jsonPath().<Map<String, Object>>getList("items")) {
                mentorships.put((String) m.get("level"), (String) m.get("id"));
            }
            for (Talk t : p.talks()) {
                Map<String, Object> talk = new HashMap<>(Map.of("cadreId", id, "talkerRole", t.role(),
                        "heldOn", t.on().toString(), "summary", "谈心谈话", "talkerName", "书记"));
                if (!t.role().equals("TOWNSHIP_SECRETARY")) {
                    talk.put("mentorshipId", mentorships.get(t.role().replace("_MENTOR", "")));
                }
                asAdmin().contentType(ContentType.JSON).body(talk).post("/api/v1/talk-records").then().statusCode(201);
            }
            String[][] party = {{"ACTIVIST", p.admittedOn().plusDays(10).toString()},
                {"PROBATIONARY", p.probationaryOn() == null ? null : p.probationaryOn().toString()},
                {"MEMBER", p.memberOn() == null || p.memberOn().isAfter(TODAY) ? null : p.memberOn().toString()}};
            for (String[] step : party) {
                if (p.probationaryOn() != null && step[1] != null) {
                    etag[0] = send(cadre + "/party-admission-steps", etag[0], Map.of("step", step[0], "occurredOn", step[1]));
                }
            }
        }
        if (p.exit() != null) {
            Map<String, Object> exit = step(p.exit(), p.exitOn());
            exit.put("reason", "generated");
            exit.put("committee", "VILLAGERS_COMMITTEE");
            send(cadre + "/transitions", etag[0], exit);
        }
    }

    private static Map<String, Object> step(String action, LocalDate on) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("action", action, "occurredOn", on.toString()));
        switch (action) {
            case "NOMINATE" -> body.putAll(Map.of("votesFor", 30, "votesCast", 40));
            case "INSPECT" -> body.putAll(Map.of("inspectionReport", "良好", "writtenTestScore", 80, "interviewScore", 80));
            default -> { }
        }
        return body;
    }

    /** POSTs with If-Match and answers the new ETag. */
    private static String send(String path, String etag, Map<String, Object> body) {
        Response r = asAdmin().contentType(ContentType.JSON).header("If-Match", etag).body(body).post(path);
        assertEquals(200, r.statusCode(), path + " " + body + ": " + r.asString());
        return r.header("ETag");
    }

    private static void mentorship(String cadreId, String level, LocalDate from) {
        asAdmin().contentType(ContentType.JSON).body(Map.of("cadreId", cadreId, "level", level, "mentorName",
                Fixtures.unique("帮带"), "startsOn", from.toString())).post("/api/v1/mentorships").then().statusCode(201);
    }

    private static void checkCounts(JsonPath stats, String path, List<Plan> plans, Predicate<Plan> group, int year,
            LocalDate poolDate, String at) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = poolDate.isBefore(LocalDate.of(year, 12, 31)) ? poolDate : LocalDate.of(year, 12, 31);
        Predicate<LocalDate> inYear = d -> d != null && !d.isBefore(from) && !d.isAfter(to);
        List<Plan> g = plans.stream().filter(group).toList();
        List<Plan> cohort = g.stream().filter(p -> p.year() == year && !p.recommendedOn().isAfter(poolDate)).toList();
        long recommended = cohort.size();
        long reached = cohort.stream().filter(p -> p.admittedOn() != null && !p.admittedOn().isAfter(poolDate)).count();
        long inPool = g.stream().filter(p -> inPool(p, poolDate)).count();
        long probationary = g.stream().filter(p -> inYear.test(p.probationaryOn())).count();
        long member = g.stream().filter(p -> inYear.test(p.memberOn())).count();
        long entered = g.stream().filter(p -> inYear.test(p.on("ELECT"))).count();
        long removed = g.stream().filter(p -> inYear.test(p.on("REMOVE"))).count();
        String where = at + " " + path;
        if (stats.get(path) == null) {
            // groups with nothing to count are left out of the answer
            assertEquals(0, recommended + inPool + probationary + member + entered + removed, where + " is missing");
            return;
        }
        assertEquals(recommended, stats.getLong(path + ".recommended"), where + " recommended");
        assertEquals(reached, stats.getLong(path + ".reachedReserve"), where + " reachedReserve");
        assertEquals(rate(reached, recommended), rate(stats, path + ".conversion"), where + " conversion");
        assertEquals(inPool, stats.getLong(path + ".inPool"), where + " inPool");
        assertEquals(probationary, stats.getLong(path + ".admittedProbationary"), where + " admittedProbationary");
        assertEquals(member, stats.getLong(path + ".becameFullMember"), where + " becameFullMember");
        assertEquals(entered, stats.getLong(path + ".enteredCommittees"), where + " enteredCommittees");
        assertEquals(removed, stats.getLong(path + ".removed"), where + " removed");
    }

    private static boolean inPool(Plan p, LocalDate day) {
        return p.admittedOn() != null && !p.admittedOn().isAfter(day) && (p.leftOn() == null || p.leftOn().isAfter(day));
    }

    /** Talks owed in the year's periods that ended by poolDate; each pool member owes both mentor levels and the secretary. */
    private static void checkMentoring(JsonPath stats, List<Plan> plans, int year, LocalDate poolDate, String at) {
        long owed = 0;
        long held = 0;
        for (LocalDate[] half : new LocalDate[][] {{LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30)},
                {LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31)}}) {
            if (half[1].isAfter(poolDate)) {
                continue;
            }
            for (Plan p : plans) {
                if (owes(p, half[1])) {
                    for (String role : new String[] {"TOWNSHIP_MENTOR", "VILLAGE_MENTOR"}) {
                        owed++;
                        held += p.talks().stream().anyMatch(t -> t.role().equals(role) && !t.on().isBefore(half[0])
                                && !t.on().isAfter(half[1])) ? 1 : 0;
                    }
                }
            }
        }
        assertEquals(owed, stats.getLong("mentoring.mentorTalks.owed"), at + " mentor talks owed");
        assertEquals(held, stats.getLong("mentoring.mentorTalks.held"), at + " mentor talks held");
        assertEquals(rate(held, owed), rate(stats, "mentoring.mentorTalks.rate"), at);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        long secretaryOwed = yearEnd.isAfter(poolDate) ? 0 : plans.stream().filter(p -> owes(p, yearEnd)).count();
        long secretaryHeld = yearEnd.isAfter(poolDate) ? 0 : plans.stream().filter(p -> owes(p, yearEnd)
                && p.talks().stream().anyMatch(t -> t.role().equals("TOWNSHIP_SECRETARY") && t.on().getYear() == year)).count();
        assertEquals(secretaryOwed, stats.getLong("mentoring.secretaryTalks.owed"), at + " secretary talks owed");
        assertEquals(secretaryHeld, stats.getLong("mentoring.secretaryTalks.held"), at + " secretary talks held");
    }

    /** In the pool on the period's last day, and admitted at least the grace days before it. */
    private static boolean owes(Plan p, LocalDate periodEnd) {
        return inPool(p, periodEnd) && !p.admittedOn().isAfter(periodEnd.minusDays(GRACE_DAYS));
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }

    private static Double rate(JsonPath json, String path) {
        Object v = json.get(path);
        // JsonPath reads numbers as floats; the service answers 4 decimals
        return v == null ? null : Math.round(((Number) v).doubleValue() * 10000) / 10000.0;
    }
}
