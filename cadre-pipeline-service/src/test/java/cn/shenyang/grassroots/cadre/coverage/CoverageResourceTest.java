package cn.shenyang.grassroots.cadre.coverage;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.cadre.support.Fixtures;
import cn.shenyang.grassroots.cadre.support.Ledger;
import cn.shenyang.grassroots.platform.testing.TestClock;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Coverage lists on generated data: villages, cadres imported at every stage and exit, mentors and
 * training entered at random, and the expected lists computed here from the plan.
 */
@QuarkusTest
class CoverageResourceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final String COVERAGE = "/api/v1/reserve-cadre-coverage";

    /** One generated cadre and what it was given; dates null when it never happened. */
    record Plan(String name, UUID village, LocalDate admittedOn, LocalDate leftOn, Map<String, LocalDate[]> mentors,
            Map<String, List<LocalDate>> training) {
        boolean inPool(LocalDate day) {
            return admittedOn != null && !admittedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
        }

        boolean mentored(String level, LocalDate day) {
            LocalDate[] m = mentors.get(level);
            return m != null && !m[0].isAfter(day) && (m[1] == null || !m[1].isBefore(day));
        }

        boolean trained(String kind, LocalDate day) {
            return training.getOrDefault(kind, List.of()).stream()
                    .anyMatch(d -> d.getYear() == day.getYear() && !d.isAfter(day));
        }
    }

    @AfterEach
    void realTime() {
        TestClock.reset();
    }

    @Test
    void coverageListsMatchIndependentlyComputedExpectations() {
        TestClock.set(TODAY);
        Fixtures.Unit district = Fixtures.unit(Fixtures.root(), "DISTRICT");
        List<Fixtures.Unit> villages = new ArrayList<>();
        Map<UUID, UUID> townOf = new HashMap<>();
        for (int t = 0; t < 3; t++) {
            Fixtures.Unit town = Fixtures.unit(district, t == 2 ? "SUBDISTRICT" : "TOWN");
            for (int v = 0; v < 4; v++) {
                Fixtures.Unit village = Fixtures.unit(town, t == 2 && v == 0 ? "COMMUNITY" : "VILLAGE");
                if (village.level().equals("VILLAGE")) {
                    villages.add(village);
                }
                townOf.put(village.id(), town.id());
            }
        }
        Fixtures.Unit dissolved = Fixtures.unit(Fixtures.unit(district, "TOWN"), "VILLAGE");
        Fixtures.dissolve(dissolved, null);

        Random random = new Random(2020);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // villages 0 and 1 never get anyone, so at least two are always missing a cadre
            UUID village = villages.get(2 + random.nextInt(villages.size() - 2)).id();
            LocalDate recommended = LocalDate.of(2024 + random.nextInt(3), 1 + random.nextInt(6), 1 + random.nextInt(20));
            boolean pooled = i % 6 != 5;
            Map<String, Object> row = pooled ? Ledger.pooled(village, recommended) : Ledger.recommended(village, recommended);
            LocalDate admitted = pooled ? Ledger.admittedOn(row) : null;
            LocalDate left = null;
            LocalDate exitOn = pooled ? admitted.plusDays(100 + random.nextInt(200)) : null;
            if ((i % 6 == 3 || i % 6 == 4) && exitOn.isBefore(TODAY)) {
                left = exitOn;
                row.put("exit", i % 6 == 3 ? "REMOVE" : "ELECT");
                row.put("exitOn", left.toString());
                row.put(i % 6 == 3 ? "exitReason" : "committee", i % 6 == 3 ? "迁出" : "VILLAGERS_COMMITTEE");
            }
            rows.add(row);
            plans.add(new Plan((String) row.get("name"), village, admitted, left, new HashMap<>(), new HashMap<>()));
        }
        Ledger.importAsAdmin(rows).statusCode(200).body("imported", equalTo(30));

        Map<String, String> ids = new HashMap<>();
        for (Map<String, Object> item : asAdmin().queryParam("orgUnitId", district.id()).queryParam("size", 200)
                .get("/api/v1/reserve-cadres").then().extract().jsonPath().<Map<String, Object>>getList("items")) {
            ids.put((String) item.get("name"), (String) item.get("id"));
        }
        for (Plan p : plans) {
            if (p.admittedOn() == null || p.leftOn() != null) {
                continue; // mentors and training are entered for current pool members
            }
            String id = ids.get(p.name());
            for (String level : new String[] {"TOWNSHIP", "VILLAGE"}) {
                int pick = random.nextInt(4);
                if (pick > 0) {
                    LocalDate from = p.admittedOn().plusDays(random.nextInt(400));
                    LocalDate to = pick == 1 ? from.plusDays(30 + random.nextInt(200)) : null;
                    if (from.isAfter(TODAY) || to != null && to.isAfter(TODAY)) {
                        continue;
                    }
                    String m = asAdmin().contentType(ContentType.JSON).body(Map.of("cadreId", id, "level", level,
                            "mentorName", Fixtures.unique("帮带"), "startsOn", from.toString()))
                            .post("/api/v1/mentorships").then().statusCode(201).extract().path("id");
                    if (to != null) {
                        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                                .body(Map.of("mentorName", "x", "endsOn", to.toString())).put("/api/v1/mentorships/" + m)
                                .then().statusCode(200);
                    }
                    p.mentors().put(level, new LocalDate[] {from, to});
                }
            }
            for (String kind : new String[] {"TOWNSHIP_ROTATION", "VILLAGE_DIRECTED", "EXPERT_LECTURE"}) {
                for (int k = random.nextInt(3); k > 0; k--) {
                    LocalDate on = LocalDate.of(2025 + random.nextInt(2), 1 + random.nextInt(11), 1 + random.nextInt(28));
                    asAdmin().contentType(ContentType.JSON).body(Map.of("cadreId", id, "kind", kind, "title", "培训",
                            "startsOn", on.toString(), "endsOn", on.toString(), "hours", 8))
                            .post("/api/v1/training-records").then().statusCode(201);
                    p.training().computeIfAbsent(kind, x -> new ArrayList<>()).add(on);
                }
            }
        }

        for (LocalDate day : new LocalDate[] {TODAY, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 6, 30)}) {
            JsonPath c = asAdmin().queryParam("orgUnitId", district.id()).queryParam("asOf", day.toString())
                    .queryParam("size", 200).get(COVERAGE).then().statusCode(200).extract().jsonPath();
            List<Plan> members = plans.stream().filter(p -> p.inPool(day)).toList();
            assertEquals(day.toString(), c.getString("asOf"));
            assertEquals(villages.size(), c.getLong("villages"), "communities and dissolved villages are not counted");
            assertEquals(members.size(), c.getLong("poolMembers"), day + " pool");
            Set<String> withMember = members.stream().map(p -> p.village().toString()).collect(Collectors.toSet());
            Set<String> empty = villages.stream().map(v -> v.id().toString()).filter(v -> !withMember.contains(v))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(empty.size() >= 2);
            assertEquals(empty, new TreeSet<>(c.<String>getList("villagesWithoutPoolMember.items.villageId")), day + " villages");
            assertEquals(empty.size(), c.getLong("villagesWithoutPoolMember.count"));
            check(c, "withoutTownshipMentor", members, p -> !p.mentored("TOWNSHIP", day), day, ids);
            check(c, "withoutVillageMentor", members, p -> !p.mentored("VILLAGE", day), day, ids);
            check(c, "withoutTownshipRotation", members, p -> !p.trained("TOWNSHIP_ROTATION", day), day, ids);
            check(c, "withoutVillageDirected", members, p -> !p.trained("VILLAGE_DIRECTED", day), day, ids);
            String town = c.getString("withoutTownshipMentor.items[0].townshipId");
            if (town != null) {
                assertEquals(townOf.get(UUID.fromString(c.getString("withoutTownshipMentor.items[0].villageId"))).toString(), town);
            }
        }

        // the first page only in the summary; the rest page by page
        JsonPath first = asAdmin().queryParam("orgUnitId", district.id()).queryParam("size", 1).get(COVERAGE).then()
                .extract().jsonPath();
        long empties = first.getLong("villagesWithoutPoolMember.count");
        assertEquals(1, first.getList("villagesWithoutPoolMember.items").size());
        List<String> paged = new ArrayList<>();
        for (int page = 0; page * 2 < empties + 2; page++) {
            JsonPath p = asAdmin().queryParam("orgUnitId", district.id()).queryParam("page", page).queryParam("size", 2)
                    .get(COVERAGE + "/VILLAGES_WITHOUT_POOL_MEMBER").then().statusCode(200).extract().jsonPath();
            assertEquals(empties, p.getLong("totalItems"), "the size is known on every page, even past the end");
            paged.addAll(p.getList("items.villageName"));
        }
        assertEquals(first.getString("villagesWithoutPoolMember.items[0].villageName"), paged.get(0));
        assertEquals(empties, paged.size());
        assertEquals(new ArrayList<>(new TreeSet<>(paged)), paged, "ordered by village name");

        // scope, and clear problems
        Fixtures.Tree elsewhere = Fixtures.tree();
        as("manager", Roles.ORG_MANAGER, elsewhere.township().path()).queryParam("orgUnitId", district.id()).get(COVERAGE)
                .then().statusCode(400).body("violations[0].field", equalTo("orgUnitId"));
        asAdmin().get(COVERAGE).then().statusCode(400).body("violations[0].field", equalTo("orgUnitId"));
        asAdmin().queryParam("orgUnitId", district.id()).queryParam("asOf", "2026-11-29").get(COVERAGE).then()
                .statusCode(400).body("violations[0].field", equalTo("asOf"));
        asAdmin().queryParam("orgUnitId", district.id()).get(COVERAGE + "/EVERYTHING").then().statusCode(400)
                .body("violations[0].field", equalTo("gap"));
        asAdmin().queryParam("orgUnitId", district.id()).queryParam("size", 0).get(COVERAGE).then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }

    private static void check(JsonPath c, String list, List<Plan> members, Predicate<Plan> missing, LocalDate day,
            Map<String, String> ids) {
        Set<String> expected = members.stream().filter(missing).map(p -> ids.get(p.name()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, new TreeSet<>(c.<String>getList(list + ".items.cadreId")), day + " " + list);
        assertEquals(expected.size(), c.getLong(list + ".count"), day + " " + list + " count");
    }
}
