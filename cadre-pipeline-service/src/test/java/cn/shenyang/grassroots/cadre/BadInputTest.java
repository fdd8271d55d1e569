package cn.shenyang.grassroots.cadre;

import static cn.shenyang.grassroots.cadre.support.Fixtures.act;
import static cn.shenyang.grassroots.cadre.support.Fixtures.action;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;

import cn.shenyang.grassroots.cadre.support.Fixtures;
import cn.shenyang.grassroots.platform.testing.TestClock;
import cn.shenyang.grassroots.platform.testing.BadInputContract;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/** Every write endpoint of this service refuses every kind of bad input and changes nothing (see BadInputContract). */
@QuarkusTest
class BadInputTest extends BadInputContract {
    @Inject
    AgroalDataSource db;

    private Map<String, String> ids;

    @Override
    protected String concrete(String template) {
        if (ids == null) {
            ids = existing();
        }
        String kind = template.substring("/api/v1/".length()).split("/")[0];
        String path = template.contains("{id}") ? template.replace("{id}", ids.get(kind)) : template;
        return path.replace("{objectionId}", ids.get("objection"));
    }

    /** One existing record of every kind a write path names, the cadre under publicity with an objection. */
    private static Map<String, String> existing() {
        Fixtures.Tree t = Fixtures.tree();
        Fixtures.Unit street = Fixtures.unit(t.district(), "SUBDISTRICT");
        TestClock.set(LocalDate.of(2026, 3, 2));
        String pooled = Fixtures.createCadre(t.village().id());
        Fixtures.toReserve(pooled, LocalDate.of(2026, 3, 2));
        TestClock.set(LocalDate.of(2026, 3, 2));
        String publicized = Fixtures.createCadre(t.village().id());
        act(publicized, action("QUALIFY")).statusCode(200);
        act(publicized, action("NOMINATE", "votesFor", 30, "votesCast", 40)).statusCode(200);
        act(publicized, action("INSPECT", "inspectionReport", "良好", "writtenTestScore", 80, "interviewScore", 80))
                .statusCode(200);
        act(publicized, action("PUBLICIZE")).statusCode(200);
        TestClock.reset();
        Map<String, String> ids = new HashMap<>();
        ids.put("reserve-cadres", publicized);
        ids.put("objection", post("/api/v1/reserve-cadres/" + publicized + "/objections",
                Map.of("summary", "反映问题", "filedOn", "2026-03-03")));
        ids.put("mentorships", post("/api/v1/mentorships", Map.of("cadreId", pooled, "level", "VILLAGE", "mentorName", "赵支书",
                "startsOn", "2026-03-16")));
        ids.put("training-records", post("/api/v1/training-records", Map.of("cadreId", pooled, "kind", "TOWNSHIP_ROTATION",
                "title", "轮训", "startsOn", "2026-04-01", "endsOn", "2026-04-01", "hours", 8)));
        ids.put("practice-assignments", post("/api/v1/practice-assignments", Map.of("cadreId", pooled, "kind", "INDUSTRY",
                "title", "草莓", "responsibilities", "销售", "startsOn", "2026-04-01")));
        ids.put("cadre-postings", post("/api/v1/cadre-postings", Map.of("personName", "下沉干部", "source", "NEWLY_PROMOTED",
                "rank", "STAFF", "fromUnit", "区发改局", "orgUnitId", street.id().toString(), "startsOn", "2020-01-01")));
        ids.put("publicity-notices", post("/api/v1/publicity-notices", Map.of("orgUnitId", t.township().id().toString(),
                "kind", "PROCEDURE", "year", 2026, "title", "程序公开", "content", "三荐三选三公开", "publishedOn", "2026-02-23")));
        ids.put("duty-deployments", post("/api/v1/duty-deployments", Map.of("kind", "HIGHWAY_CHECKPOINT",
                "orgUnitId", street.id().toString(), "post", "值守", "place", "高速出口", "shift", "ROTATING", "headcount", 5,
                "startsOn", "2020-02-01")));
        return ids;
    }

    private static String post(String path, Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    @Override
    protected DataSource dataSource() {
        return db;
    }
}
