package cn.shenyang.grassroots.orgstructure.orgunit;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrgUnitDictionaryResourceTest {
    @Test
    void levelsCarryLabelsAndTheirAllowedParents() {
        as("viewer", Roles.VIEWER, "1").get("/api/v1/org-unit-dictionaries").then().statusCode(200)
                .body("levels", hasSize(7))
                .body("levels.find { it.code == 'COMMUNITY' }.labelZh", equalTo("社区"))
                .body("levels.find { it.code == 'COMMUNITY' }.allowedParents", contains("SUBDISTRICT", "TOWNSHIP"))
                .body("levels.find { it.code == 'CITY' }.allowedParents", hasSize(0))
                .body("partyOrganizationKinds.find { it.code == 'WORKING_COMMITTEE' }.labelZh", equalTo("党工委"));
    }
}
