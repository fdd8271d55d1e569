package cn.shenyang.grassroots.cadre.stats;

import static cn.shenyang.grassroots.cadre.support.Fixtures.act;
import static cn.shenyang.grassroots.cadre.support.Fixtures.action;
import static cn.shenyang.grassroots.cadre.support.Fixtures.cadreBody;
import static cn.shenyang.grassroots.cadre.support.Fixtures.createCadre;
import static cn.shenyang.grassroots.cadre.support.Fixtures.etag;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.cadre.support.Fixtures;
import cn.shenyang.grassroots.cadre.support.TestClock;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Statistics against expectations computed here from the generated plan: random cadres over two
 * townships and two cohorts, driven through the API to random stages, exits and outcomes.
 */
@QuarkusTest
class CadreStatsResourceTest {
    private static final String[] STAGES = {"RECOMMENDED", "QUALIFIED", "NOMINATED", "INSPECTED", "PUBLICIZED", "IN_RESERVE"};
    private static final String[] SOURCES = {"VILLAGER_REPRESENTATIVE", "PARTY_MEMBER", "ENTREPRENEUR", "VETERAN"};

    /** What was done to one generated cadre. */
    record Plan(String id, int township, String source, int year, int steps, String exit, boolean member,
            boolean elected, boolean mentorTalk) {
        boolean admitted() {
            return steps == 5;
        }

        boolean removed() {
            return "REMOVE".equals(exit);
        }
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void statisticsMatchIndependentlyComputedExpectations() {
        Fixtures.Unit city = Fixtures.root();
        Fixtures.Unit district = Fixtures.unit(city, "DISTRICT");
        Fixtures.Unit[] townships = {Fixtures.unit(district, "TOWNSHIP"), Fixtures.unit(district, "TOWNSHIP")};
        Fixtures.Unit[][] villages = {
            {Fixtures.unit(townships[0], "VILLAGE"), Fixtures.unit(townships[0], "VILLAGE")},
            {Fixtures.unit(townships[1], "VILLAGE"), Fixtures.unit(townships[1], "VILLAGE")}};
        Random random = new Random(20201);
        List<Plan> plans = new ArrayList<>();
        boolean secretaryTalked = false;
        for (int i = 0; i < 22; i++) {
            // paths cycle so every kind occurs; villages, sources and later cohorts are random
            int township = random.nextInt(2);
            int year = i < 10 ? (i % 2 == 0 ? 2025 : 2026) : (random.nextBoolean() ? 2025 : 2026);
            String source = SOURCES[random.nextInt(SOURCES.length)];
            int steps = i < 10 ? 5 : i % 6;
            String exit = steps < 5 ? (i % 4 == 0 ? "REJECT" : i % 4 == 1 ? "WITHDRAW" : null)
                    : (i % 4 == 3 ? "REMOVE" : null);
            boolean stays = steps == 5 && exit == null;
            boolean member = stays && i % 3 == 0;
            boolean elected = stays && i % 3 != 2;
            boolean mentorTalk = steps == 5 && year == 2025 && i % 2 == 0;

            TestClock.set(LocalDate.of(year, 3, 2));
            Map<String, Object> body = cadreBody(villages[township][random.nextInt(2)].id());
            body.put("source", source);
            String id = createCadre(body);
            String[] actions = {"QUALIFY", "NOMINATE", "INSPECT", "PUBLICIZE"};
            for (int s = 0; s < Math.min(steps, 4); s++) {
                act(id, action(actions[s], "votesFor", 30, "votesCast", 40, "inspectionReport", "良好",
                        "writtenTestScore", 80, "interviewScore", 80)).statusCode(200);
            }
            if (steps == 5) {
                TestClock.set(LocalDate.of(year, 3, 16));
                act(id, action("ADMIT")).statusCode(200);
                if (year == 2025) {
                    String m = asAdmin().contentType(ContentType.JSON).body(Map.of("cadreId", id, "level", "TOWNSHIP",
                            "mentorName", "帮带干部", "startsOn", "2025-03-16")).post("/api/v1/mentorships")
                            .then().statusCode(201).extract().path("id");
                    if (mentorTalk) {
                        TestClock.set(LocalDate.of(2025, 6, 15));
                        talk(id, "TOWNSHIP_MENTOR", m, "2025-06-15");
                    }
                    if (stays && !secretaryTalked) {
                        TestClock.set(LocalDate.of(2025, 12, 20));
                        talk(id, "TOWNSHIP_SECRETARY", null, "2025-12-20");
                        secretaryTalked = true;
                    }
                }
            }
            if (exit != null) {
                TestClock.set(LocalDate.of(year, "REMOVE".equals(exit) ? 9 : 3, "REMOVE".equals(exit) ? 1 : 2));
                act(id, action(exit, "reason", "generated")).statusCode(200);
            }
            TestClock.set(LocalDate.of(year, 10, 1));
            if (member) {
                step(id, "ACTIVIST", year + "-04-01");
                step(id, "PROBATIONARY", year + "-05-01");
                step(id, "MEMBER", year + "-06-01");
            }
            if (elected) {
                asAdmin().contentType(ContentType.JSON).header("If-Match", etag("/api/v1/reserve-cadres/" + id))
                        .body(Map.of("committee", "VILLAGE_PARTY_COMMITTEE", "electedOn", year + "-07-01"))
                        .put("/api/v1/reserve-cadres/" + id + "/election").then().statusCode(200);
            }
            plans.add(new Plan(id, township, source, year, steps, exit, member, elected, mentorTalk));
        }

        // the seed gives every kind of path, so no expectation below is trivially zero
        for (Predicate<Plan> kind : List.<Predicate<Plan>>of(Plan::member, Plan::elected, Plan::removed, Plan::mentorTalk,
                p -> "REJECT".equals(p.exit()), p -> "WITHDRAW".equals(p.exit()), p -> p.steps() < 5 && p.exit() == null,
                p -> p.year() == 2025 && p.admitted(), p -> p.year() == 2026 && p.admitted())) {
            org.junit.jupiter.api.Assertions.assertTrue(plans.stream().anyMatch(kind));
        }

        TestClock.set(LocalDate.of(2026, 12, 15));
        for (int year : new int[] {2025, 2026}) {
            JsonPath stats = asAdmin().queryParam("orgUnitId", district.id()).queryParam("year", year)
                    .get("/api/v1/reserve-cadre-stats").then().statusCode(200).extract().jsonPath();
            LocalDate poolDate = year == 2025 ? LocalDate.of(2025, 12, 31) : LocalDate.of(2026, 12, 15);
            assertEquals(poolDate.toString(), stats.getString("poolDate"));
            checkCounts(stats, "totals", plans, p -> true, year, poolDate);
            for (int t = 0; t < 2; t++) {
                int township = t;
                String path = "byTownship.find { it.townshipId == '" + townships[t].id() + "' }.counts";
                checkCounts(stats, path, plans, p -> p.township() == township, year, poolDate);
            }
            for (String source : SOURCES) {
                if (plans.stream().noneMatch(p -> p.source().equals(source))) {
                    continue;
                }
                checkCounts(stats, "bySource.find { it.source == '" + source + "' }.counts", plans,
                        p -> p.source().equals(source), year, poolDate);
            }
            for (int s = 0; s < STAGES.length; s++) {
                int stage = s;
                long reached = plans.stream().filter(p -> p.year() == year && p.steps() >= stage).count();
                assertEquals(reached, stats.getLong("funnel[" + s + "].reached"), year + " " + STAGES[s]);
                if (s > 0) {
                    long previous = plans.stream().filter(p -> p.year() == year && p.steps() >= stage - 1).count();
                    Double expected = previous == 0 ? null : Math.round(reached * 10000.0 / previous) / 10000.0;
                    assertEquals(expected, rate(stats, "funnel[" + s + "].conversionFromPrevious"), STAGES[s]);
                }
            }
            Map<String, Long> current = new HashMap<>();
            for (Plan p : plans) {
                if (p.year() == year) {
                    String stage = p.exit() == null ? STAGES[p.steps()]
                            : switch (p.exit()) {
                                case "REJECT" -> "REJECTED";
                                case "WITHDRAW" -> "WITHDRAWN";
                                default -> "REMOVED";
                            };
                    current.merge(stage, 1L, Long::sum);
                }
            }
            for (Map.Entry<String, Long> e : current.entrySet()) {
                assertEquals(e.getValue(), stats.getLong("cohortByCurrentStage." + e.getKey()), e.getKey());
            }
        }

        // mentoring: 2025's half-years have both ended by 2026-12-15
        List<Plan> mentored = plans.stream().filter(p -> p.year() == 2025 && p.admitted()).toList();
        long stayed = mentored.stream().filter(p -> !p.removed()).count();
        long talks = mentored.stream().filter(Plan::mentorTalk).count();
        JsonPath y2025 = asAdmin().queryParam("orgUnitId", district.id()).queryParam("year", 2025)
                .get("/api/v1/reserve-cadre-stats").then().extract().jsonPath();
        // H1: every mentorship (removals came in September); H2: only those still in the pool
        assertEquals(mentored.size() + stayed, y2025.getLong("mentoring.mentorTalks.owed"));
        assertEquals(talks, y2025.getLong("mentoring.mentorTalks.held"));
        assertEquals(stayed, y2025.getLong("mentoring.secretaryTalks.owed"));
        assertEquals(stayed > 0 ? 1 : 0, y2025.getLong("mentoring.secretaryTalks.held"));
        JsonPath y2026 = asAdmin().queryParam("orgUnitId", district.id()).queryParam("year", 2026)
                .get("/api/v1/reserve-cadre-stats").then().extract().jsonPath();
        assertEquals(stayed, y2026.getLong("mentoring.mentorTalks.owed"), "only 2026-H1 has ended");
        assertEquals(0, y2026.getLong("mentoring.secretaryTalks.owed"), "2026 has not ended");
        org.junit.jupiter.api.Assertions.assertNull(y2026.get("mentoring.secretaryTalks.rate"));

        // a township manager sees only their township, and nothing above it
        JsonPath mine = as("manager", Roles.ORG_MANAGER, townships[0].path()).queryParam("orgUnitId", townships[0].id())
                .queryParam("year", 2025).get("/api/v1/reserve-cadre-stats").then().statusCode(200).extract().jsonPath();
        checkCounts(mine, "totals", plans, p -> p.township() == 0, 2025, LocalDate.of(2025, 12, 31));
        as("manager", Roles.ORG_MANAGER, townships[0].path()).queryParam("orgUnitId", district.id())
                .queryParam("year", 2025).get("/api/v1/reserve-cadre-stats").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("orgUnitId"));
        as("manager", Roles.ORG_MANAGER, townships[0].path()).queryParam("orgUnitId", townships[1].id())
                .queryParam("year", 2025).get("/api/v1/reserve-cadre-stats").then().statusCode(400);
        asAdmin().queryParam("orgUnitId", district.id()).get("/api/v1/reserve-cadre-stats").then().statusCode(400)
                .body("violations[0].field", org.hamcrest.Matchers.equalTo("year"));
    }

    private static void checkCounts(JsonPath stats, String path, List<Plan> plans, Predicate<Plan> group, int year,
            LocalDate poolDate) {
        List<Plan> g = plans.stream().filter(group).toList();
        long recommended = g.stream().filter(p -> p.year() == year).count();
        long reached = g.stream().filter(p -> p.year() == year && p.admitted()).count();
        // admitted on 16 March of the cohort year, removed on 1 September
        long inPool = g.stream().filter(p -> p.admitted() && !LocalDate.of(p.year(), 3, 16).isAfter(poolDate)
                && !(p.removed() && !LocalDate.of(p.year(), 9, 1).isAfter(poolDate))).count();
        long joined = g.stream().filter(p -> p.member() && p.year() == year).count();
        long elected = g.stream().filter(p -> p.elected() && p.year() == year).count();
        long left = g.stream().filter(p -> p.removed() && p.year() == year).count();
        String where = path + " (" + year + ")";
        if (stats.get(path) == null) {
            // groups with nothing to count are left out of the answer
            assertEquals(0, recommended + inPool + joined + elected + left, where + " is missing");
            return;
        }
        assertEquals(recommended, stats.getLong(path + ".recommended"), where + " recommended");
        assertEquals(reached, stats.getLong(path + ".reachedReserve"), where + " reachedReserve");
        assertEquals(recommended == 0 ? null : Math.round(reached * 10000.0 / recommended) / 10000.0,
                rate(stats, path + ".conversion"), where + " conversion");
        assertEquals(inPool, stats.getLong(path + ".inPool"), where + " inPool");
        assertEquals(joined, stats.getLong(path + ".joinedParty"), where + " joinedParty");
        assertEquals(elected, stats.getLong(path + ".electedToCommittee"), where + " elected");
        assertEquals(left, stats.getLong(path + ".leftPool"), where + " leftPool");
    }

    private static Double rate(JsonPath json, String path) {
        Object v = json.get(path);
        // JsonPath reads numbers as floats; the service answers 4 decimals
        return v == null ? null : Math.round(((Number) v).doubleValue() * 10000) / 10000.0;
    }

    private static void talk(String cadreId, String role, String mentorshipId, String heldOn) {
        Map<String, Object> body = new HashMap<>(Map.of("cadreId", cadreId, "talkerRole", role, "heldOn", heldOn,
                "summary", "谈心谈话", "talkerName", "书记"));
        if (mentorshipId != null) {
            body.put("mentorshipId", mentorshipId);
        }
        asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/talk-records").then().statusCode(201);
    }

    private static void step(String id, String step, String on) {
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag("/api/v1/reserve-cadres/" + id))
                .body(Map.of("step", step, "on", on)).post("/api/v1/reserve-cadres/" + id + "/party-admission-steps")
                .then().statusCode(200);
    }
}
