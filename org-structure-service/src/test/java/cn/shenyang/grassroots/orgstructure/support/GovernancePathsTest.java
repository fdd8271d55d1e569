package cn.shenyang.grassroots.orgstructure.support;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.chain;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.createId;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.etag;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.category;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.department;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.pairing;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.path;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.whistle;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A community moved to another sub-district takes its whistles and pairings with it. */
@QuarkusTest
class GovernancePathsTest {

    @Test
    void governanceRowsFollowAMovedSubtree() {
        String[] c = chain();
        String otherSubdistrict = createId("SUBDISTRICT", c[1]);
        String w = whistle(c[3], category(), "ORDINARY", null);
        String p = pairing(department(c[1]), c[3], "2020-01-01", null);
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(c[3]))
                .body(Map.of("newParentId", otherSubdistrict)).post("/api/v1/org-units/" + c[3] + "/move")
                .then().statusCode(200);

        as("old", Roles.ORG_MANAGER, path(c[2])).get("/api/v1/whistles/" + w).then().statusCode(404);
        as("new", Roles.ORG_MANAGER, path(otherSubdistrict)).get("/api/v1/whistles/" + w).then().statusCode(200);
        as("community", Roles.ORG_MANAGER, path(c[3])).get("/api/v1/pairings/" + p).then().statusCode(200);
        as("new", Roles.ORG_MANAGER, path(otherSubdistrict)).queryParam("orgUnitId", otherSubdistrict)
                .get("/api/v1/whistles").then().body("items.id", contains(w)).body("totalItems", equalTo(1));
    }
}
