package cn.shenyang.grassroots.orgstructure.dictionary;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.chain;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.department;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.liaison;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GovernanceDictionaryResourceTest {
    @Test
    void everyGovernanceEnumValueHasBothLabels() {
        Map<String, List<Map<String, String>>> dictionaries = as("viewer", Roles.VIEWER, "1")
                .get("/api/v1/governance-dictionaries").then().statusCode(200)
                .body("whistleStatus.value", contains("RAISED", "DISPATCHED", "IN_PROGRESS", "RESOLVED", "CLOSED", "RETURNED"))
                .body("whistleStatus.find { it.value == 'RAISED' }.labelZh", equalTo("已吹哨"))
                .body("whistleAction.find { it.value == 'CHECK_IN' }.labelZh", equalTo("报到"))
                .body("urgency.value", contains("URGENT", "ORDINARY", "COMPLEX"))
                .body("evaluation.find { it.value == 'COMPETENT' }.labelEn", equalTo("Competent"))
                .body("serviceSiteKind.find { it.value == 'RED_STATION' }.labelZh", equalTo("红色驿站"))
                .body("responsibilityKind.find { it.value == 'FIRST_SECRETARY' }.labelZh", equalTo("驻村第一书记"))
                .extract().as(Map.class);
        assertEquals(List.of("whistleStatus", "whistleAction", "urgency", "escalation", "departmentKind", "memberUnitKind",
                "memberUnitStatus", "evaluation", "responsibilityKind", "serviceSiteKind", "assessmentGrade"),
                List.copyOf(dictionaries.keySet()));
        dictionaries.forEach((name, entries) -> entries.forEach(e -> {
            assertFalse(e.get("labelZh").isBlank(), name + " " + e);
            assertFalse(e.get("labelEn").isBlank(), name + " " + e);
        }));
    }

    @Test
    void aLiaisonReadsThemAndNobodyAnonymous() {
        liaison(department(chain()[1])).get("/api/v1/governance-dictionaries").then().statusCode(200)
                .body("departmentKind.value", contains("PARTY_DEPARTMENT", "GOVERNMENT_DEPARTMENT", "PUBLIC_INSTITUTION",
                        "MASS_ORGANIZATION", "STATE_OWNED_ENTERPRISE", "VERTICAL_AGENCY"));
        given().get("/api/v1/governance-dictionaries").then().statusCode(401);
    }
}
