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
                .body("levels.code", contains("PROVINCE", "CITY", "DISTRICT", "COUNTY", "AUTONOMOUS_COUNTY", "COUNTY_CITY",
                        "BANNER", "AUTONOMOUS_BANNER", "FORESTRY_AREA", "SPECIAL_AREA", "OTHER_COUNTY_LEVEL", "SUBDISTRICT",
                        "TOWN", "TOWNSHIP", "OTHER_TOWNSHIP_LEVEL", "COMMUNITY", "VILLAGE"))
                .body("levels.find { it.code == 'COMMUNITY' }.labelZh", equalTo("社区(居委会)"))
                .body("levels.find { it.code == 'COMMUNITY' }.labelEn", equalTo("Community (residents' committee)"))
                .body("levels.find { it.code == 'COMMUNITY' }.tier", equalTo("VILLAGE"))
                .body("levels.find { it.code == 'COMMUNITY' }.allowedParents",
                        contains("SUBDISTRICT", "TOWN", "TOWNSHIP", "OTHER_TOWNSHIP_LEVEL"))
                .body("levels.find { it.code == 'TOWN' }.labelZh", equalTo("镇"))
                .body("levels.find { it.code == 'BANNER' }.allowedParents", contains("CITY"))
                .body("levels.find { it.code == 'CITY' }.allowedParents", contains("PROVINCE"))
                .body("levels.find { it.code == 'CITY' }.mayBeRoot", equalTo(true))
                .body("levels.find { it.code == 'PROVINCE' }.allowedParents", hasSize(0))
                .body("levels.find { it.code == 'DISTRICT' }.mayBeRoot", equalTo(false))
                .body("tiers.code", contains("PROVINCE", "PREFECTURE", "COUNTY", "TOWNSHIP", "VILLAGE"))
                .body("tiers.codeLength", contains(2, 4, 6, 9, 12))
                .body("tiers.find { it.code == 'TOWNSHIP' }.levels",
                        contains("SUBDISTRICT", "TOWN", "TOWNSHIP", "OTHER_TOWNSHIP_LEVEL"))
                .body("partyOrganizationKinds.find { it.code == 'WORKING_COMMITTEE' }.labelZh", equalTo("党工委"));
    }
}
