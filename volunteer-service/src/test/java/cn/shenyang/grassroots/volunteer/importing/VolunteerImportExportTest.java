package cn.shenyang.grassroots.volunteer.importing;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.volunteer.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VolunteerImportExportTest {
    static final String HEADER = "name,gender,birthDate,phone,idNumber,homeCommunityId,partyMember,skills,status,registeredOn\n";

    static String row(Map<String, Object> v, String skills) {
        return v.get("name") + "," + v.get("gender") + "," + v.get("birthDate") + "," + v.get("phone") + "," + v.get("idNumber")
                + "," + v.get("homeCommunityId") + "," + v.get("partyMember") + "," + skills + ",,2019-01-01\n";
    }

    private static long count(Fixtures.Unit community) {
        return ((Number) asAdmin().queryParam("orgUnitId", community.id()).get("/api/v1/volunteers").then().statusCode(200)
                .extract().path("totalItems")).longValue();
    }

    @Test
    void oneBadRowStoresNothingAndTheReportNamesEveryBadRowAndField() {
        Fixtures.Tree t = Fixtures.tree();
        Map<String, Object> a = Fixtures.volunteerBody(t.community().id());
        Map<String, Object> b = Fixtures.volunteerBody(t.community().id());
        Map<String, Object> c = Fixtures.volunteerBody(t.community().id());
        String idNumber = (String) c.get("idNumber");
        Map<String, Object> typo = Fixtures.volunteerBody(t.community().id());
        typo.put("idNumber", idNumber.substring(0, 17) + (idNumber.charAt(17) == '0' ? '1' : '0'));
        Map<String, Object> elsewhere = Fixtures.volunteerBody(Fixtures.tree().community().id());
        String csv = HEADER + row(a, "FIRST_AID;LEGAL") + row(b, "") + row(c, "JUGGLING") + row(c, "") + row(typo, "")
                + row(elsewhere, "") + row(a, "").replace(",true,", ",perhaps,");
        asAdmin().contentType("text/csv").body(csv).post("/api/v1/volunteers/import").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was stored"))
                .body("violations.field", hasItem("rows[3].skills"))
                .body("violations.field", hasItem("rows[4].idNumber"))
                .body("violations.field", hasItem("rows[5].idNumber"))
                .body("violations.field", hasItem("rows[7].partyMember"))
                .body("violations.find { it.field == 'rows[4].idNumber' }.message", equalTo("appears already in row 3"));
        assertEquals(0, count(t.community()));
        // an import as a manager of another subtree does not see the home community
        as("m", Roles.ORG_MANAGER, Fixtures.tree().subdistrict().path()).contentType("text/csv").body(HEADER + row(a, ""))
                .post("/api/v1/volunteers/import").then().statusCode(422)
                .body("violations[0].field", equalTo("rows[1].homeCommunityId"));
        asAdmin().contentType("text/csv").body("name,gender,shoeSize\n王,MALE,42\n").post("/api/v1/volunteers/import").then()
                .statusCode(422).body("violations[0].field", equalTo("header.shoeSize"));
        asAdmin().contentType("text/csv").body(HEADER).post("/api/v1/volunteers/import").then().statusCode(400);
    }

    @Test
    void anAcceptedFileCanBeSentAgainAndAnExportImportsBack() {
        Fixtures.Tree t = Fixtures.tree();
        List<Map<String, Object>> people = new ArrayList<>();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 5; i++) {
            Map<String, Object> v = Fixtures.volunteerBody((i < 3 ? t.community() : t.neighbour()).id());
            people.add(v);
            csv.append(row(v, i == 0 ? "HAIRDRESSING;FIRST_AID" : ""));
        }
        asAdmin().contentType("text/csv").body(csv.toString()).post("/api/v1/volunteers/import").then().statusCode(200)
                .body("imported", equalTo(5)).body("alreadyPresent", equalTo(0));
        asAdmin().contentType("text/csv").body(csv.toString()).post("/api/v1/volunteers/import").then().statusCode(200)
                .body("imported", equalTo(0)).body("alreadyPresent", equalTo(5)).body("alreadyPresentRows", equalTo(List.of(1, 2, 3, 4, 5)));
        people.get(0).put("name", "另一个名字");
        asAdmin().contentType("text/csv").body(HEADER + row(people.get(0), "")).post("/api/v1/volunteers/import").then()
                .statusCode(422).body("violations[0].message", equalTo("is already registered under another name"));
        assertEquals(3, count(t.community()));

        Response export = asAdmin().queryParam("orgUnitId", t.community().id()).get("/api/v1/volunteers/export");
        assertEquals(200, export.statusCode());
        assertTrue(export.contentType().startsWith("text/csv"));
        assertEquals("attachment; filename=volunteers.csv", export.header("Content-Disposition"));
        List<String> lines = export.asString().lines().toList();
        assertEquals(VolunteerExport.HEADER, lines.get(0));
        assertEquals(4, lines.size());
        String first = lines.stream().filter(l -> l.contains((String) people.get(1).get("idNumber"))).findFirst().orElseThrow();
        assertTrue(first.contains("," + people.get(1).get("phone") + ","), first);
        assertTrue(first.endsWith(",ACTIVE,2019-01-01,0.0,0"), first);
        assertTrue(lines.stream().anyMatch(l -> l.contains(",FIRST_AID;HAIRDRESSING,")), lines.toString());
        // the export is a valid import: every row is already present
        asAdmin().contentType("text/csv").body(export.asString()).post("/api/v1/volunteers/import").then().statusCode(200)
                .body("alreadyPresent", equalTo(3));
        String viewer = as("v", Roles.VIEWER, t.subdistrict().path()).queryParam("skill", "HAIRDRESSING")
                .get("/api/v1/volunteers/export").then().statusCode(200).extract().asString();
        List<String> masked = viewer.lines().toList();
        assertEquals(2, masked.size());
        String phone = (String) people.get(0).get("phone");
        assertTrue(masked.get(1).contains("," + phone.substring(0, 3) + "****" + phone.substring(7) + ","), masked.get(1));
        assertTrue(!viewer.contains((String) people.get(0).get("idNumber")));
        assertEquals(1, as("o", Roles.VIEWER, Fixtures.tree().subdistrict().path()).get("/api/v1/volunteers/export").asString()
                .lines().count());
    }

    @Test
    void theExportIsStreamedNotBuiltInMemory() {
        Fixtures.Tree t = Fixtures.tree();
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 3000; i++) {
            LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(i * 7L);
            csv.append("志愿者").append(i).append(",MALE,").append(birth).append(",13800000000,")
                    .append(Fixtures.idNumber(birth, "MALE")).append(',').append(t.community().id()).append(",false,,,2019-01-01\n");
        }
        asAdmin().contentType("text/csv").body(csv.toString()).post("/api/v1/volunteers/import").then().statusCode(200)
                .body("imported", equalTo(3000));
        Response export = asAdmin().queryParam("orgUnitId", t.community().id()).get("/api/v1/volunteers/export");
        assertEquals(200, export.statusCode());
        // no Content-Length: the body was written as it was read, in chunks
        assertNull(export.header("Content-Length"));
        assertEquals("chunked", export.header("Transfer-Encoding"));
        assertEquals(3001, export.asString().lines().count());
    }
}
