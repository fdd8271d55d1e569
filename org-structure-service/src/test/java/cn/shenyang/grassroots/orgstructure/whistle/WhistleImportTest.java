package cn.shenyang.grassroots.orgstructure.whistle;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.chain;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.unique;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.category;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.department;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Past whistles from a hotline system's ledger: every step through the same rules, all or nothing. */
@QuarkusTest
class WhistleImportTest {

    @Test
    void anNdjsonLedgerIsReplayedWithItsTimes() {
        String[] c = chain();
        String category = category();
        String lead = department(c[1]);
        String title = unique("ledger");
        String ndjson = """
                {"ref":"A","action":"RAISE","occurredAt":"2019-05-01T08:00:00+08:00","communityId":"%1$s","categoryId":"%2$s","title":"%4$s","description":"Street light out","address":"Road 1","urgency":"ORDINARY"}
                {"ref":"B","action":"RAISE","occurredAt":"2019-05-02T08:00:00+08:00","communityId":"%1$s","categoryId":"%2$s","title":"%4$s","description":"Pothole","address":"Road 2","urgency":"URGENT"}
                {"ref":"A","action":"DISPATCH","occurredAt":"2019-05-01T09:00:00+08:00","leadDepartmentId":"%3$s"}
                {"ref":"A","action":"CHECK_IN","occurredAt":"2019-05-01T10:00:00+08:00","departmentId":"%3$s"}
                {"ref":"A","action":"REPORT_RESULT","occurredAt":"2019-05-03T10:00:00+08:00","departmentId":"%3$s","note":"lamp replaced"}
                {"ref":"A","action":"CONFIRM","occurredAt":"2019-05-03T12:00:00+08:00","rating":5}
                """.formatted(c[3], category, lead, title);
        String a = asAdmin().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/api/v1/whistles/import").then()
                .statusCode(200).body("whistles", equalTo(2)).body("steps", equalTo(6))
                .body("rows.row", contains(1, 2, 3, 4, 5, 6)).extract().path("rows[0].whistleId");
        asAdmin().get("/api/v1/whistles/" + a).then().body("status", equalTo("CLOSED")).body("rating", equalTo(5))
                .body("raisedAt", equalTo("2019-05-01T00:00:00Z"));
        asAdmin().get("/api/v1/whistles/" + a + "/history").then()
                .body("occurredAt", contains("2019-05-01T00:00:00Z", "2019-05-01T01:00:00Z", "2019-05-01T02:00:00Z",
                        "2019-05-03T02:00:00Z", "2019-05-03T04:00:00Z"))
                .body("recordedBy", hasItem("admin"));
    }

    @Test
    void aCsvLedgerWorksTheSame() {
        String[] c = chain();
        String category = category();
        String lead = department(c[1]);
        String co = department(c[1]);
        String csv = "ref,action,occurredAt,communityId,categoryId,title,description,address,urgency,leadDepartmentId,coHandlerDepartmentIds,departmentId,note\n"
                + "7,RAISE,2020-01-01T08:00:00Z," + c[3] + "," + category + ",\"Noise, at night\",Bar,\"Road 3, No. 5\",ORDINARY,,,,\n"
                + "7,DISPATCH,2020-01-01T09:00:00Z,,,,,,," + lead + "," + co + ",,\n"
                + "7,RETURN,2020-01-01T10:00:00Z,,,,,,,,," + lead + ",not ours\n";
        String id = asAdmin().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/whistles/import").then().statusCode(200)
                .body("steps", equalTo(3)).extract().path("rows[0].whistleId");
        asAdmin().get("/api/v1/whistles/" + id).then().body("status", equalTo("RETURNED"))
                .body("title", equalTo("Noise, at night")).body("location.address", equalTo("Road 3, No. 5"))
                .body("assignments.role", contains("LEAD", "CO_HANDLER"));
    }

    @Test
    void anyBadRowRejectsTheWholeFileWithEveryProblemListed() {
        String[] c = chain();
        String category = category();
        String lead = department(c[1]);
        String title = unique("rejected");
        String ndjson = """
                {"ref":"A","action":"RAISE","occurredAt":"2019-05-01T08:00:00+08:00","communityId":"%1$s","categoryId":"%2$s","title":"%4$s","description":"d","address":"a","urgency":"ORDINARY"}
                {"ref":"A","action":"DISPATCH","occurredAt":"2019-04-30T09:00:00+08:00","leadDepartmentId":"%3$s"}
                {"ref":"B","action":"DISPATCH","occurredAt":"2019-05-01T09:00:00+08:00","leadDepartmentId":"%3$s"}
                {"ref":"C","action":"RAISE","communityId":"%1$s","categoryId":"%2$s","title":"%4$s","description":"d","address":"a","urgency":"ORDINARY"}
                {"ref":"D","action":"RAISE","occurredAt":"2019-05-01T08:00:00+08:00","communityId":"%1$s","categoryId":"%2$s","title":"%4$s","description":"d","address":"a","urgency":"SOMEDAY"}
                {"ref":"E","action":"RAISE","occurredAt":"2019-05-01T08:00:00+08:00","communityId":"%1$s","categoryId":"%2$s","title":"%4$s","description":"d","address":"a","urgency":"ORDINARY","colour":"red"}
                {"ref":"F","action":"RAISE","occurredAt":"2019-05-01T08:00:00+08:00","communityId":"%1$s","categoryId":"%2$s","title":"%4$s","description":"d","address":"a","urgency":"ORDINARY"}
                {"ref":"F","action":"CONFIRM","occurredAt":"2019-05-01T09:00:00+08:00","rating":4}
                {"ref":"G","action":"RAISE","occurredAt":"2019-05-01T08:00:00+08:00","communityId":"%1$s","categoryId":"%2$s","title":"","description":"d","address":"a","urgency":"ORDINARY"}
                """.formatted(c[3], category, lead, title);
        asAdmin().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/api/v1/whistles/import").then()
                .statusCode(422).contentType("application/problem+json")
                .body("violations.field", contains("rows[5].urgency", "rows[6].colour", "rows[2].occurredAt",
                        "rows[3].action", "rows[4].occurredAt", "rows[8]", "rows[9].title"));
        // nothing was stored, not even the good rows
        asAdmin().queryParam("orgUnitId", c[3]).get("/api/v1/whistles").then().body("totalItems", equalTo(0));
        as("m", Roles.ORG_MANAGER, null).contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/whistles/import").then().statusCode(403);
    }

    @Test
    void aLedgerLongerThanOneFlushIsReplayedWhole() {
        String[] c = chain();
        String category = category();
        String lead = department(c[1]);
        StringBuilder ndjson = new StringBuilder();
        int whistles = 130; // 520 rows: more than two flushes of the importer's session
        for (int i = 0; i < whistles; i++) {
            String day = "2019-06-%02d".formatted(1 + i % 28);
            ndjson.append("""
                    {"ref":"L%1$d","action":"RAISE","occurredAt":"%2$sT08:00:00+08:00","communityId":"%3$s","categoryId":"%4$s","title":"Ledger %1$d","description":"d","address":"a","urgency":"ORDINARY"}
                    {"ref":"L%1$d","action":"DISPATCH","occurredAt":"%2$sT09:00:00+08:00","leadDepartmentId":"%5$s"}
                    {"ref":"L%1$d","action":"CHECK_IN","occurredAt":"%2$sT10:00:00+08:00","departmentId":"%5$s"}
                    {"ref":"L%1$d","action":"REPORT_RESULT","occurredAt":"%2$sT11:00:00+08:00","departmentId":"%5$s","note":"done"}
                    """.formatted(i, day, c[3], category, lead));
        }
        asAdmin().contentType("application/x-ndjson").body(ndjson.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/whistles/import").then().statusCode(200)
                .body("whistles", equalTo(whistles)).body("steps", equalTo(whistles * 4));
        asAdmin().queryParam("orgUnitId", c[3]).queryParam("status", "RESOLVED").get("/api/v1/whistles").then()
                .statusCode(200).body("totalItems", equalTo(whistles));
    }
}
