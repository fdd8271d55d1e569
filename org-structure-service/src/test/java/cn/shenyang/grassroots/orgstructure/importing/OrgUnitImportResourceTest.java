package cn.shenyang.grassroots.orgstructure.importing;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.code;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.createId;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.unique;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrgUnitImportResourceTest {
    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    static byte[] utf8(String body) {
        return body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void ndjsonImportsATreeWhoseRowsReferToEarlierRows() {
        String city = createId("CITY", null);
        String d = code(6);
        String t = code(9);
        String name = unique("辽中区");
        String body = String.join("\n",
                "{\"name\":\"" + name + "\",\"level\":\"DISTRICT\",\"parentId\":\"" + city + "\",\"divisionCode\":\"" + d
                        + "\",\"partyOrgKind\":\"COMMITTEE\",\"partyOrgName\":\"中共辽中区委\"}",
                "{\"name\":\"茨榆坨镇\",\"level\":\"TOWN\",\"parentDivisionCode\":\"" + d + "\",\"divisionCode\":\"" + t + "\"}",
                "",
                "{\"name\":\"草莓村\",\"level\":\"VILLAGE\",\"parentDivisionCode\":\"" + t + "\"}",
                "{\"name\":\"大堡村\",\"level\":\"VILLAGE\",\"parentDivisionCode\":\"" + t + "\",\"partySecretaryName\":null}");
        long firstCursor = asAdmin().contentType("application/x-ndjson").body(utf8(body)).post("/api/v1/org-units/import")
                .then().statusCode(200)
                .body("imported", equalTo(4))
                .body("importedByLevel.VILLAGE", equalTo(2))
                .body("importedByLevel.TOWN", equalTo(1))
                .extract().jsonPath().getLong("firstCursor");

        String districtId = asAdmin().queryParam("divisionCode", d).get("/api/v1/org-units").then()
                .body("items[0].name", equalTo(name))
                .body("items[0].parentId", equalTo(city))
                .body("items[0].partyOrganization.name", equalTo("中共辽中区委"))
                .extract().path("items[0].id");
        asAdmin().get("/api/v1/org-units/" + districtId + "/stats").then()
                .body("totalDescendants", equalTo(3)).body("descendantsByLevel.VILLAGE", equalTo(2));
        String cityPath = asAdmin().get("/api/v1/org-units/" + city).then().extract().path("path");
        asAdmin().queryParam("ancestorId", city).queryParam("level", "VILLAGE").queryParam("sort", "name")
                .get("/api/v1/org-units").then()
                .body("items.name", contains("大堡村", "草莓村"))
                .body("items[0].path", startsWith(cityPath + "."))
                .body("items[0].depth", equalTo(4));
        // imported units are in the change feed like any other create
        asAdmin().queryParam("after", firstCursor - 1).queryParam("limit", 10).get("/api/v1/org-unit-changes").then()
                .body("items.orgUnitId", hasItem(districtId));
    }

    @Test
    void importedUnitsAreInTheFeedAtTheirCursorsAndKeepTheirCreatedEntryWhenTheyChange() {
        String city = createId("CITY", null);
        String d = code(6);
        String body = "{\"name\":\"甲区\",\"level\":\"DISTRICT\",\"parentId\":\"" + city + "\",\"divisionCode\":\"" + d + "\"}\n"
                + "{\"name\":\"乙镇\",\"level\":\"TOWN\",\"parentDivisionCode\":\"" + d + "\"}\n";
        io.restassured.path.json.JsonPath report = asAdmin().contentType("application/x-ndjson").body(utf8(body))
                .post("/api/v1/org-units/import").then().statusCode(200).extract().jsonPath();
        long first = report.getLong("firstCursor");
        assertEquals(first + 1, report.getLong("lastCursor"));
        String district = asAdmin().queryParam("divisionCode", d).get("/api/v1/org-units").then().extract().path("items[0].id");

        java.util.List<java.util.Map<String, Object>> created = feed(first - 1, 2);
        assertEquals(java.util.List.of("CREATED 甲区 " + first, "CREATED 乙镇 " + (first + 1)),
                created.stream().map(c -> c.get("changeType") + " " + c.get("name") + " " + c.get("cursor")).toList());

        asAdmin().contentType(io.restassured.http.ContentType.JSON).header("If-Match", "\"0\"")
                .body(java.util.Map.of("name", "甲新区", "divisionCode", d)).put("/api/v1/org-units/" + district)
                .then().statusCode(200);
        java.util.List<java.util.Map<String, Object>> after = feed(first - 1, 5000);
        assertEquals(created, after.subList(0, 2), "the CREATED entries are unchanged, at the same cursors");
        assertEquals(java.util.List.of("UPDATED 甲新区 1"), after.stream().skip(2)
                .filter(c -> district.equals(c.get("orgUnitId")))
                .map(c -> c.get("changeType") + " " + c.get("name") + " " + c.get("version")).toList());
    }

    private static java.util.List<java.util.Map<String, Object>> feed(long after, int limit) {
        return asAdmin().queryParam("after", after).queryParam("limit", limit).get("/api/v1/org-unit-changes")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    @Test
    void csvImportsWithQuotedFields() {
        String city = createId("CITY", null);
        String d = code(6);
        String body = "name,level,parentId,parentDivisionCode,divisionCode,partyOrgKind,partyOrgName,partySecretaryName\n"
                + "\"苏家屯区, 新\",DISTRICT," + city + ",," + d + ",COMMITTEE,区委,\"王五\"\n"
                + "八一街道,SUBDISTRICT,," + d + ",,,,\n";
        asAdmin().contentType("text/csv").body(utf8(body)).post("/api/v1/org-units/import")
                .then().statusCode(200).body("imported", equalTo(2));
        asAdmin().queryParam("ancestorId", city).queryParam("sort", "path").get("/api/v1/org-units").then()
                .body("items.name", contains("苏家屯区, 新", "八一街道"))
                .body("items[0].partyOrganization.secretaryName", equalTo("王五"));
    }

    @Test
    void oneBadRowRejectsTheWholeFileAndReportsEveryBadRow() {
        String city = createId("CITY", null);
        String d = code(6);
        String u = code(12);
        String name = unique("good");
        String body = String.join("\n",
                "{\"name\":\"" + name + "\",\"level\":\"DISTRICT\",\"parentId\":\"" + city + "\",\"divisionCode\":\"" + d + "\"}",
                "{\"name\":\"x\",\"level\":\"VILLAGE\",\"parentDivisionCode\":\"" + d + "\"}",
                "{\"name\":\"y\",\"level\":\"TOWNSHIP\",\"parentDivisionCode\":\"999999999999\"}",
                "{\"name\":\"z\",\"level\":\"HAMLET\",\"parentId\":\"" + city + "\"}",
                "{not json",
                "{\"name\":\"" + name + "\",\"level\":\"DISTRICT\",\"parentId\":\"" + city + "\"}",
                "{\"name\":\"w\",\"level\":\"DISTRICT\",\"parentId\":\"" + city + "\",\"divisionCode\":\"" + d + "\"}",
                "{\"name\":\"v\",\"level\":\"DISTRICT\",\"parentId\":\"" + city + "\",\"colour\":\"red\"}",
                "{\"name\":\"u\",\"level\":\"VILLAGE\",\"parentId\":\"" + city + "\",\"divisionCode\":\"" + u + "\"}",
                "{\"name\":\"t\",\"level\":\"TOWNSHIP\",\"parentDivisionCode\":\"" + u + "\"}",
                "{\"name\":\"s\",\"level\":\"TOWN\",\"parentDivisionCode\":\"" + d + "\",\"divisionCode\":\"21\"}",
                "{\"name\":\"r\",\"level\":\"DISTRICT\",\"name\":\"q\",\"parentId\":\"" + city + "\"}");
        asAdmin().contentType("application/x-ndjson").body(utf8(body)).post("/api/v1/org-units/import")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was stored"))
                .body("violations.field", contains("rows[4].level", "rows[5].line", "rows[8].colour", "rows[12].name",
                        "rows[2].level", "rows[3].parentDivisionCode", "rows[6].name", "rows[7].divisionCode", "rows[9].level", "rows[10].parentDivisionCode",
                        "rows[11].divisionCode"))
                .body("violations[3].message", equalTo("appears more than once"))
                .body("violations[9].message", containsString("its parent row"))
                .body("violations[10].message", equalTo("a TOWN has a 9-digit official division code; '21' has 2"))
                .body("violations[4].message", containsString("cannot sit under a DISTRICT"));
        asAdmin().queryParam("parentId", city).get("/api/v1/org-units").then().body("totalItems", equalTo(0));
    }

    @Test
    void fieldsLongerThanTheirColumnsAreReportedNotStored() {
        String city = createId("CITY", null);
        String body = String.join("\n",
                "{\"name\":\"" + "长".repeat(201) + "\",\"level\":\"DISTRICT\",\"parentId\":\"" + city + "\"}",
                "{\"name\":\"a\",\"level\":\"DISTRICT\",\"parentId\":\"" + city + "\",\"partyOrgKind\":\"COMMITTEE\","
                        + "\"partyOrgName\":\"" + "委".repeat(201) + "\"}",
                "{\"name\":\"b\",\"level\":\"DISTRICT\",\"parentId\":\"" + city + "\",\"partyOrgKind\":\"COMMITTEE\","
                        + "\"partyOrgName\":\"区委\",\"partySecretaryName\":\"" + "王".repeat(101) + "\"}",
                "{\"name\":\"c\",\"level\":\"DISTRICT\",\"parentId\":\"" + city + "\",\"partyOrgKind\":\"COMMITTEE\","
                        + "\"partyOrgName\":\"" + "委".repeat(200) + "\",\"partySecretaryName\":\"" + "王".repeat(100) + "\"}");
        asAdmin().contentType("application/x-ndjson").body(utf8(body)).post("/api/v1/org-units/import")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("rows[1].name", "rows[2].partyOrgName", "rows[3].partySecretaryName"))
                .body("violations.message", contains("must be at most 200 characters", "must be at most 200 characters",
                        "must be at most 100 characters"));
        asAdmin().queryParam("parentId", city).get("/api/v1/org-units").then().body("totalItems", equalTo(0));
    }

    @Test
    void aDissolvedParentIsReportedUnderTheFieldTheRowNamedItBy() {
        String city = createId("CITY", null);
        String gone = createId("DISTRICT", city);
        String code = code(6);
        asAdmin().contentType(io.restassured.http.ContentType.JSON).header("If-Match", "*")
                .body(java.util.Map.of("name", unique("gone"), "divisionCode", code)).put("/api/v1/org-units/" + gone)
                .then().statusCode(200);
        asAdmin().contentType(io.restassured.http.ContentType.JSON).header("If-Match", "*")
                .body(java.util.Map.of("reason", "merged")).post("/api/v1/org-units/" + gone + "/dissolve")
                .then().statusCode(200);
        String body = "{\"name\":\"a\",\"level\":\"TOWN\",\"parentId\":\"" + gone + "\"}\n"
                + "{\"name\":\"b\",\"level\":\"TOWN\",\"parentDivisionCode\":\"" + code + "\"}";
        asAdmin().contentType("application/x-ndjson").body(utf8(body)).post("/api/v1/org-units/import")
                .then().statusCode(422)
                .body("violations.field", contains("rows[1].parentId", "rows[2].parentDivisionCode"))
                .body("violations.message", contains("the parent is dissolved", "the parent is dissolved"));
    }

    @Test
    void importsStayInsideTheCallersScope() {
        String mine = createId("DISTRICT", createId("CITY", null));
        String theirs = createId("DISTRICT", createId("CITY", null));
        String myPath = asAdmin().get("/api/v1/org-units/" + mine).then().extract().path("path");
        String body = "{\"name\":\"s\",\"level\":\"SUBDISTRICT\",\"parentId\":\"" + theirs + "\"}\n"
                + "{\"name\":\"c\",\"level\":\"CITY\"}";
        as("script", Roles.INTEGRATION, myPath).contentType("application/x-ndjson").body(utf8(body))
                .post("/api/v1/org-units/import").then().statusCode(422)
                .body("violations.field", contains("rows[1].parentId", "rows[2].parentId"));
        as("script", Roles.INTEGRATION, myPath).contentType("application/x-ndjson")
                .body(utf8("{\"name\":\"s\",\"level\":\"SUBDISTRICT\",\"parentId\":\"" + mine + "\"}"))
                .post("/api/v1/org-units/import").then().statusCode(200).body("imported", equalTo(1));
        as("viewer", Roles.VIEWER, myPath).contentType("application/x-ndjson")
                .body(utf8("{\"name\":\"s2\",\"level\":\"SUBDISTRICT\",\"parentId\":\"" + mine + "\"}"))
                .post("/api/v1/org-units/import").then().statusCode(403);
    }

    @Test
    void emptyFilesAndUnsupportedMediaTypesAreRefused() {
        asAdmin().contentType("application/x-ndjson").body(utf8("\n\n")).post("/api/v1/org-units/import")
                .then().statusCode(400).body("violations[0].field", equalTo("body"));
        asAdmin().contentType("application/xml").body(utf8("<a/>")).post("/api/v1/org-units/import")
                .then().statusCode(415).contentType("application/problem+json");
        asAdmin().contentType("text/csv").body(utf8("name,level\n")).post("/api/v1/org-units/import")
                .then().statusCode(400);
        asAdmin().contentType("text/csv").body(utf8("name,level,region\nx,CITY,north\n")).post("/api/v1/org-units/import")
                .then().statusCode(422).body("violations", hasSize(1))
                .body("violations[0].field", equalTo("rows[1].region"));
    }

    @Test
    void anImportThatChangesTheTableEnoughRefreshesItsStatisticsAtOnce() throws Exception {
        long rows = scalar("select greatest(c.reltuples, coalesce(s.n_live_tup, 0))::bigint from pg_class c"
                + " left join pg_stat_user_tables s on s.relid = c.oid where c.relname = 'org_unit'");
        long analyzedBefore = scalar("select analyze_count from pg_stat_user_tables where relname = 'org_unit'");
        String city = createId("CITY", null);
        String d = code(6);
        String t = code(9);
        StringBuilder body = new StringBuilder("{\"name\":\"" + unique("区") + "\",\"level\":\"DISTRICT\",\"parentId\":\""
                + city + "\",\"divisionCode\":\"" + d + "\"}\n{\"name\":\"镇\",\"level\":\"TOWN\",\"parentDivisionCode\":\""
                + d + "\",\"divisionCode\":\"" + t + "\"}\n");
        long villages = 50 + Math.max(0, rows) / 10;
        for (long i = 0; i < villages; i++) {
            body.append("{\"name\":\"村").append(i).append("\",\"level\":\"VILLAGE\",\"parentDivisionCode\":\"").append(t)
                    .append("\"}\n");
        }
        asAdmin().contentType("application/x-ndjson").body(utf8(body.toString())).post("/api/v1/org-units/import")
                .then().statusCode(200).body("imported", equalTo((int) villages + 2));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (scalar("select analyze_count from pg_stat_user_tables where relname = 'org_unit'") == analyzedBefore
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(analyzedBefore + 1, scalar("select analyze_count from pg_stat_user_tables where relname = 'org_unit'"),
                "ANALYZE ran after the import committed");
    }

    private long scalar(String sql) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
