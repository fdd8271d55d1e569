package cn.shenyang.grassroots.cadre.publicity;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import cn.shenyang.grassroots.cadre.support.Fixtures;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PublicityNoticeResourceTest {
    private static final String NOTICES = "/api/v1/publicity-notices/";

    @Test
    void theThreePublicitiesHaveTheirOwnDates() {
        Fixtures.Tree t = Fixtures.tree();
        String procedure = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("orgUnitId", t.township().id(), "kind", "PROCEDURE", "year", 2026, "title", "选拔程序公开",
                        "content", "三荐三选三公开", "publishedOn", "2026-02-23"))
                .post(NOTICES).then().statusCode(201).body("publicUntil", nullValue()).extract().path("id");
        // a candidates notice is on display for the publicity window: 5 working days from Wednesday
        String candidates = asAdmin().contentType(ContentType.JSON)
                .body(Map.of("orgUnitId", t.village().id(), "kind", "CANDIDATES", "year", 2026, "title", "人选公示",
                        "content", "王某某等3人", "publishedOn", "2026-03-04"))
                .post(NOTICES).then().statusCode(201).body("publicUntil", equalTo("2026-03-10")).extract().path("id");
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("orgUnitId", t.township().id(), "kind", "RESULTS", "year", 2026, "title", "结果公开",
                        "content", "入库名单", "publishedOn", "2026-03-20", "publicUntil", "2026-03-19"))
                .post(NOTICES).then().statusCode(400).body("violations[0].field", equalTo("publicUntil"));

        asAdmin().queryParam("orgUnitId", t.township().id()).queryParam("onDisplay", "2026-03-10").get(NOTICES).then()
                .body("items.id", contains(candidates, procedure));
        asAdmin().queryParam("orgUnitId", t.township().id()).queryParam("onDisplay", "2026-03-11").get(NOTICES).then()
                .body("items.id", contains(procedure));
        asAdmin().queryParam("orgUnitId", t.township().id()).queryParam("kind", "CANDIDATES").queryParam("year", 2026)
                .get(NOTICES).then().body("items.id", contains(candidates));

        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("title", "人选公示(更正)", "content", "王某某等2人", "publishedOn", "2026-03-04",
                        "publicUntil", "2026-03-11"))
                .put(NOTICES + candidates).then().statusCode(200).body("title", equalTo("人选公示(更正)"))
                .header("ETag", equalTo("\"1\""));
        as("viewer", Roles.VIEWER, Fixtures.tree().township().path()).get(NOTICES + candidates).then().statusCode(404);
        as("viewer", Roles.VIEWER, t.township().path()).get(NOTICES + candidates).then().statusCode(200);
        asAdmin().contentType(ContentType.JSON)
                .body(Map.of("orgUnitId", t.district().id(), "kind", "RESULTS", "year", 2026, "title", "x", "content", "y"))
                .post(NOTICES).then().statusCode(400).body("violations[0].field", equalTo("orgUnitId"));
    }
}
