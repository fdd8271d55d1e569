package cn.shenyang.grassroots.cadre.deployment;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.equalTo;

import cn.shenyang.grassroots.cadre.support.Fixtures;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DutyDeploymentResourceTest {
    private static final String DEPLOYMENTS = "/api/v1/duty-deployments/";

    static String deploy(Fixtures.Unit unit, String kind, int headcount, String startsOn, String endsOn) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "orgUnitId", unit.id().toString(),
                "post", Fixtures.unique("岗位"), "place", "沈苏高速出口", "shift", "ROTATING", "headcount", headcount,
                "startsOn", startsOn));
        if (endsOn != null) {
            body.put("endsOn", endsOn);
        }
        return asAdmin().contentType(ContentType.JSON).body(body).post(DEPLOYMENTS).then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void sujiatunsWartimeFiguresAddUpByKindAndSubtree() {
        Fixtures.Unit district = Fixtures.unit(Fixtures.root(), "DISTRICT");
        Fixtures.Unit street = Fixtures.unit(district, "SUBDISTRICT");
        Fixtures.Unit community = Fixtures.unit(street, "COMMUNITY");
        deploy(district, "HIGHWAY_CHECKPOINT", 300, "2020-01-26", "2020-03-31");
        deploy(district, "HIGHWAY_CHECKPOINT", 150, "2020-02-01", "2020-03-31");
        deploy(community, "COMMUNITY_EPIDEMIC_CONTROL", 156, "2020-01-28", null);
        deploy(street, "OPEN_COMPOUND_DUTY", 1000, "2020-02-05", "2020-04-30");
        deploy(community, "MASS_TESTING", 2000, "2020-12-20", "2020-12-25");

        asAdmin().queryParam("orgUnitId", district.id()).queryParam("from", "2020-01-01").queryParam("to", "2020-12-31")
                .get(DEPLOYMENTS + "counts").then().statusCode(200)
                .body("deployments", equalTo(5))
                .body("headcount", equalTo(3606))
                .body("byKind.find { it.kind == 'HIGHWAY_CHECKPOINT' }.headcount", equalTo(450))
                .body("byKind.find { it.kind == 'HIGHWAY_CHECKPOINT' }.deployments", equalTo(2))
                .body("byKind.find { it.kind == 'COMMUNITY_EPIDEMIC_CONTROL' }.headcount", equalTo(156))
                .body("byKind.find { it.kind == 'OPEN_COMPOUND_DUTY' }.headcount", equalTo(1000))
                .body("byKind.find { it.kind == 'MASS_TESTING' }.headcount", equalTo(2000))
                .body("byKind.find { it.kind == 'OTHER' }.deployments", equalTo(0));
        // the sub-district's subtree, in April: the compound duty and the open-ended community duty
        asAdmin().queryParam("orgUnitId", street.id()).queryParam("from", "2020-04-01").queryParam("to", "2020-04-30")
                .get(DEPLOYMENTS + "counts").then()
                .body("deployments", equalTo(2)).body("headcount", equalTo(1156));
        asAdmin().queryParam("orgUnitId", street.id()).queryParam("from", "2020-04-01").queryParam("to", "2020-03-01")
                .get(DEPLOYMENTS + "counts").then().statusCode(400).body("violations[0].field", equalTo("to"));
        asAdmin().queryParam("orgUnitId", district.id()).queryParam("kind", "HIGHWAY_CHECKPOINT")
                .queryParam("activeOn", "2020-01-27").get(DEPLOYMENTS).then().body("totalItems", equalTo(1));
        as("viewer", Roles.VIEWER, street.path()).queryParam("orgUnitId", district.id()).queryParam("from", "2020-01-01")
                .queryParam("to", "2020-12-31").get(DEPLOYMENTS + "counts").then().statusCode(400);
        as("viewer", Roles.VIEWER, street.path()).get(DEPLOYMENTS).then().body("totalItems", equalTo(3));
    }

    @Test
    void deploymentsAreValidatedAndUpdatedWithIfMatch() {
        Fixtures.Unit street = Fixtures.unit(Fixtures.unit(Fixtures.root(), "DISTRICT"), "SUBDISTRICT");
        asAdmin().contentType(ContentType.JSON).body(Map.of("kind", "HIGHWAY_CHECKPOINT", "orgUnitId", street.id(),
                "post", "x", "place", "y", "shift", "DAY", "headcount", 0, "startsOn", "2020-02-01"))
                .post(DEPLOYMENTS).then().statusCode(400).body("violations[0].field", equalTo("headcount"));
        asAdmin().contentType(ContentType.JSON).body(Map.of("kind", "HIGHWAY_CHECKPOINT", "orgUnitId", street.id(),
                "post", "x", "place", "y", "shift", "DUSK", "headcount", 3, "startsOn", "2020-02-01"))
                .post(DEPLOYMENTS).then().statusCode(400).body("violations[0].field", equalTo("shift"));
        String id = deploy(street, "OTHER", 12, "2020-02-01", null);
        Map<String, Object> update = Map.of("kind", "OTHER", "post", "防汛值守", "place", "浑河堤坝", "shift", "NIGHT",
                "headcount", 20, "startsOn", "2020-02-01", "endsOn", "2020-02-10");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(update).put(DEPLOYMENTS + id)
                .then().statusCode(412);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update).put(DEPLOYMENTS + id)
                .then().statusCode(200).body("headcount", equalTo(20)).body("shift", equalTo("NIGHT"));
        as("viewer", Roles.VIEWER, street.path()).contentType(ContentType.JSON).header("If-Match", "*").body(update)
                .put(DEPLOYMENTS + id).then().statusCode(403);
        as("other", Roles.ORG_MANAGER, Fixtures.tree().district().path()).get(DEPLOYMENTS + id).then().statusCode(404);
    }
}
