package cn.shenyang.grassroots.orgstructure.support;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.unique;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;

import cn.shenyang.grassroots.platform.security.Claims;
import cn.shenyang.grassroots.platform.security.Roles;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Departments, pairings and whistles built through the public API, with unique names. */
public final class GovernanceFixtures {
    private GovernanceFixtures() {}

    public static String path(String orgUnitId) {
        return asAdmin().get("/api/v1/org-units/" + orgUnitId).then().statusCode(200).extract().path("path");
    }

    public static String department(String districtId) {
        return asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", unique("dept"), "districtId", districtId, "kind", "GOVERNMENT_DEPARTMENT",
                        "liaison", Map.of("name", "Wang Li", "phone", "13812345678")))
                .post("/api/v1/departments").then().statusCode(201).extract().path("id");
    }

    /** A category with the default deadlines (URGENT 2 h / 1 day, ORDINARY 24 h / 7 days, COMPLEX 24 h / 15 days). */
    public static String category() {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("name", unique("category")))
                .post("/api/v1/whistle-categories").then().statusCode(201).extract().path("id");
    }

    /** A whistle raised by an ADMIN for the community at {@code at} (ISO 8601 with offset). */
    public static String whistle(String communityId, String categoryId, String urgency, String at) {
        return asAdmin().contentType(ContentType.JSON).body(raise(communityId, categoryId, urgency, at))
                .post("/api/v1/whistles").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> raise(String communityId, String categoryId, String urgency, String at) {
        Map<String, Object> body = new HashMap<>(Map.of("communityId", communityId, "categoryId", categoryId,
                "title", unique("Blocked drain"), "description", "Sewage overflows in the courtyard of building 3",
                "location", Map.of("address", "育林社区 3号楼", "latitude", 41.65, "longitude", 123.34),
                "urgency", urgency));
        if (at != null) {
            body.put("occurredAt", at);
        }
        return body;
    }

    /** rest-assured's given() as the liaison of a department (the token carries departmentId). */
    public static RequestSpecification liaison(String departmentId) {
        String token = Jwt.issuer(Claims.ISSUER).subject("liaison-" + departmentId.substring(0, 8))
                .upn("liaison-" + departmentId.substring(0, 8)).groups(Set.of(Roles.DEPARTMENT_LIAISON))
                .claim(Claims.DEPARTMENT_ID, departmentId).expiresIn(600).sign();
        return RestAssured.given().auth().oauth2(token);
    }

    /** Takes a workflow step as {@code who}, with the whistle's current ETag. */
    public static ValidatableResponse act(RequestSpecification who, String whistleId, Map<String, Object> step) {
        String etag = asAdmin().get("/api/v1/whistles/" + whistleId).then().statusCode(200).extract().header("ETag");
        return who.contentType(ContentType.JSON).header("If-Match", etag).body(step)
                .post("/api/v1/whistles/" + whistleId + "/actions").then();
    }

    public static String pairing(String departmentId, String communityId, String from, String to) {
        Map<String, Object> body = new HashMap<>(Map.of("departmentId", departmentId, "communityId", communityId,
                "validFrom", from));
        if (to != null) {
            body.put("validTo", to);
        }
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/pairings").then().statusCode(201)
                .extract().path("id");
    }
}
