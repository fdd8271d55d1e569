package cn.shenyang.grassroots.orgstructure.servicesite;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.chain;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.unique;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.path;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.equalTo;

import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
public class ServiceSiteResourceTest {

    public static String site(String unit, String kind) {
        return asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", unique("site"), "kind", kind, "orgUnitId", unit, "address", "Road 9",
                        "latitude", 41.6, "longitude", 123.4, "openingHours", "Mon–Fri 8:30–17:00"))
                .post("/api/v1/service-sites").then().statusCode(201).extract().path("id");
    }

    @Test
    void sitesAreCountedByKindAndLevelInASubtree() {
        String[] c = chain();
        String centre = site(c[2], "PARTY_MASSES_SERVICE_CENTER");
        site(c[3], "PARTY_MASSES_SERVICE_STATION");
        site(c[3], "RED_STATION");
        site(c[3], "RED_STATION");
        asAdmin().get("/api/v1/service-sites/" + centre).then().statusCode(200).body("level", equalTo("SUBDISTRICT"))
                .body("openingHours", equalTo("Mon–Fri 8:30–17:00"));
        asAdmin().queryParam("orgUnitId", c[1]).get("/api/v1/service-sites/counts").then().statusCode(200)
                .body("total", equalTo(4)).body("byKind.RED_STATION", equalTo(2))
                .body("byKind.PARTY_MASSES_SERVICE_CENTER", equalTo(1)).body("byKind.EXPERIENCE_CENTER", equalTo(null))
                .body("byLevel.COMMUNITY", equalTo(3)).body("byLevel.SUBDISTRICT", equalTo(1));
        asAdmin().queryParam("orgUnitId", c[3]).get("/api/v1/service-sites/counts").then().body("total", equalTo(3));
        asAdmin().queryParam("orgUnitId", c[1]).queryParam("kind", "RED_STATION").get("/api/v1/service-sites").then()
                .body("totalItems", equalTo(2));
        as("c", Roles.ORG_MANAGER, path(c[3])).get("/api/v1/service-sites/" + centre).then().statusCode(404);
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("name", "x", "kind", "RED_STATION", "orgUnitId", c[3], "address", "a", "latitude", 41.6))
                .post("/api/v1/service-sites").then().statusCode(400).body("violations[0].field", equalTo("latitude"));
    }
}
