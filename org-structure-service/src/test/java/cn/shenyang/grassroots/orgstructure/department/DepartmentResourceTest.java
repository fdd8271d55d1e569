package cn.shenyang.grassroots.orgstructure.department;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.chain;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.createId;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.unique;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.department;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.pairing;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.path;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DepartmentResourceTest {

    @Test
    void createReadUpdateWithEtagAndMaskedPhone() {
        String[] c = chain();
        String name = unique("Civil Affairs");
        var created = asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", name)
                .body(Map.of("name", name, "districtId", c[1], "kind", "GOVERNMENT_DEPARTMENT",
                        "liaison", Map.of("name", "Li Na", "phone", "13912345678")))
                .post("/api/v1/departments").then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("name", equalTo(name)).body("liaison.phone", equalTo("13912345678"))
                .extract();
        String id = created.path("id");
        // a retry replays, another body with the same key is refused
        asAdmin().contentType(ContentType.JSON).header("Idempotency-Key", name)
                .body(Map.of("name", name, "districtId", c[1], "kind", "GOVERNMENT_DEPARTMENT",
                        "liaison", Map.of("name", "Li Na", "phone", "13912345678")))
                .post("/api/v1/departments").then().statusCode(201).body("id", equalTo(id));

        as("viewer", Roles.VIEWER, path(c[1])).get("/api/v1/departments/" + id).then().statusCode(200)
                .body("liaison.phone", equalTo("139****5678"));
        // a sub-district below the district reads the district's departments (it dispatches to them)
        as("sub", Roles.ORG_MANAGER, path(c[2])).get("/api/v1/departments/" + id).then().statusCode(200);
        // ...but cannot edit them
        as("sub", Roles.ORG_MANAGER, path(c[2])).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", "x", "districtId", c[1], "kind", "PUBLIC_INSTITUTION"))
                .put("/api/v1/departments/" + id).then().statusCode(403);

        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(Map.of("name", name + " 2", "districtId", c[1], "kind", "PUBLIC_INSTITUTION"))
                .put("/api/v1/departments/" + id).then().statusCode(412);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("name", name + " 2", "districtId", c[1], "kind", "PUBLIC_INSTITUTION"))
                .put("/api/v1/departments/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("kind", equalTo("PUBLIC_INSTITUTION")).body("liaison", equalTo(null));
    }

    @Test
    void aDepartmentBelongsToACountyLevelUnitWithAUniqueName() {
        String[] c = chain();
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", unique("d"), "districtId", c[2], "kind", "GOVERNMENT_DEPARTMENT"))
                .post("/api/v1/departments").then().statusCode(400).body("violations[0].field", equalTo("districtId"));
        String name = unique("d");
        asAdmin().contentType(ContentType.JSON).body(Map.of("name", name, "districtId", c[1], "kind", "MASS_ORGANIZATION"))
                .post("/api/v1/departments").then().statusCode(201);
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", name.toUpperCase(), "districtId", c[1], "kind", "MASS_ORGANIZATION"))
                .post("/api/v1/departments").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void foreignDepartmentsAre404AndListsAreScoped() {
        String[] mine = chain();
        String[] theirs = chain();
        String mineDept = department(mine[1]);
        String theirDept = department(theirs[1]);
        var manager = as("m", Roles.ORG_MANAGER, path(mine[1]));
        manager.get("/api/v1/departments/" + theirDept).then().statusCode(404);
        as("m", Roles.ORG_MANAGER, path(mine[1])).get("/api/v1/departments").then().statusCode(200)
                .body("items.id", contains(mineDept));
    }

    @Test
    void departmentsOfACommunityAndCommunitiesOfADepartmentOnADay() {
        String[] c = chain();
        String other = createId("COMMUNITY", c[2]);
        String d = department(c[1]);
        pairing(d, c[3], "2020-01-01", "2020-12-31");
        pairing(d, other, "2021-01-01", null);

        asAdmin().queryParam("on", "2020-06-01").get("/api/v1/departments/" + d + "/communities").then().statusCode(200)
                .body("communityId", contains(c[3]));
        asAdmin().queryParam("on", "2021-06-01").get("/api/v1/departments/" + d + "/communities").then()
                .body("communityId", contains(other));
        asAdmin().queryParam("communityId", c[3]).queryParam("pairedOn", "2020-12-31").get("/api/v1/departments").then()
                .body("items.id", contains(d));
        asAdmin().queryParam("communityId", c[3]).queryParam("pairedOn", "2021-01-01").get("/api/v1/departments").then()
                .body("totalItems", equalTo(0));
    }
}
