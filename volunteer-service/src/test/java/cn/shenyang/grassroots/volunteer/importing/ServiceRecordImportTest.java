package cn.shenyang.grassroots.volunteer.importing;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.at;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.volunteer.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceRecordImportTest {
    static final String HEADER = "volunteerId,volunteerIdNumber,activityId,orgUnitId,startedAt,endedAt,hours,description\n";
    private static final LocalDate DAY = LocalDate.of(2021, 9, 1);

    static String row(String volunteerId, String idNumber, Object unit, LocalDate day, int from, int to, String hours) {
        return (volunteerId == null ? "" : volunteerId) + "," + (idNumber == null ? "" : idNumber) + ",," + unit + ","
                + at(day, from, 0) + "," + at(day, to, 0) + "," + hours + ",旧系统迁入\n";
    }

    @Test
    void pastRecordsComeInByIdOrIdNumberAndCountTowardsStars() {
        Fixtures.Tree t = Fixtures.tree();
        Map<String, Object> person = Fixtures.volunteerBody(t.community().id());
        String a = Fixtures.createVolunteer(person);
        String b = Fixtures.createVolunteer(t.neighbour().id());
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 25; i++) {
            csv.append(row(a, null, t.community().id(), DAY.plusDays(i), 8, 12, "4"));
        }
        csv.append(row(null, (String) person.get("idNumber"), t.community().id(), DAY.plusDays(40), 9, 10, "0.5"));
        csv.append(row(b, null, t.subdistrict().id(), DAY, 8, 12, "3.5"));
        asAdmin().contentType("text/csv").body(csv.toString()).post("/api/v1/service-records/import").then().statusCode(200)
                .body("imported", equalTo(27)).body("hours", equalTo(104.0f)).body("volunteers", equalTo(2))
                .body("alreadyPresent", equalTo(0));
        asAdmin().get("/api/v1/volunteers/" + a + "/service-summary").then().body("totalHours", equalTo(100.5f))
                .body("starLevel", equalTo(1)).body("stars[0].attainedOn", equalTo(DAY.plusDays(24).toString()));
        asAdmin().contentType("text/csv").body(csv.toString()).post("/api/v1/service-records/import").then().statusCode(200)
                .body("imported", equalTo(0)).body("alreadyPresent", equalTo(27));
        asAdmin().get("/api/v1/volunteers/" + a + "/service-summary").then().body("totalHours", equalTo(100.5f));
    }

    @Test
    void overlapsBadHoursAndUnknownVolunteersRejectTheWholeFile() {
        Fixtures.Tree t = Fixtures.tree();
        String a = Fixtures.createVolunteer(t.community().id());
        String stored = Fixtures.record(a, t.community().id(), DAY, 14, 2).statusCode(201).extract().path("id");
        String csv = HEADER
                + row(a, null, t.community().id(), DAY, 8, 10, "2")
                + row(a, null, t.community().id(), DAY, 9, 11, "1")
                + row(a, null, t.community().id(), DAY, 15, 16, "1")
                + row(a, null, t.community().id(), DAY.plusDays(1), 8, 10, "2.25")
                + row(a, null, t.community().id(), DAY.plusDays(2), 8, 10, "3")
                + row(Fixtures.createVolunteer(Fixtures.tree().community().id()), null, t.community().id(), DAY, 8, 9, "1")
                + row(a, "210111198506151237", t.community().id(), DAY.plusDays(3), 8, 9, "1")
                + row(a, null, t.community().id(), LocalDate.now(Fixtures.SHANGHAI).plusDays(1), 8, 9, "1");
        asAdmin().contentType("text/csv").body(csv).post("/api/v1/service-records/import").then().statusCode(422)
                .body("violations.field", hasItem("rows[4].hours")).body("violations.field", hasItem("rows[5].hours"))
                .body("violations.field", hasItem("rows[7].volunteerId")).body("violations.field", hasItem("rows[8].endedAt"));
        // once every row is well formed, overlaps are found: with another row and with a stored record
        String wellFormed = HEADER
                + row(a, null, t.community().id(), DAY, 8, 10, "2")
                + row(a, null, t.community().id(), DAY, 9, 11, "1")
                + row(a, null, t.community().id(), DAY, 15, 16, "1");
        String outsider = Fixtures.createVolunteer(Fixtures.tree().community().id());
        as("m", Roles.ORG_MANAGER, t.subdistrict().path()).contentType("text/csv")
                .body(wellFormed + row(outsider, null, t.community().id(), DAY, 8, 9, "1")).post("/api/v1/service-records/import").then().statusCode(422)
                .body("violations.field", equalTo(List.of("rows[4].volunteerId")));
        asAdmin().contentType("text/csv").body(wellFormed).post("/api/v1/service-records/import").then().statusCode(422)
                .body("violations.size()", equalTo(2))
                .body("violations.find { it.field == 'rows[2].startedAt' }.message", equalTo("overlaps row 1 of the file"))
                .body("violations.find { it.field == 'rows[3].startedAt' }.message", containsString(stored));
        asAdmin().queryParam("volunteerId", a).get("/api/v1/service-records").then().body("totalItems", equalTo(1));
    }

    @Test
    void aMalformedLineEndsTheFileAndIsReportedWithTheRowsBeforeIt() {
        Fixtures.Tree t = Fixtures.tree();
        String a = Fixtures.createVolunteer(t.community().id());
        String csv = HEADER
                + row(a, null, t.community().id(), DAY, 8, 10, "2")
                + row(a, null, t.community().id(), DAY.plusDays(1), 8, 10, "9")
                + "\"unclosed,quote\n"
                + row(a, null, t.community().id(), DAY.plusDays(2), 8, 10, "9");
        asAdmin().contentType("text/csv").body(csv).post("/api/v1/service-records/import").then().statusCode(422)
                .body("violations.field", equalTo(List.of("rows[2].hours", "rows[3].line")))
                .body("violations[1].message", containsString("not well-formed CSV"));
        asAdmin().contentType("text/csv").body(HEADER.replace("hours", "hour") + row(a, null, t.community().id(), DAY, 8, 10, "2"))
                .post("/api/v1/service-records/import").then().statusCode(422)
                .body("violations.field", equalTo(List.of("header.hour")));
        asAdmin().queryParam("volunteerId", a).get("/api/v1/service-records").then().body("totalItems", equalTo(0));
    }

    @Test
    void activityRowsNeedTheVolunteerCheckedInThere() {
        Fixtures.Tree t = Fixtures.tree();
        String a = Fixtures.createVolunteer(t.community().id());
        String activity = Fixtures.post("/api/v1/service-activities", Fixtures.map("kind", "ACTIVITY", "title", "清雪",
                "theme", "COMMUNITY_SERVICE", "organizerOrgUnitId", t.community().id().toString(), "place", "小区",
                "startsAt", at(DAY, 8, 0), "endsAt", at(DAY, 12, 0)));
        String csv = HEADER + a + ",," + activity + ",," + at(DAY, 8, 0) + "," + at(DAY, 11, 0) + ",3,\n";
        asAdmin().contentType("text/csv").body(csv).post("/api/v1/service-records/import").then().statusCode(422)
                .body("violations[0].message", equalTo("the volunteer did not check in at this activity"));
        Fixtures.post("/api/v1/service-activities/" + activity + "/check-ins", Fixtures.map("volunteerId", a, "checkedInAt", at(DAY, 8, 0)));
        asAdmin().contentType("text/csv").body(csv).post("/api/v1/service-records/import").then().statusCode(200)
                .body("imported", equalTo(1));
        asAdmin().queryParam("activityId", activity).get("/api/v1/service-records").then().body("items[0].orgUnitId",
                equalTo(t.community().id().toString()));
    }
}
