package cn.shenyang.grassroots.volunteer;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.map;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.volunteer.support.Existing;
import cn.shenyang.grassroots.volunteer.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Phones and ID numbers never reach this service's log. Every path that carries them is exercised —
 * registration, a duplicate, a mistyped number, updates, reads, an import with a bad row, the
 * export, representatives and opinions — with the service logging at DEBUG and the access log on
 * (application.properties, %test), then the log file is read. The embedded PostgreSQL server's own
 * log is relayed into the same file by the test harness; it is the database's, configured by its
 * operator (README, "Personal data"), so its lines are left out.
 */
@QuarkusTest
class PersonalDataLogTest {
    private static final Path LOG = Path.of("target", "volunteer-service-test.log");
    private static final String DATABASE_SERVER = "[io.zonky.test.db.postgres.embedded.EmbeddedPostgres]";

    @Test
    void personalDataNeverReachesTheLog() throws IOException {
        Fixtures.Tree t = Fixtures.tree();
        List<String> secrets = new ArrayList<>();
        Map<String, Object> body = Fixtures.volunteerBody(t.community().id());
        secrets.add((String) body.get("phone"));
        secrets.add((String) body.get("idNumber"));
        String id = Fixtures.createVolunteer(body);
        asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/volunteers").then().statusCode(409);
        String idNumber = (String) body.get("idNumber");
        Map<String, Object> typo = Fixtures.volunteerBody(t.community().id());
        typo.put("idNumber", idNumber.substring(0, 16) + (idNumber.charAt(16) == '2' ? '4' : '2') + idNumber.charAt(17));
        secrets.add((String) typo.get("idNumber"));
        asAdmin().contentType(ContentType.JSON).body(typo).post("/api/v1/volunteers").then().statusCode(400);
        body.put("phone", Fixtures.phone());
        body.put("status", "ACTIVE");
        secrets.add((String) body.get("phone"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/api/v1/volunteers/" + id)
                .then().statusCode(200);
        as("v", Roles.VIEWER, t.district().path()).get("/api/v1/volunteers/" + id).then().statusCode(200);

        Map<String, Object> imported = Fixtures.volunteerBody(t.community().id());
        Map<String, Object> bad = Fixtures.volunteerBody(t.community().id());
        secrets.add((String) imported.get("phone"));
        secrets.add((String) imported.get("idNumber"));
        secrets.add((String) bad.get("phone"));
        String csv = "name,gender,birthDate,phone,idNumber,homeCommunityId,partyMember\n"
                + row(imported) + row(bad).replace(",true\n", ",perhaps\n");
        asAdmin().contentType("text/csv").body(csv).post("/api/v1/volunteers/import").then().statusCode(422);
        asAdmin().contentType("text/csv").body(csv.replace(",perhaps\n", ",true\n")).post("/api/v1/volunteers/import")
                .then().statusCode(200);
        asAdmin().queryParam("orgUnitId", t.community().id()).get("/api/v1/volunteers/export").then().statusCode(200);

        Existing.Records records = Existing.create();
        String phone = Fixtures.phone();
        secrets.add(phone);
        Fixtures.post("/api/v1/opinions", map("studioId", records.ids().get("representative-studios"), "channel", "STUDIO",
                "category", "RESIDENTS_LIVING", "raisedByName", "居民", "raisedByPhone", phone, "content", "楼道灯不亮"));
        asAdmin().contentType(ContentType.JSON).body(map("studioId", records.ids().get("representative-studios"),
                "channel", "STUDIO", "category", "RESIDENTS_LIVING", "raisedByName", "居民", "raisedByPhone", phone + "9",
                "content", "x")).post("/api/v1/opinions").then().statusCode(400);

        assertTrue(Files.exists(LOG), "the test profile logs to " + LOG.toAbsolutePath());
        List<String> lines = Files.readAllLines(LOG, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.contains(DATABASE_SERVER)).toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("POST /api/v1/volunteers/import")), "the access log is in the file");
        for (String secret : secrets) {
            assertFalse(lines.stream().anyMatch(l -> l.contains(secret)), "the log holds personal data: " + secret);
        }
    }

    private static String row(Map<String, Object> v) {
        return v.get("name") + "," + v.get("gender") + "," + v.get("birthDate") + "," + v.get("phone") + "," + v.get("idNumber")
                + "," + v.get("homeCommunityId") + ",true\n";
    }
}
