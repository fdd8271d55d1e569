package cn.shenyang.grassroots.orgstructure.division;

import static cn.shenyang.grassroots.orgstructure.division.DivisionSyncResourceTest.files;
import static cn.shenyang.grassroots.orgstructure.division.DivisionSyncResourceTest.unit;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.orgstructure.replica.ReplicaProfile;
import cn.shenyang.grassroots.platform.orgreplica.OrgReplica;
import cn.shenyang.grassroots.platform.orgreplica.OrgReplicaSync;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A newer year's data against the stored tree: renamed, new, vanished and moved units, one
 * reclassified, and a replica in another service following through the change feed.
 */
@QuarkusTest
@TestProfile(ReplicaProfile.class)
class DivisionSyncFollowedTest {
    @Inject
    OrgReplica replica;

    @Inject
    OrgReplicaSync replicaSync;

    /** Five files as the package shapes them, from their rows. */
    static Map<String, byte[]> division(String provinces, String cities, String areas, String streets, String villages) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("provinces.csv", ("code,name\n" + provinces).getBytes(StandardCharsets.UTF_8));
        files.put("cities.csv", ("code,name,provinceCode\n" + cities).getBytes(StandardCharsets.UTF_8));
        files.put("areas.csv", ("code,name,cityCode,provinceCode\n" + areas).getBytes(StandardCharsets.UTF_8));
        files.put("streets.csv", ("code,name,areaCode,provinceCode,cityCode\n" + streets).getBytes(StandardCharsets.UTF_8));
        files.put("villages.csv", ("code,name,streetCode,provinceCode,cityCode,areaCode\n" + villages)
                .getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** The made-up province 98, one year and the next. */
    private static Map<String, byte[]> year(String areas, String streets, String villages) {
        return division("98,\"测试省\"\n", "9801,\"测试市\",98\n", areas, streets, villages);
    }

    private static final Map<String, byte[]> YEAR_1 = year("""
            980101,"甲区",9801,98
            980102,"乙县",9801,98
            """, """
            980101001,"一街道",980101,98,9801
            980101101,"二镇",980101,98,9801
            980102201,"三乡",980102,98,9801
            """, """
            980101001001,"东社区",980101001,98,9801,980101
            980101101201,"西村",980101101,98,9801,980101
            980102201202,"南村",980102201,98,9801,980102
            """);

    /** 一街道 renamed; 乙县 became 乙市 (renamed and reclassified); 西村 vanished; 南村 moved to 二镇; 北村 new. */
    private static final Map<String, byte[]> YEAR_2 = year("""
            980101,"甲区",9801,98
            980102,"乙市",9801,98
            """, """
            980101001,"一路街道",980101,98,9801
            980101101,"二镇",980101,98,9801
            980102201,"三乡",980102,98,9801
            """, """
            980101001001,"东社区",980101001,98,9801,980101
            980102201202,"南村",980101101,98,9801,980101
            980102201203,"北村",980102201,98,9801,980102
            """);

    @Test
    void aNewYearRenamesCreatesMovesReclassifiesAndDissolvesAndReplicasFollow() {
        replicaSync.catchUp();
        long before = head();
        files(asAdmin(), YEAR_1).post("/api/v1/org-units/division-sync").then().statusCode(200)
                .body("counts.CREATED", equalTo(10));
        long afterYear1 = head();
        replicaSync.catchUp();
        UUID south = UUID.fromString(unit("980102201202").getString("items[0].id"));
        assertTrue(replica.isWithin(south, UUID.fromString(unit("980102").getString("items[0].id"))));

        files(asAdmin(), YEAR_2).queryParam("dryRun", true).post("/api/v1/org-units/division-sync").then()
                .statusCode(200)
                .body("counts", equalTo(Map.of("CREATED", 1, "RENAMED", 2, "RECLASSIFIED", 1, "MOVED", 1, "DISSOLVED", 1)))
                .body("changes.find { it.kind == 'MOVED' }.previousParentCode", equalTo("980102201"))
                .body("changes.find { it.kind == 'RECLASSIFIED' }.previousLevel", equalTo("COUNTY"));
        assertEquals("一街道", unit("980101001").getString("items[0].name"), "the dry run changed nothing");

        JsonPath applied = files(asAdmin(), YEAR_2).post("/api/v1/org-units/division-sync").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(afterYear1 + 1, applied.getLong("firstCursor"));

        assertEquals("一路街道", unit("980101001").getString("items[0].name"));
        assertEquals("COUNTY_CITY", unit("980102").getString("items[0].level"));
        assertEquals("乙市", unit("980102").getString("items[0].name"));
        assertEquals("DISSOLVED", unit("980101101201").getString("items[0].status"));
        String town = unit("980101101").getString("items[0].id");
        assertEquals(town, unit("980102201202").getString("items[0].parentId"));
        String townPath = unit("980101101").getString("items[0].path");
        assertTrue(unit("980102201202").getString("items[0].path").startsWith(townPath + "."));
        String province = unit("98").getString("items[0].id");
        asAdmin().get("/api/v1/org-units/" + province + "/stats").then()
                .body("totalDescendants", equalTo(9))
                .body("descendantsByLevel.VILLAGE", equalTo(2))
                .body("descendantsByLevel.COUNTY_CITY", equalTo(1))
                .body("descendantsByLevel.COUNTY", equalTo(null));

        // the feed: year 1's CREATED entries are still where they were, written out before their units changed
        List<Map<String, Object>> feed = changesAfter(before);
        List<String> created = new ArrayList<>();
        List<String> later = new ArrayList<>();
        for (Map<String, Object> c : feed) {
            long cursor = ((Number) c.get("cursor")).longValue();
            (cursor <= afterYear1 ? created : later).add(c.get("changeType") + " " + c.get("divisionCode"));
        }
        assertEquals(10, created.size());
        assertTrue(created.stream().allMatch(c -> c.startsWith("CREATED")), created.toString());
        assertTrue(created.contains("CREATED 980101001") && created.contains("CREATED 980102"), created.toString());
        assertEquals(5, later.size(), later.toString());
        assertEquals("CREATED 980102201203", later.get(0));
        assertEquals(java.util.Set.of("UPDATED 980102", "UPDATED 980101001"), java.util.Set.copyOf(later.subList(1, 3)));
        assertEquals(List.of("MOVED 980102201202", "DISSOLVED 980101101201"), later.subList(3, 5));
        Map<String, Object> renamedAtCreation = feed.stream()
                .filter(c -> "CREATED".equals(c.get("changeType")) && "980101001".equals(c.get("divisionCode")))
                .findFirst().orElseThrow();
        assertEquals("一街道", renamedAtCreation.get("name"), "the CREATED entry still says what was created");

        // a replica in another service follows
        replicaSync.catchUp();
        assertEquals("一路街道", replica.find(UUID.fromString(unit("980101001").getString("items[0].id"))).orElseThrow().name());
        assertEquals("COUNTY_CITY", replica.find(UUID.fromString(unit("980102").getString("items[0].id"))).orElseThrow().level());
        assertEquals("DISSOLVED", replica.find(UUID.fromString(unit("980101101201").getString("items[0].id"))).orElseThrow()
                .status());
        assertTrue(replica.isWithin(south, UUID.fromString(town)));
        assertEquals(unit("980102201202").getString("items[0].path"), replica.pathOf(south).orElseThrow());
    }

    @Test
    void aVanishedUnitThatStillHoldsUnitsWithoutCodesIsNotDissolved() {
        String provinces = "99,\"另一省\"\n";
        String cities = "9901,\"另一市\",99\n";
        String areas = "990101,\"丁区\",9901,99\n";
        Map<String, byte[]> first = division(provinces, cities, areas,
                "990101001,\"丁街道\",990101,99,9901\n990101002,\"戊街道\",990101,99,9901\n", "");
        files(asAdmin(), first).post("/api/v1/org-units/division-sync").then().statusCode(200);
        String street = unit("990101002").getString("items[0].id");
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", "网格社区", "level", "COMMUNITY", "parentId", street))
                .post("/api/v1/org-units").then().statusCode(201);

        Map<String, byte[]> next = division(provinces, cities, areas, "990101001,\"丁街道\",990101,99,9901\n", "");
        files(asAdmin(), next).post("/api/v1/org-units/division-sync").then().statusCode(422)
                .body("violations[0].field", equalTo("code 990101002"))
                .body("violations[0].message", containsString("1 active unit(s) without a place in them remain below it"));
        assertEquals("ACTIVE", unit("990101002").getString("items[0].status"));
    }

    private static long head() {
        long cursor = 0;
        while (true) {
            JsonPath batch = asAdmin().queryParam("after", cursor).queryParam("limit", 5000)
                    .get("/api/v1/org-unit-changes").then().extract().jsonPath();
            if (batch.getList("items").isEmpty()) {
                return cursor;
            }
            cursor = batch.getLong("nextCursor");
        }
    }

    private static List<Map<String, Object>> changesAfter(long cursor) {
        List<Map<String, Object>> all = new ArrayList<>();
        while (true) {
            JsonPath batch = asAdmin().queryParam("after", cursor).queryParam("limit", 3)
                    .get("/api/v1/org-unit-changes").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = batch.getList("items");
            if (items.isEmpty()) {
                return all;
            }
            all.addAll(items);
            cursor = batch.getLong("nextCursor");
        }
    }
}
