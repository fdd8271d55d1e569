package cn.shenyang.grassroots.rural;

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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The OpenAPI document the quality gates read: operation ids, tags, descriptions, schemas and every figure's definition. */
@QuarkusTest
class OpenApiAndDictionariesTest {
    private static final Pattern VERB_NOUN = Pattern.compile(
            "(create|list|get|update|change|perform|import|add|resolve)[A-Z][A-Za-z]+");
    /** Names a generated client would find ambiguous. */
    private static final Set<String> BARE_NAMES = Set.of("Action", "Status", "Kind", "Level", "Stage", "Page", "Entry",
            "Counts", "Totals", "View", "Problem2");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().as(Map.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAUniqueVerbNounIdATagASummaryAndADescription() {
        Map<String, Object> doc = document();
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            assertTrue(path.getKey().startsWith("/api/v1/"), path.getKey());
            for (Map.Entry<String, Object> op : path.getValue().entrySet()) {
                if (!(op.getValue() instanceof Map<?, ?> operation) || !operation.containsKey("responses")) {
                    continue;
                }
                String where = op.getKey() + " " + path.getKey();
                String id = (String) operation.get("operationId");
                assertNotNull(id, where);
                assertTrue(VERB_NOUN.matcher(id).matches(), "verb-noun operationId: " + id);
                assertTrue(ids.add(id), "duplicate operationId " + id);
                assertFalse(((List<?>) operation.get("tags")).isEmpty(), id + " has no tag");
                assertNotNull(operation.get("summary"), id + " has no summary");
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                for (Map.Entry<String, Map<String, Object>> r : responses.entrySet()) {
                    if (r.getKey().startsWith("2") && !r.getKey().equals("204")) {
                        assertNotNull(r.getValue().get("content"), id + " " + r.getKey() + " declares no schema");
                    }
                }
            }
        }
        assertTrue(ids.containsAll(Set.of("createCollectiveIncome", "performCollectiveIncomeAction", "importCollectiveIncomes",
                "getCollectiveIncomeStats", "listTownshipIncomeStats", "listVillageIncomeGrowth", "listCooperatives",
                "getVillageIndustryCoverage", "getDemonstrationRatingCounts", "performRectificationAction",
                "getRectificationCounts", "createPartyMemberPostClaim", "getPartyMemberPostCounts",
                "getRuralIndustryDictionaries")), ids.toString());
        assertEquals(null, doc.get("servers"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void schemaNamesAreDomainNamesAndViewsSayWhatTheyAlwaysCarry() {
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) document()
                .get("components")).get("schemas");
        for (String name : schemas.keySet()) {
            assertFalse(BARE_NAMES.contains(name), "bare schema name " + name);
        }
        for (String view : List.of("CollectiveIncome", "CollectiveIncomeRevision", "VillageIndustry", "Cooperative",
                "DemonstrationRating", "Rectification", "PartyMemberPostClaim")) {
            List<String> required = (List<String>) schemas.get(view).get("required");
            assertNotNull(required, view + " lists what it always carries");
            assertTrue(required.containsAll(List.of("version", "createdAt")) || view.equals("CollectiveIncomeRevision"),
                    view + ": " + required);
        }
        assertTrue(((List<String>) schemas.get("CreateCollectiveIncome").get("required"))
                .containsAll(List.of("villageId", "year", "amounts")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFigureOfTheStatisticsStatesItsDefinition() {
        Map<String, Map<String, Object>> schemas = (Map<String, Map<String, Object>>) ((Map<String, Object>) document()
                .get("components")).get("schemas");
        Map<String, List<String>> figures = Map.of(
                "IncomeFigures", List.of("villages", "villagesReporting", "villagesReportingPreviousYear",
                        "villagesReportingBothYears", "hollow", "hollowPreviousYear", "hollowCleared", "totalIncome",
                        "previousYearTotalIncome", "totalIncomeChangeRate", "medianIncome", "totalBySource", "thresholds"),
                "IncomeThresholdFigures", List.of("threshold", "atOrAbove", "newlyAbove", "newlyAbovePreviousYear",
                        "newlyAboveChange", "newlyAboveChangeRate", "risenMoreThan", "risenMoreThanRate"),
                "VillageIncomeGrowth", List.of("income", "previousYearIncome", "change", "growthRate"),
                "VillageIndustryCoverage", List.of("villages", "villagesWithLeadingIndustry", "coverage", "industries",
                        "greenhouseAreaHectares", "householdsInvolved"),
                "CooperativeTotals", List.of("farmerCooperatives", "familyFarms", "cadreLed", "leadingCadres",
                        "linkedHouseholds", "incomeIncrease", "withResults"),
                "DemonstrationRatingCounts", List.of("villages", "ratedVillages", "basic", "upgraded", "demonstration",
                        "townships", "wholeTownshipDemonstrations"),
                "RectificationCounts", List.of("opened", "closedOut", "openAtPeriodEnd", "openedWithFullFourOnes",
                        "problemsRaised", "problemsResolved"),
                "PartyMemberPostCounts", List.of("claims", "residentClaims", "mobileClaims", "members", "mobileMembers",
                        "fulfilmentRecords", "evaluated", "excellent", "released"));
        figures.forEach((schema, properties) -> {
            Map<String, Object> s = schemas.get(schema);
            assertNotNull(s, schema);
            Map<String, Map<String, Object>> props = (Map<String, Map<String, Object>>) s.get("properties");
            for (String property : properties) {
                Map<String, Object> p = props.get(property);
                assertNotNull(p, schema + "." + property);
                assertTrue(p.get("description") instanceof String d && d.length() > 15,
                        schema + "." + property + " has no definition");
            }
        });
        assertTrue(schemas.get("CollectiveIncomeStats").get("description").toString().contains("half-up to 4 places"));
        assertTrue(schemas.get("CollectiveIncomeStats").get("description").toString().contains("latest confirmed revision"));
    }

    @Test
    void dictionariesLabelEveryEnumAndTheSeventeenPosts() {
        asAdmin().get("/api/v1/rural-industry-dictionaries").then().statusCode(200)
                .body("incomeSource.find { it.value == 'ENCLAVE' }.labelZh", equalTo("飞地经济"))
                .body("incomeReviewStatus.size()", equalTo(4))
                .body("partyMemberPostType.size()", equalTo(17))
                .body("partyMemberPostType.findAll { it.namedInArticle }.labelZh",
                        equalTo(List.of("产业发展示范岗", "乡村文明和谐岗", "扶贫帮困爱心岗")))
                .body("demonstrationLevel.find { it.value == 'DEMONSTRATION' }.labelZh", equalTo("示范型(基层党建示范村)"));
        given().get("/api/v1/rural-industry-dictionaries").then().statusCode(401);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theImportIsDocumentedAsCsv() {
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document().get("paths");
        Map<String, Object> post = (Map<String, Object>) paths.get("/api/v1/collective-incomes/import").get("post");
        assertNotNull(post, paths.keySet().toString());
        assertTrue(post.get("requestBody").toString().contains("text/csv"));
    }
}
