package cn.shenyang.grassroots.orgstructure.open311;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.chain;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.act;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.category;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.department;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.whistle;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.xml.XmlPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The GeoReport v2 view, read without a token as civic-issue clients do. */
@QuarkusTest
class Open311ResourceTest {

    @Test
    void servicesAreTheCategories() {
        String category = category();
        String name = asAdmin().get("/api/v1/whistle-categories/" + category).then().extract().path("name");
        for (String path : new String[] {"/api/v1/open311/services.json", "/api/v1/open311/services"}) {
            given().queryParam("jurisdiction_id", "sujiatun.shenyang.cn").get(path).then().statusCode(200)
                    .body("find { it.service_code == '" + category + "' }.service_name", equalTo(name))
                    .body("find { it.service_code == '" + category + "' }.type", equalTo("realtime"))
                    .body("find { it.service_code == '" + category + "' }.metadata", equalTo(false));
        }
    }

    @Test
    void requestsCarryTheSpecificationsFieldsAndNothingPersonal() {
        String[] c = chain();
        String category = category();
        String lead = department(c[1]);
        String leadName = asAdmin().get("/api/v1/departments/" + lead).then().extract().path("name");
        String open = whistle(c[3], category, "ORDINARY", "2025-03-03T08:00:00+08:00");
        act(asAdmin(), open, Map.of("action", "DISPATCH", "leadDepartmentId", lead, "occurredAt", "2025-03-03T09:00:00+08:00"))
                .statusCode(200);
        String closed = whistle(c[3], category, "URGENT", "2025-03-04T08:00:00+08:00");
        act(asAdmin(), closed, Map.of("action", "DISPATCH", "leadDepartmentId", lead, "occurredAt", "2025-03-04T09:00:00+08:00"))
                .statusCode(200);
        act(asAdmin(), closed, Map.of("action", "CHECK_IN", "departmentId", lead, "occurredAt", "2025-03-04T09:30:00+08:00"))
                .statusCode(200);
        act(asAdmin(), closed, Map.of("action", "REPORT_RESULT", "departmentId", lead, "note", "done",
                "occurredAt", "2025-03-04T12:00:00+08:00")).statusCode(200);
        act(asAdmin(), closed, Map.of("action", "CONFIRM", "rating", 5, "occurredAt", "2025-03-04T13:00:00+08:00"))
                .statusCode(200);

        Map<String, Object> request = given().get("/api/v1/open311/requests/" + open + ".json").then().statusCode(200)
                .body("size()", equalTo(1)).extract().path("[0]");
        assertEquals(Set.of("service_request_id", "status", "status_notes", "service_name", "service_code", "description",
                "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime",
                "address", "address_id", "zipcode", "lat", "long", "media_url"), request.keySet());
        assertEquals("open", request.get("status"));
        assertEquals(leadName, request.get("agency_responsible"));
        assertEquals("2025-03-03T08:00:00+08:00", request.get("requested_datetime"));
        assertEquals("2025-03-10T09:00:00+08:00", request.get("expected_datetime"));
        assertEquals(41.65f, request.get("lat"));
        assertEquals(123.34f, request.get("long"));
        assertEquals(category, request.get("service_code"));
        given().get("/api/v1/open311/requests/" + open).then().statusCode(200).body("service_request_id", contains(open));

        String window = "&start_date=2025-03-01T00:00:00Z&end_date=2025-03-31T00:00:00Z";
        given().get("/api/v1/open311/requests.json?service_code=" + category + window).then().statusCode(200)
                .body("service_request_id", contains(closed, open));
        given().get("/api/v1/open311/requests?service_code=" + category + "&status=closed" + window).then()
                .body("service_request_id", contains(closed)).body("[0].status", equalTo("closed"));
        given().get("/api/v1/open311/requests.json?service_request_id=" + open + "," + closed).then()
                .body("service_request_id", containsInAnyOrder(open, closed));
        // without dates: the last 90 days only
        given().get("/api/v1/open311/requests.json?service_code=" + category).then().body("", empty());

        given().get("/api/v1/open311/requests.json?status=pending").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("status"));
        given().get("/api/v1/open311/requests.json?start_date=yesterday").then().statusCode(400)
                .body("violations[0].field", equalTo("start_date"));
        given().get("/api/v1/open311/requests/not-an-id.json").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theXmlFormsUseTheSpecificationsElementsAndTheNoSuffixFormStaysJson() {
        String[] c = chain();
        String category = category();
        String lead = department(c[1]);
        String leadName = asAdmin().get("/api/v1/departments/" + lead).then().extract().path("name");
        String open = whistle(c[3], category, "ORDINARY", "2025-04-07T08:00:00+08:00");
        act(asAdmin(), open, Map.of("action", "DISPATCH", "leadDepartmentId", lead, "occurredAt", "2025-04-07T09:00:00+08:00"))
                .statusCode(200);

        String one = given().get("/api/v1/open311/requests/" + open + ".xml").then().statusCode(200)
                .contentType("text/xml").extract().asString();
        assertTrue(one.startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><service_requests><request>"), one);
        XmlPath xml = new XmlPath(one);
        assertEquals(1, xml.getInt("service_requests.request.size()"));
        assertEquals(List.of("service_request_id", "status", "status_notes", "service_name", "service_code", "description",
                "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime",
                "address", "address_id", "zipcode", "lat", "long", "media_url"),
                xml.getList("service_requests.request.children().collect { it.name() }"));
        assertEquals(open, xml.getString("service_requests.request.service_request_id"));
        assertEquals("open", xml.getString("service_requests.request.status"));
        assertEquals(leadName, xml.getString("service_requests.request.agency_responsible"));
        assertEquals("2025-04-07T08:00:00+08:00", xml.getString("service_requests.request.requested_datetime"));
        assertEquals("41.650000", xml.getString("service_requests.request.lat"));
        assertEquals("", xml.getString("service_requests.request.media_url"));

        String window = "&start_date=2025-04-01T00:00:00Z&end_date=2025-04-30T00:00:00Z";
        given().get("/api/v1/open311/requests.xml?service_code=" + category + window).then().statusCode(200)
                .contentType("text/xml").body("service_requests.request.service_request_id", equalTo(open));
        given().get("/api/v1/open311/services.xml").then().statusCode(200).contentType("text/xml")
                .body("services.service.find { it.service_code == '" + category + "' }.type", equalTo("realtime"))
                .body("services.service.find { it.service_code == '" + category + "' }.metadata", equalTo("false"));
        // errors stay problem+json, like every error of this API
        given().get("/api/v1/open311/requests.xml?status=pending").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("status"));
        given().get("/api/v1/open311/requests/" + java.util.UUID.randomUUID() + ".xml").then().statusCode(404)
                .contentType("application/problem+json");
        // without a suffix: JSON, as the rest of this API
        given().get("/api/v1/open311/requests/" + open).then().statusCode(200).contentType("application/json")
                .body("service_request_id", contains(open));
    }
}
