package cn.shenyang.grassroots.orgstructure.responsibility;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.chain;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.createId;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.department;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.path;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class ResponsibilityResourceTest {

    public static String assign(String unit, String kind, Map<String, Object> who, String from, String to) {
        Map<String, Object> body = new HashMap<>(who);
        body.put("orgUnitId", unit);
        body.put("kind", kind);
        body.put("validFrom", from);
        if (to != null) {
            body.put("validTo", to);
        }
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/responsibility-assignments").then()
                .statusCode(201).extract().path("id");
    }

    public static final Map<String, Object> LEADER = Map.of("personName", "Zhao Gang", "personPost", "Deputy mayor");

    @Test
    void whoIsResponsibleDependsOnTheKind() {
        String[] c = chain();
        String township = createId("TOWNSHIP", c[1]);
        String d = department(c[1]);
        String id = assign(township, "DEPARTMENT", Map.of("departmentId", d), "2021-01-01", null);
        asAdmin().get("/api/v1/responsibility-assignments/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("departmentId", equalTo(d)).body("kind", equalTo("DEPARTMENT"));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("orgUnitId", township, "kind", "FIRST_SECRETARY", "validFrom", "2021-01-01", "departmentId", d))
                .post("/api/v1/responsibility-assignments").then().statusCode(400)
                .body("violations[0].field", equalTo("personName"));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("orgUnitId", township, "kind", "PAIRED_AGENCY", "validFrom", "2021-01-01",
                        "agencyName", "City Bureau", "personName", "x"))
                .post("/api/v1/responsibility-assignments").then().statusCode(400)
                .body("violations[0].field", equalTo("personName"));
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("orgUnitId", c[1], "kind", "PAIRED_AGENCY", "validFrom", "2021-01-01", "agencyName", "x"))
                .post("/api/v1/responsibility-assignments").then().statusCode(400)
                .body("violations[0].field", equalTo("orgUnitId"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("orgUnitId", township, "kind", "DEPARTMENT", "validFrom", "2021-01-01", "validTo", "2021-12-31",
                        "departmentId", d))
                .put("/api/v1/responsibility-assignments/" + id).then().statusCode(200).body("validTo", equalTo("2021-12-31"));
        String[] elsewhere = chain();
        as("m", Roles.ORG_MANAGER, path(elsewhere[1])).get("/api/v1/responsibility-assignments/" + id).then().statusCode(404);
    }

    @Test
    void villagesWithoutAllFourOnesOnADay() {
        String[] c = chain();
        String township = createId("TOWNSHIP", c[1]);
        String full = createId("VILLAGE", township);
        String partial = createId("VILLAGE", township);
        String none = createId("VILLAGE", township);
        assign(full, "CITY_LEADER_LINK", LEADER, "2020-01-01", null);
        assign(full, "TOWNSHIP_LEADER_COVER", LEADER, "2020-01-01", null);
        assign(full, "FIRST_SECRETARY", LEADER, "2020-01-01", null);
        assign(full, "PAIRED_AGENCY", Map.of("agencyName", "Shenyang Tax Bureau"), "2020-01-01", "2020-12-31");
        assign(partial, "FIRST_SECRETARY", LEADER, "2020-01-01", null);

        asAdmin().queryParam("orgUnitId", township).queryParam("on", "2020-06-01")
                .get("/api/v1/responsibility-assignments/coverage-gaps").then().statusCode(200)
                .body("items.id", contains(partial, none)).body("totalItems", equalTo(2))
                .body("items[0].missingKinds", contains("CITY_LEADER_LINK", "PAIRED_AGENCY", "TOWNSHIP_LEADER_COVER"))
                .body("items[1].missingKinds.size()", equalTo(4));
        // the agency's pairing ended: the full village now misses it
        asAdmin().queryParam("orgUnitId", township).queryParam("on", "2021-01-01")
                .get("/api/v1/responsibility-assignments/coverage-gaps").then()
                .body("items.id", contains(full, partial, none)).body("items[0].missingKinds", contains("PAIRED_AGENCY"));
        asAdmin().queryParam("orgUnitId", township).queryParam("on", "2020-06-01").queryParam("kinds", "FIRST_SECRETARY")
                .get("/api/v1/responsibility-assignments/coverage-gaps").then().body("items.id", contains(none));
        asAdmin().queryParam("orgUnitId", township).queryParam("kinds", "MAYOR")
                .get("/api/v1/responsibility-assignments/coverage-gaps").then().statusCode(400)
                .body("violations[0].field", equalTo("kinds"));
    }
}
