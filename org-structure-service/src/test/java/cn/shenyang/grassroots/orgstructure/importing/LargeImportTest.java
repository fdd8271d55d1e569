package cn.shenyang.grassroots.orgstructure.importing;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.code;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.createId;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures;
import io.quarkus.test.junit.QuarkusTest;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.platform.testing.TestTokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A load large enough to at least double the table drops its indexes and builds them again
 * ({@link IndexRebuild}), with the governance tables' foreign keys to it when those tables are not
 * in use; either way the keys are there again, checked, and still refuse a unit that does not exist.
 */
@QuarkusTest
class LargeImportTest {
    @Inject
    DataSource dataSource;

    @Test
    void aLoadThatDoublesTheTableRebuildsItsIndexesAndForeignKeys() throws Exception {
        String city = createId("CITY", null);
        String department = GovernanceFixtures.department(createId("DISTRICT", city));
        List<String> before = indexes();
        List<String> keysBefore = foreignKeys();
        long keyBefore = oid("select 'org_unit_pkey'::regclass::oid");
        long departmentKeyBefore = oid("select oid from pg_constraint where conname = 'department_district_id_fkey'");
        String county = code(6);
        int villages = loadUnder(city, county);

        assertEquals(before, indexes(), "every index is there again, defined as before");
        assertEquals(keysBefore, foreignKeys(), "every foreign key to the units is there again, checked");
        assertTrue(keyBefore != oid("select 'org_unit_pkey'::regclass::oid"), "the primary key was built again");
        assertTrue(departmentKeyBefore != oid("select oid from pg_constraint where conname = 'department_district_id_fkey'"),
                "with the foreign keys that need it");
        asAdmin().get("/api/v1/departments/" + department).then().statusCode(200);
        SQLException refused = assertThrows(SQLException.class, () -> execute(
                "update department set district_id = '00000000-0000-0000-0000-000000000001' where id = '" + department + "'"));
        assertEquals("23503", refused.getSQLState(), "a department still cannot point at a unit that does not exist");
        String countyId = asAdmin().queryParam("divisionCode", county).get("/api/v1/org-units").then()
                .extract().path("items[0].id");
        asAdmin().get("/api/v1/org-units/" + countyId + "/stats").then().statusCode(200)
                .body("descendantsByLevel.VILLAGE", equalTo(villages));
    }

    @Test
    void whileATableThatRefersToTheUnitsIsInUseTheLoadKeepsItsForeignKeyAndDoesNotWaitForIt() throws Exception {
        String city = createId("CITY", null);
        List<String> before = indexes();
        List<String> keysBefore = foreignKeys();
        long keyBefore = oid("select 'org_unit_pkey'::regclass::oid");
        String county = code(6);
        try (Connection reader = dataSource.getConnection()) {
            reader.setAutoCommit(false);
            try (Statement s = reader.createStatement()) {
                s.executeQuery("select count(*) from department").close(); // holds the table until it commits
            }
            int villages = loadUnder(city, county);
            assertTrue(villages > 0);
            reader.commit();
        }
        assertEquals(before, indexes());
        assertEquals(keysBefore, foreignKeys());
        assertEquals(keyBefore, oid("select 'org_unit_pkey'::regclass::oid"), "the primary key was kept, and maintained");
        asAdmin().queryParam("divisionCode", county).get("/api/v1/org-units").then().statusCode(200)
                .body("items[0].level", equalTo("COUNTY"));
    }

    /** Imports a county, 100 towns and enough villages to be stored while read; answers the villages. */
    private int loadUnder(String city, String county) throws Exception {
        // rows enough to be stored while the body is read: at least MIN_ROWS, and more than the table holds
        int villages = 2 * IndexRebuild.MIN_ROWS + Math.toIntExact(units());
        StringBuilder ndjson = new StringBuilder("{\"name\":\"大县\",\"level\":\"COUNTY\",\"parentId\":\"" + city
                + "\",\"divisionCode\":\"" + county + "\"}\n");
        for (int t = 0; t < 100; t++) {
            String town = county + String.format("%03d", t);
            ndjson.append("{\"name\":\"镇").append(t).append("\",\"level\":\"TOWN\",\"parentDivisionCode\":\"").append(county)
                    .append("\",\"divisionCode\":\"").append(town).append("\"}\n");
        }
        for (int v = 0; v < villages; v++) {
            ndjson.append("{\"name\":\"村").append(v).append("\",\"level\":\"VILLAGE\",\"parentDivisionCode\":\"")
                    .append(county).append(String.format("%03d", v % 100)).append("\"}\n");
        }
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/org-units/import"))
                        .header("Authorization", "Bearer " + TestTokens.token("admin", Roles.ADMIN, null))
                        .header("Content-Type", "application/x-ndjson").timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(villages + 101, JsonPath.from(response.body()).getInt("imported"));
        return villages;
    }

    private long oid(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Sent whole, with its length, the file is stored while it is read; sent in chunks, of unknown
     * length, it is read first. Either way, its bad rows are reported and nothing is left behind.
     */
    @ParameterizedTest(name = "sent {0}")
    @ValueSource(strings = {"whole", "in chunks"})
    void badRowsFoundWhileTheUnitsAreBeingStoredRejectTheFileAndLeaveTheTableAsItWas(String sent) throws Exception {
        String city = createId("CITY", null);
        List<String> before = indexes();
        List<String> keysBefore = foreignKeys();
        long unitsBefore = units();
        String county = code(6);
        int villages = 2 * IndexRebuild.MIN_ROWS + Math.toIntExact(unitsBefore);
        int bad = villages - 3; // far past the first batches handed to the write
        int malformed = villages / 2;
        StringBuilder ndjson = new StringBuilder("{\"name\":\"大县\",\"level\":\"COUNTY\",\"parentId\":\"" + city
                + "\",\"divisionCode\":\"" + county + "\"}\n");
        for (int t = 0; t < 10; t++) {
            ndjson.append("{\"name\":\"镇").append(t).append("\",\"level\":\"TOWN\",\"parentDivisionCode\":\"").append(county)
                    .append("\",\"divisionCode\":\"").append(county).append(String.format("%03d", t)).append("\"}\n");
        }
        for (int v = 0; v < villages; v++) {
            String parent = v == bad ? "999999999" : county + String.format("%03d", v % 10);
            ndjson.append(v == malformed ? "{\"name\":" : "{\"name\":\"村" + v + "\",\"level\":\"VILLAGE\",\"parentDivisionCode\":\""
                    + parent + "\"}").append('\n');
        }
        byte[] body = ndjson.toString().getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/org-units/import"))
                        .header("Authorization", "Bearer " + TestTokens.token("admin", Roles.ADMIN, null))
                        .header("Content-Type", "application/x-ndjson")
                        .POST(sent.equals("whole") ? HttpRequest.BodyPublishers.ofByteArray(body)
                                : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(422, response.statusCode(), response.body());
        JsonPath problem = JsonPath.from(response.body());
        assertEquals(List.of("rows[" + (1 + 10 + malformed + 1) + "].line", "rows[" + (1 + 10 + bad + 1) + "].parentDivisionCode"),
                problem.getList("violations.field"));
        assertEquals("no org unit or earlier row has division code 999999999", problem.getString("violations[1].message"));

        assertEquals(unitsBefore, units(), "nothing was stored");
        assertEquals(before, indexes(), "the indexes the write dropped are back");
        assertEquals(keysBefore, foreignKeys());
        asAdmin().queryParam("divisionCode", county).get("/api/v1/org-units").then().statusCode(200)
                .body("items", equalTo(List.of()));
    }

    private long units() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from org_unit")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every foreign key to org_unit, with its definition and whether it is checked. */
    private List<String> foreignKeys() throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated
                        from pg_constraint where contype = 'f' and confrelid = 'org_unit'::regclass order by 1""")) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        assertTrue(found.size() >= 7, "the governance tables refer to units: " + found);
        return found;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private List<String> indexes() throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select indexdef from pg_indexes where tablename = 'org_unit' order by indexname")) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }
}
