package cn.shenyang.grassroots.orgstructure.orgunit;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.code;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.createId;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.etag;
import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Statistics come from roll-ups kept with every change. After creates, an import, a move and a
 * dissolution, they must equal the counts this test expects from what it did, and the counts
 * aggregated over each unit's subtree straight from the table.
 */
@QuarkusTest
class OrgUnitStatsTest {
    @Inject
    DataSource dataSource;

    @Test
    void rollUpsFollowCreatesImportsMovesAndDissolutions() throws Exception {
        String city = createId("CITY", null);
        String d1 = createId("DISTRICT", city);
        String d2 = createId("DISTRICT", city);
        String t1 = createId("TOWN", d1);
        createId("VILLAGE", t1);
        String v2 = createId("VILLAGE", t1);
        String s1 = createId("SUBDISTRICT", d2);
        createId("COMMUNITY", s1);
        String townCode = code(9);
        String ndjson = "{\"name\":\"二镇\",\"level\":\"TOWN\",\"parentId\":\"" + d2 + "\",\"divisionCode\":\"" + townCode + "\"}\n"
                + "{\"name\":\"一村\",\"level\":\"VILLAGE\",\"parentDivisionCode\":\"" + townCode + "\"}\n"
                + "{\"name\":\"二村\",\"level\":\"VILLAGE\",\"parentDivisionCode\":\"" + townCode + "\"}\n"
                + "{\"name\":\"三村\",\"level\":\"VILLAGE\",\"parentDivisionCode\":\"" + townCode + "\"}\n";
        asAdmin().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/org-units/import").then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(t1)).body(Map.of("newParentId", d2))
                .post("/api/v1/org-units/" + t1 + "/move").then().statusCode(200);
        asAdmin().contentType(ContentType.JSON).header("If-Match", etag(v2)).body(Map.of("reason", "merged"))
                .post("/api/v1/org-units/" + v2 + "/dissolve").then().statusCode(200);

        expect(city, 10, Map.of("DISTRICT", 2, "TOWN", 2, "SUBDISTRICT", 1, "VILLAGE", 4, "COMMUNITY", 1));
        expect(d1, 0, Map.of());
        expect(d2, 8, Map.of("TOWN", 2, "SUBDISTRICT", 1, "VILLAGE", 4, "COMMUNITY", 1));
        expect(t1, 1, Map.of("VILLAGE", 1));
        asAdmin().get("/api/v1/org-units/" + d2 + "/stats").then()
                .body("descendantsByTier", equalTo(Map.of("TOWNSHIP", 3, "VILLAGE", 5)));

        // full pages take their totals from the roll-ups; short ones count what they hold
        total(Map.of("ancestorId", city, "size", 2), 11);
        total(Map.of("ancestorId", city, "size", 1, "status", "DISSOLVED"), 1);
        total(Map.of("ancestorId", city, "size", 2, "level", "VILLAGE"), 5);
        total(Map.of("ancestorId", city, "size", 2, "level", "VILLAGE", "status", "ACTIVE"), 4);
        total(Map.of("ancestorId", d1, "size", 2), 0);

        String d2Path = asAdmin().get("/api/v1/org-units/" + d2).then().extract().path("path");
        as("manager", Roles.ORG_MANAGER, d2Path).get("/api/v1/org-units/stats").then().statusCode(200)
                .body("totalUnits", equalTo(9))
                .body("unitsByLevel", equalTo(Map.of("DISTRICT", 1, "TOWN", 2, "SUBDISTRICT", 1, "VILLAGE", 4, "COMMUNITY", 1)))
                .body("unitsByTier", equalTo(Map.of("COUNTY", 1, "TOWNSHIP", 3, "VILLAGE", 5)));
        as("manager", Roles.ORG_MANAGER, d2Path).queryParam("size", 3).get("/api/v1/org-units").then()
                .body("totalItems", equalTo(10));
        as("nobody", Roles.VIEWER, null).get("/api/v1/org-units/stats").then().statusCode(200).body("totalUnits", equalTo(0));

        String cityPath = asAdmin().get("/api/v1/org-units/" + city).then().extract().path("path");
        assertRollupsMatchTheTable(cityPath);
    }

    private static void expect(String id, int total, Map<String, Integer> byLevel) {
        asAdmin().get("/api/v1/org-units/" + id + "/stats").then().statusCode(200)
                .body("totalDescendants", equalTo(total))
                .body("descendantsByLevel", equalTo(byLevel));
    }

    private static void total(Map<String, Object> query, int expected) {
        JsonPath page = asAdmin().queryParams(query).get("/api/v1/org-units").then().statusCode(200).extract().jsonPath();
        assertEquals(expected, page.getInt("totalItems"), query.toString());
    }

    /** Every unit's roll-ups against a count over its subtree, both straight from the database. */
    private void assertRollupsMatchTheTable(String rootPath) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Integer> counted = rows(c, """
                    select a.node_no || ' ' || d.level || ' ' || d.status, count(*)
                    from org_unit a join org_unit d on d.path > a.path and d.path < cast(a.path::text || '-' as ltree)
                    where a.path >= cast(? as ltree) and a.path < cast(? as ltree)
                    group by 1""", rootPath);
            Map<String, Integer> rolled = new HashMap<>();
            rows(c, """
                    select r.node_no || ' ' || r.level || ' ' || s.status, case s.status when 'ACTIVE' then r.active else r.dissolved end
                    from org_unit a join org_unit_rollup r on r.node_no = a.node_no
                    cross join (values ('ACTIVE'), ('DISSOLVED')) s(status)
                    where a.path >= cast(? as ltree) and a.path < cast(? as ltree)""", rootPath)
                    .forEach((k, v) -> {
                        if (v != 0) {
                            rolled.put(k, v);
                        }
                    });
            assertEquals(counted, rolled);
            assertEquals(List.of(), counted.values().stream().filter(v -> v <= 0).toList());
        }
    }

    private static Map<String, Integer> rows(Connection c, String sql, String rootPath) throws Exception {
        Map<String, Integer> rows = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, rootPath);
            s.setString(2, rootPath + "-");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return rows;
    }
}
