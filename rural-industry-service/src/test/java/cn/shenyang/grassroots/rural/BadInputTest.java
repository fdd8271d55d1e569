package cn.shenyang.grassroots.rural;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;

import cn.shenyang.grassroots.platform.testing.BadInputContract;
import cn.shenyang.grassroots.rural.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
        return path.replace("{resultId}", ids.get("result")).replace("{problemId}", ids.get("problem"));
    }

    /** One existing record of every kind a write path names, each still open to every step. */
    private static Map<String, String> existing() {
        Fixtures.Tree t = Fixtures.tree();
        UUID village = t.village().id();
        Map<String, String> ids = new HashMap<>();
        ids.put("collective-incomes", Fixtures.createIncome(village, 2020, Fixtures.amounts("1000.00", "0", "0")));
        ids.put("village-industries", Fixtures.post("/api/v1/village-industries", Map.of("villageId", village.toString(),
                "name", "草莓", "category", "FACILITY_AGRICULTURE", "greenhouseAreaHectares", "333.33",
                "householdsInvolved", 120, "startedOn", "2015-03-01")));
        String cooperative = Fixtures.post("/api/v1/cooperatives", Map.of("villageId", village.toString(),
                "kind", "FARMER_COOPERATIVE", "name", Fixtures.unique("草莓专业合作社"), "leaderName", "汤冠东",
                "leaderRole", "PARTY_SECRETARY", "foundedOn", "2018-03-01"));
        ids.put("cooperatives", cooperative);
        ids.put("result", Fixtures.post("/api/v1/cooperatives/" + cooperative + "/results",
                Map.of("year", 2020, "linkedHouseholds", 300, "incomeIncrease", "1200000.50")));
        ids.put("demonstration-ratings", Fixtures.post("/api/v1/demonstration-ratings", Map.of("orgUnitId", village.toString(),
                "year", 2020, "rating", "DEMONSTRATION", "ratedOn", "2020-12-20")));
        String rectification = Fixtures.post("/api/v1/rectifications", Map.of("villageId", village.toString(),
                "identifiedOn", "2020-03-01", "planSummary", "一个基层党组织一个方案",
                "problems", List.of(Map.of("category", "WEAK_LEADERSHIP", "description", "书记带富能力弱",
                        "countermeasure", "选优配强村党支部书记", "owner", "镇党委副书记"))));
        ids.put("rectifications", rectification);
        ids.put("problem", asAdmin().get("/api/v1/rectifications/" + rectification).then().statusCode(200).extract()
                .path("problems[0].id"));
        ids.put("party-member-posts", Fixtures.post("/api/v1/party-member-posts", Map.of("villageId", village.toString(),
                "postType", "POLICY_PUBLICITY", "memberName", "党员", "commitment", "宣讲政策", "claimedOn", "2020-03-01")));
        return ids;
    }

    @Override
    protected DataSource dataSource() {
        return db;
    }
}
