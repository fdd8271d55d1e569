package cn.shenyang.grassroots.orgstructure.division;

import static cn.shenyang.grassroots.orgstructure.division.DivisionSyncResourceTest.files;
import static cn.shenyang.grassroots.orgstructure.division.DivisionSyncResourceTest.fixture;
import static cn.shenyang.grassroots.orgstructure.division.DivisionSyncResourceTest.unit;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fixture (one row of each kind) through the synchronisation endpoint, in a database of its
 * own: the fixture is a sample of real units, and loading it where more of their siblings are
 * stored would rightly dissolve those.
 */
@QuarkusTest
@TestProfile(DivisionFixtureTest.FixtureProfile.class)
class DivisionFixtureTest {
    public static class FixtureProfile implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddedPostgresResource.class,
                    Map.of(EmbeddedPostgresResource.DATABASE, "division_fixture")));
        }
    }

    @Test
    void everyKindInTheFixtureIsStoredWithTheLevelItsCodeAndNameGive() throws Exception {
        files(asAdmin(), fixture()).post("/api/v1/org-units/division-sync").then().statusCode(200)
                .body("dryRun", equalTo(false))
                .body("rowsRead", equalTo(DivisionLevelsTest.EXPECTED.size()));
        for (Map.Entry<String, Level> e : DivisionLevelsTest.EXPECTED.entrySet()) {
            JsonPath u = unit(e.getKey());
            assertEquals(e.getValue().name(), u.getString("items[0].level"), e.getKey());
            assertEquals("ACTIVE", u.getString("items[0].status"), e.getKey());
        }
        String sanSha = unit("4603").getString("items[0].id");
        assertEquals(sanSha, unit("460321").getString("items[0].parentId"), "西沙群岛 sits under 三沙市 by code");
        assertEquals("省直辖县级行政区划", unit("4290").getString("items[0].name"), "official names are kept as given");
        // loading the same files again changes nothing
        files(asAdmin(), fixture()).queryParam("dryRun", true).post("/api/v1/org-units/division-sync").then()
                .statusCode(200).body("counts", equalTo(Map.of())).body("changes.size()", equalTo(0));
    }

}
