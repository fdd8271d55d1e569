package cn.shenyang.grassroots.volunteer;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The conventions the quality gates lint and fuzz, checked on this service's own document. */
@QuarkusTest
@SuppressWarnings("unchecked")
class OpenApiContractTest {
    private static final Set<String> BARE = Set.of("Action", "Stage", "Level", "Status", "Kind", "Shift", "Entry", "Page",
            "Item", "Summary", "Counts", "Create", "Update", "Save");

    private static Map<String, Object> document() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().as(Map.class);
    }

    @Test
    void everyOperationIsNamedTaggedSummarisedAndDescribed() {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document().get("paths");
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (var path : paths.entrySet()) {
            assertTrue(path.getKey().startsWith("/api/v1/"), path.getKey());
            for (var op : path.getValue().entrySet()) {
                Map<String, Object> o = (Map<String, Object>) op.getValue();
                String where = op.getKey() + " " + path.getKey();
                String id = (String) o.get("operationId");
                if (id == null || !id.matches("[a-z]+[A-Z][A-Za-z]+")) {
                    problems.add(where + ": operationId " + id);
                } else if (!ids.add(id)) {
                    problems.add(where + ": duplicate operationId " + id);
                }
                if (o.get("summary") == null || o.get("description") == null) {
                    problems.add(where + ": summary and description");
                }
                if (o.get("tags") == null || ((List<?>) o.get("tags")).isEmpty()) {
                    problems.add(where + ": tag");
                }
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) o.get("responses");
                for (var r : responses.entrySet()) {
                    if (r.getKey().startsWith("2") && !r.getKey().equals("204") && r.getValue().get("content") == null) {
                        problems.add(where + ": " + r.getKey() + " without a schema");
                    }
                }
                if (responses.containsKey("201")) {
                    Map<String, Object> headers = (Map<String, Object>) responses.get("201").get("headers");
                    if (headers == null || !headers.containsKey("Location")) {
                        problems.add(where + ": 201 without a Location header");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(ids.size() >= 60, "operations: " + ids.size());
        assertTrue(ids.containsAll(Set.of("createVolunteer", "listServiceRecords", "performOpinionAction", "importVolunteers",
                "exportVolunteers", "importServiceRecords", "createActivitySignUp", "createActivityCheckIn",
                "createServiceRecordCorrection", "checkServiceCertificate", "createResidentialCompoundGradeChange",
                "createTripartiteDecisionFollowUp", "getVolunteerStats", "getOpinionAllowedActions")), ids.toString());
    }

    @Test
    void schemasAreDomainNamedAndViewsSayWhatTheyAlwaysCarry() {
        Map<String, Object> components = (Map<String, Object>) document().get("components");
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) components.get("schemas");
        for (String name : schemas.keySet()) {
            assertFalse(BARE.contains(name), "bare schema name " + name);
        }
        for (String view : List.of("Volunteer", "VolunteerTeam", "ServiceActivity", "ServiceRecord", "ServiceCertificate",
                "ResidentialCompound", "PropertyCompany", "OwnersCommittee", "Representative", "RepresentativeStudio", "Opinion")) {
            List<String> required = (List<String>) schemas.get(view).get("required");
            assertNotNull(required, view);
            assertTrue(required.contains("id"), view + " requires id");
        }
        List<String> volunteer = (List<String>) schemas.get("Volunteer").get("required");
        assertTrue(volunteer.containsAll(List.of("version", "createdAt", "phone", "idNumber", "status")), volunteer.toString());
        Map<String, Map<String, Object>> create = (Map<String, Map<String, Object>>) schemas.get("CreateVolunteer").get("properties");
        assertEquals(100, create.get("name").get("maxLength"));
        assertEquals(18, create.get("idNumber").get("maxLength"));
    }

    @Test
    void everyStatisticsFigureStatesItsDefinition() {
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) document()
                .get("components")).get("schemas");
        Map<String, List<String>> figures = Map.of(
                "VolunteerStats", List.of("periodEnd", "teamsByKind", "compoundsByGrade"),
                "VolunteerStatsVolunteers", List.of("volunteers", "partyMemberVolunteers", "hours", "byStarLevel"),
                "VolunteerStatsActivities", List.of("fairsHeld", "fairServiceItems", "heldByKind"),
                "VolunteerStatsOpinions", List.of("received", "receivedByStatus", "resolved", "convertedToProposals", "openDaysHeld"));
        figures.forEach((schema, properties) -> {
            Map<String, Map<String, Object>> props = (Map<String, Map<String, Object>>) schemas.get(schema).get("properties");
            for (String property : properties) {
                Object description = props.get(property).get("description");
                assertTrue(description instanceof String d && d.length() > 20, schema + "." + property + " has no definition");
            }
            assertTrue(((List<String>) schemas.get(schema).get("required")).containsAll(properties), schema + " required");
        });
    }

    @Test
    void dictionariesLabelEveryEnum() {
        asAdmin().get("/api/v1/volunteer-dictionaries").then().statusCode(200)
                .body("propertyServiceGrade.find { it.value == 'SELF_SERVICE' }.labelZh", equalTo("共谋共享自我服务小区(自治物业)"))
                .body("serviceTheme.find { it.value == 'PARTY_BUILDING_EPIDEMIC_PREVENTION' }.labelZh", equalTo("党建+防疫"))
                .body("opinionStatus.size()", equalTo(6))
                .body("teamKind.find { it.value == 'SPECIALTY_SQUAD' }.labelZh", equalTo("区级特色分队"))
                .body("representativeBody.find { it.value == 'CPPCC' }.labelZh", equalTo("政协委员"));
        given().get("/api/v1/volunteer-dictionaries").then().statusCode(401);
    }
}
