package cn.shenyang.grassroots.cadre;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiAndDictionariesTest {
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAUniqueOperationIdAndATag() {
        Map<String, Object> doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            assertTrue(path.getKey().startsWith("/api/v1/"), path.getKey());
            for (Map.Entry<String, Object> op : path.getValue().entrySet()) {
                if (!(op.getValue() instanceof Map<?, ?> operation) || !operation.containsKey("responses")) {
                    continue;
                }
                operations++;
                String id = (String) operation.get("operationId");
                assertNotNull(id, op.getKey() + " " + path.getKey());
                assertTrue(ids.add(id), "duplicate operationId " + id);
                assertFalse(((List<?>) operation.get("tags")).isEmpty(), id + " has no tag");
            }
        }
        assertTrue(operations >= 40, "operations: " + operations);
        assertEquals(null, doc.get("servers"));
        // preconditions and replays are documented by the platform's filter, not by each resource
        Map<String, Object> perform = (Map<String, Object>) paths.get("/api/v1/reserve-cadres/{id}/transitions").get("post");
        assertTrue(((Map<String, Object>) perform.get("responses")).keySet().containsAll(Set.of("200", "409", "412", "428")));
        Map<String, Object> create = (Map<String, Object>) paths.get("/api/v1/reserve-cadres").get("post");
        assertTrue(((Map<String, Object>) create.get("responses")).containsKey("422"));
        assertTrue(ids.containsAll(Set.of("importReserveCadres", "getReserveCadreCoverage", "listReserveCadreCoverageGap",
                "recordReserveCadreElection", "listReserveCadreElections")), ids.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFigureOfTheStatisticsStatesItsDefinition() {
        Map<String, Object> doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().as(Map.class);
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) doc
                .get("components")).get("schemas");
        Map<String, List<String>> figures = Map.of(
                "ReserveCadreCounts", List.of("recommended", "reachedReserve", "conversion", "inPool",
                        "admittedProbationary", "becameFullMember", "enteredCommittees", "removed"),
                "ReserveCadreStats", List.of("poolDate", "funnel", "cohortByStage", "bySource", "byChannel", "byTownship",
                        "byVillage"),
                "ReserveCadreFunnelStep", List.of("reached", "conversionFromPrevious"),
                "ReserveCadreMentoringCompliance", List.of("mentorTalks", "secretaryTalks"),
                "TalkCompliance", List.of("owed", "held", "rate"),
                "ReserveCadreCoverage", List.of("villages", "poolMembers", "villagesWithoutPoolMember",
                        "withoutTownshipMentor", "withoutVillageMentor", "withoutTownshipRotation", "withoutVillageDirected"),
                "CadrePostingCounts", List.of("startedInYear", "runningOn"),
                "ReserveCadreImportReport", List.of("imported", "alreadyPresent", "alreadyPresentRows", "importedByStage"));
        figures.forEach((schema, properties) -> {
            Map<String, Object> s = schemas.get(schema);
            assertNotNull(s, schema);
            Map<String, Map<String, Object>> props = (Map<String, Map<String, Object>>) s.get("properties");
            for (String property : properties) {
                Map<String, Object> p = props.get(property);
                assertNotNull(p, schema + "." + property);
                // a $ref carries its description beside it, or on the referenced schema
                Object description = p.get("description");
                if (description == null && p.containsKey("$ref")) {
                    String ref = (String) p.get("$ref");
                    description = schemas.get(ref.substring(ref.lastIndexOf('/') + 1)).get("description");
                }
                assertTrue(description instanceof String d && d.length() > 20, schema + "." + property + " has no definition");
            }
        });
        assertTrue(schemas.get("ReserveCadreStats").get("description").toString().contains("half-up to 4 places"),
                "the rounding of every rate");
    }

    @Test
    void dictionariesLabelEveryEnum() {
        asAdmin().get("/api/v1/reserve-cadre-dictionaries").then().statusCode(200)
                .body("stage.find { it.value == 'IN_RESERVE' }.labelZh", equalTo("入库(后备干部)"))
                .body("source.find { it.value == 'COLLEGE_GRADUATE_OFFICIAL' }.labelZh", equalTo("大学生村官"))
                .body("trainingKind.size()", equalTo(6))
                .body("deploymentKind.find { it.value == 'HIGHWAY_CHECKPOINT' }.labelEn", equalTo("Highway checkpoint"))
                .body("stage.find { it.value == 'ELECTED' }.labelZh", equalTo("进入村\"两委\"班子"))
                .body("postingSource.find { it.value == 'PUBLIC_SELECTION' }.labelZh", equalTo("面向全国公开选调"))
                .body("coverageGap.size()", equalTo(5));
        given().get("/api/v1/reserve-cadre-dictionaries").then().statusCode(401);
    }
}
