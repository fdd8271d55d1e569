package cn.shenyang.grassroots.volunteer.opinion;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.map;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.volunteer.support.Existing;
import cn.shenyang.grassroots.volunteer.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpinionResourceTest {
    private static final String PATH = "/api/v1/opinions";

    private static ValidatableResponse act(String id, Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).header("If-Match", Fixtures.etag(PATH + "/" + id)).body(body)
                .post(PATH + "/" + id + "/actions").then();
    }

    @Test
    void anOpinionFromAnOpenDayIsAssignedCoordinatedResolvedAndRepliedToOnItsDays() {
        Existing.Records r = Existing.create();
        String studio = r.ids().get("representative-studios");
        String representative = r.ids().get("representatives");
        Map<String, Object> body = map("studioId", studio, "channel", "OPEN_DAY", "category", "ENVIRONMENT_RENOVATION",
                "raisedByName", "居民赵某", "content", "四块绿地需要改造");
        asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("openDayId"));
        body.put("openDayId", r.ids().get("openDayId"));
        String id = asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(201)
                .body("receivedOn", equalTo("2024-04-20")).body("status", equalTo("RECEIVED")).extract().path("id");
        asAdmin().get(PATH + "/" + id + "/allowed-actions").then().statusCode(200)
                .body("actions.action", equalTo(List.of("ASSIGN", "DECLINE"))).body("actions.available", equalTo(List.of(true, true)));
        act(id, map("action", "RESOLVE", "resolution", "已解决")).statusCode(409)
                .body("type", equalTo("urn:grassroots:problem:invalid-transition"))
                .body("detail", equalTo("RESOLVE is not allowed for an opinion that is RECEIVED; allowed here: ASSIGN, DECLINE"));
        act(id, map("action", "ASSIGN", "occurredOn", "2024-04-19", "representativeId", representative)).statusCode(400)
                .body("violations[0].field", equalTo("occurredOn"));
        act(id, map("action", "ASSIGN", "occurredOn", "2024-04-22")).statusCode(400)
                .body("violations[0].field", equalTo("representativeId"));
        act(id, map("action", "ASSIGN", "occurredOn", "2024-04-22", "representativeId", representative)).statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("assignedRepresentativeId", equalTo(representative));
        act(id, map("action", "COORDINATE", "occurredOn", "2024-05-06", "coordinationNote", "协调区城建局设计改造方案"))
                .statusCode(200).body("status", equalTo("COORDINATING"));
        act(id, map("action", "RESOLVE", "occurredOn", "2024-08-30", "resolution", "铺设彩砖、安装木质栅栏")).statusCode(200)
                .body("status", equalTo("RESOLVED")).body("statusOn", equalTo("2024-08-30"));
        act(id, map("action", "REPLY", "occurredOn", "2024-09-02", "reply", "绿地已改造完成")).statusCode(200)
                .body("repliedOn", equalTo("2024-09-02")).body("status", equalTo("RESOLVED"));
        asAdmin().get(PATH + "/" + id + "/allowed-actions").then()
                .body("actions[0].action", equalTo("REPLY")).body("actions[0].available", equalTo(false))
                .body("actions[0].blockedBy", equalTo("the person was already replied to on 2024-09-02"));
        act(id, map("action", "REPLY", "reply", "再答复")).statusCode(409).body("detail", containsString("already replied"));
        asAdmin().get(PATH + "/" + id + "/history").then().statusCode(200)
                .body("items.action", equalTo(Arrays.asList(null, "ASSIGN", "COORDINATE", "RESOLVE", "REPLY")))
                .body("items.toStatus", equalTo(List.of("RECEIVED", "ASSIGNED", "COORDINATING", "RESOLVED", "RESOLVED")))
                .body("items.occurredOn", equalTo(List.of("2024-04-20", "2024-04-22", "2024-05-06", "2024-08-30", "2024-09-02")))
                .body("items[3].note", equalTo("铺设彩砖、安装木质栅栏")).body("items[3].recordedBy", equalTo("admin"));
    }

    @Test
    void conversionNeedsItsNumberDeclineItsReasonAndAssignmentAServingRepresentative() {
        Existing.Records r = Existing.create();
        String studio = r.ids().get("representative-studios");
        String id = Fixtures.post(PATH, map("studioId", studio, "channel", "INTERVIEW", "category", "BUSINESS_ENVIRONMENT",
                "raisedByName", "个体户", "content", "审批时间长", "receivedOn", "2024-01-10"));
        String retired = Fixtures.post("/api/v1/representatives", map("name", "老委员", "body", "CPPCC", "congressLevel", "DISTRICT",
                "orgUnitId", r.tree().subdistrict().id().toString(), "termStartsOn", "2016-10-01", "termEndsOn", "2021-09-30"));
        act(id, map("action", "ASSIGN", "representativeId", retired, "occurredOn", "2024-01-11")).statusCode(409)
                .body("detail", containsString("does not cover 2024-01-11"));
        act(id, map("action", "ASSIGN", "representativeId", r.ids().get("representatives"), "occurredOn", "2024-01-11")).statusCode(200);
        act(id, map("action", "ASSIGN", "representativeId", r.ids().get("representatives"))).statusCode(409)
                .body("detail", containsString("already assigned"));
        act(id, map("action", "CONVERT_TO_PROPOSAL")).statusCode(400).body("violations[0].field", equalTo("proposalNumber"));
        act(id, map("action", "CONVERT_TO_PROPOSAL", "proposalNumber", "苏政协〔2024〕7号", "occurredOn",
                LocalDate.now(Fixtures.SHANGHAI).plusDays(1).toString())).statusCode(400).body("violations[0].field", equalTo("occurredOn"));
        act(id, map("action", "CONVERT_TO_PROPOSAL", "proposalNumber", "苏政协〔2024〕7号", "occurredOn", "2024-02-20"))
                .statusCode(200).body("status", equalTo("CONVERTED_TO_PROPOSAL")).body("proposalNumber", equalTo("苏政协〔2024〕7号"));
        String declined = Fixtures.post(PATH, map("studioId", studio, "channel", "MAILBOX", "category", "OTHER",
                "raisedByName", "匿名", "content", "与本辖区无关"));
        act(declined, map("action", "DECLINE")).statusCode(400).body("violations[0].field", equalTo("reason"));
        act(declined, map("action", "DECLINE", "reason", "不属于代表职责范围")).statusCode(200).body("status", equalTo("DECLINED"));
        asAdmin().contentType(ContentType.JSON).body(map("name", "委员", "body", "CPPCC", "congressLevel", "TOWNSHIP",
                "orgUnitId", r.tree().subdistrict().id().toString(), "termStartsOn", "2021-10-01")).post("/api/v1/representatives")
                .then().statusCode(400).body("violations[0].field", equalTo("congressLevel"));
    }

    @Test
    void phonesAreMaskedViewersCannotActAndOtherSubtreesSeeNothing() {
        Existing.Records r = Existing.create();
        String id = r.ids().get("opinions");
        String scope = r.tree().subdistrict().path();
        as("v", Roles.VIEWER, scope).get(PATH + "/" + id).then().statusCode(200)
                .body("raisedByPhone", containsString("****"));
        as("m", Roles.ORG_MANAGER, scope).get(PATH + "/" + id).then().statusCode(200)
                .body("raisedByPhone", org.hamcrest.Matchers.not(containsString("****")));
        as("v", Roles.VIEWER, scope).get(PATH + "/" + id + "/allowed-actions").then().statusCode(200)
                .body("actions.size()", equalTo(0));
        as("v", Roles.VIEWER, scope).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(map("action", "DECLINE", "reason", "x")).post(PATH + "/" + id + "/actions").then().statusCode(403);
        as("o", Roles.ORG_MANAGER, Fixtures.tree().subdistrict().path()).get(PATH).then().body("totalItems", equalTo(0));
        as("v", Roles.VIEWER, scope).get("/api/v1/representatives/" + r.ids().get("representatives")).then()
                .body("phone", containsString("****"));
    }
}
