package cn.shenyang.grassroots.volunteer.hours;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.at;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.map;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.record;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.volunteer.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceRecordResourceTest {
    private static final String PATH = "/api/v1/service-records";
    private static final LocalDate DAY = LocalDate.of(2024, 5, 6);

    @Inject
    AgroalDataSource db;

    @Test
    void recordsActualServiceTimeOnTheLocalDayItBegan() {
        Fixtures.Tree t = Fixtures.tree();
        String v = Fixtures.createVolunteer(t.community().id());
        // 07:30 in Shanghai is the previous day in UTC: the hours count on the local day
        asAdmin().contentType(ContentType.JSON).body(map("volunteerId", v, "orgUnitId", t.community().id().toString(),
                "startedAt", at(DAY, 7, 30), "endedAt", at(DAY, 11, 0), "hours", 3, "description", "清扫楼道"))
                .post(PATH).then().statusCode(201).header("Location", containsString(PATH + "/"))
                .body("servedOn", equalTo("2024-05-06")).body("hours", equalTo(3.0f)).body("kind", equalTo("ORIGINAL"))
                .body("effective", equalTo(true)).body("reversedBy", nullValue()).body("recordedBy", equalTo("admin"))
                .body("startedAt", equalTo("2024-05-05T23:30:00Z"));
        asAdmin().get("/api/v1/volunteers/" + v + "/service-summary").then().statusCode(200)
                .body("totalHours", equalTo(3.0f)).body("starLevel", equalTo(0)).body("hoursToNextStar", equalTo(97.0f))
                .body("byYear[0].year", equalTo(2024)).body("byYear[0].hours", equalTo(3.0f));
    }

    @Test
    void halfHourStepsNoMoreThanTheTimeServedNothingInTheFutureOrBeforeRegistration() {
        Fixtures.Tree t = Fixtures.tree();
        String v = Fixtures.createVolunteer(t.community().id());
        Map<String, Object> body = map("volunteerId", v, "orgUnitId", t.community().id().toString(),
                "startedAt", at(DAY, 9, 0), "endedAt", at(DAY, 11, 0), "hours", 1.25);
        asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("hours"));
        body.put("hours", 2.5);
        asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("hours")).body("violations[0].message", containsString("travel excluded"));
        body.put("hours", 1.5);
        body.put("endedAt", at(LocalDate.now(Fixtures.SHANGHAI).plusDays(1), 11, 0));
        body.put("startedAt", at(LocalDate.now(Fixtures.SHANGHAI).plusDays(1), 9, 0));
        asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("endedAt")).body("violations[0].message", containsString("future"));
        body.put("startedAt", at(LocalDate.of(2018, 3, 4), 9, 0));
        body.put("endedAt", at(LocalDate.of(2018, 3, 4), 11, 0));
        asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("startedAt")).body("violations[0].message", containsString("registered (2018-03-05)"));
        body.remove("orgUnitId");
        asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("orgUnitId"));
    }

    @Test
    void oneVolunteerCannotServeTwiceAtOnceButBackToBackIsFine() {
        Fixtures.Tree t = Fixtures.tree();
        String v = Fixtures.createVolunteer(t.community().id());
        String first = record(v, t.community().id(), DAY, 9, 2).statusCode(201).extract().path("id");
        record(v, t.community().id(), DAY, 10, 1).statusCode(409)
                .body("detail", containsString("record " + first + " already covers"));
        record(v, t.community().id(), DAY, 8, 1).statusCode(201);
        record(v, t.community().id(), DAY, 11, 1).statusCode(201);
        // another volunteer at the same time is no clash
        record(Fixtures.createVolunteer(t.community().id()), t.community().id(), DAY, 9, 2).statusCode(201);
    }

    @Test
    void overlappingRecordsSentAtOnceStoreExactlyOne() {
        Fixtures.Tree t = Fixtures.tree();
        String v = Fixtures.createVolunteer(t.community().id());
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int hour = 9 + i % 2;
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return record(v, t.community().id(), DAY, hour, 2).extract().statusCode();
            }, pool));
        }
        go.countDown();
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).sorted().toList();
        pool.shutdown();
        assertEquals(201, statuses.get(0));
        assertEquals(409, statuses.get(1));
        assertEquals(11, statuses.stream().filter(s -> s == 409).count());
        asAdmin().get("/api/v1/volunteers/" + v + "/service-summary").then().body("totalHours", equalTo(2.0f));
    }

    @Test
    void hoursAtAnActivityNeedACheckInAndBeginDuringIt() {
        Fixtures.Tree t = Fixtures.tree();
        String v = Fixtures.createVolunteer(t.community().id());
        String activity = Fixtures.post("/api/v1/service-activities", map("kind", "ACTIVITY", "title", "党建+创城清扫",
                "theme", "PARTY_BUILDING_CIVILISED_CITY", "organizerOrgUnitId", t.subdistrict().id().toString(),
                "place", "小区", "startsAt", at(DAY, 9, 0), "endsAt", at(DAY, 12, 0)));
        Map<String, Object> body = map("volunteerId", v, "activityId", activity, "startedAt", at(DAY, 9, 0),
                "endedAt", at(DAY, 12, 0), "hours", 3);
        asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(409)
                .body("detail", containsString("did not check in"));
        asAdmin().contentType(ContentType.JSON).body(map("volunteerId", v, "checkedInAt", at(DAY, 8, 50)))
                .post("/api/v1/service-activities/" + activity + "/check-ins").then().statusCode(201);
        body.put("startedAt", at(DAY, 12, 0));
        body.put("endedAt", at(DAY, 13, 0));
        body.put("hours", 1);
        asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("startedAt"));
        body.put("startedAt", at(DAY, 9, 0));
        body.put("endedAt", at(DAY, 12, 0));
        body.put("hours", 2.5);
        body.put("orgUnitId", t.community().id().toString());
        asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("orgUnitId"));
        body.remove("orgUnitId");
        asAdmin().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(201)
                .body("activityId", equalTo(activity)).body("orgUnitId", equalTo(t.subdistrict().id().toString()));
        asAdmin().queryParam("activityId", activity).get(PATH).then().body("totalItems", equalTo(1));
    }

    @Test
    void correctionsAreNewRowsThatReverseOrAmendNeverEdits() throws SQLException {
        Fixtures.Tree t = Fixtures.tree();
        String v = Fixtures.createVolunteer(t.community().id());
        String wrong = record(v, t.community().id(), DAY, 9, 3).statusCode(201).extract().path("id");
        String other = record(v, t.community().id(), DAY.plusDays(1), 9, 2).statusCode(201).extract().path("id");
        // an amendment may not overlap the volunteer's other records
        asAdmin().contentType(ContentType.JSON).body(map("action", "AMEND", "reason", "时间记错", "startedAt",
                at(DAY.plusDays(1), 10, 0), "endedAt", at(DAY.plusDays(1), 12, 0), "hours", 2))
                .post(PATH + "/" + wrong + "/corrections").then().statusCode(409).body("detail", containsString(other));
        String amendment = asAdmin().contentType(ContentType.JSON).body(map("action", "AMEND", "reason", "实际服务2.5小时",
                "hours", 2.5)).post(PATH + "/" + wrong + "/corrections").then().statusCode(201)
                .body("reversal.kind", equalTo("REVERSAL")).body("reversal.hours", equalTo(-3.0f))
                .body("reversal.correctsId", equalTo(wrong)).body("reversal.servedOn", equalTo("2024-05-06"))
                .body("amendment.kind", equalTo("AMENDMENT")).body("amendment.hours", equalTo(2.5f))
                .body("amendment.correctsId", equalTo(wrong)).body("amendment.reason", equalTo("实际服务2.5小时"))
                .extract().path("amendment.id");
        asAdmin().get(PATH + "/" + wrong).then().statusCode(200).body("hours", equalTo(3.0f)).body("effective", equalTo(false))
                .body("reversedBy", equalTo(asAdmin().queryParam("volunteerId", v).queryParam("kind", "REVERSAL").get(PATH)
                        .then().extract().path("items[0].id")));
        asAdmin().contentType(ContentType.JSON).body(map("action", "REVERSE", "reason", "再冲一次"))
                .post(PATH + "/" + wrong + "/corrections").then().statusCode(409).body("detail", containsString("correct its amendment"));
        asAdmin().get("/api/v1/volunteers/" + v + "/service-summary").then().body("totalHours", equalTo(4.5f));
        String reversal = asAdmin().contentType(ContentType.JSON).body(map("action", "REVERSE", "reason", "未实际参加"))
                .post(PATH + "/" + amendment + "/corrections").then().statusCode(201).body("amendment", nullValue())
                .extract().path("reversal.id");
        asAdmin().contentType(ContentType.JSON).body(map("action", "REVERSE", "reason", "x")).post(PATH + "/" + reversal + "/corrections")
                .then().statusCode(409).body("detail", containsString("A reversal cannot be corrected"));
        asAdmin().get("/api/v1/volunteers/" + v + "/service-summary").then().body("totalHours", equalTo(2.0f));
        asAdmin().queryParam("volunteerId", v).queryParam("effective", true).get(PATH).then()
                .body("items.id", equalTo(List.of(other)));
        asAdmin().queryParam("volunteerId", v).get(PATH).then().body("totalItems", equalTo(5));
        // the time of a reversed record is free again
        record(v, t.community().id(), DAY, 10, 1).statusCode(201);
        try (Connection c = db.getConnection()) {
            SQLException refused = assertThrows(SQLException.class, () ->
                    c.createStatement().executeUpdate("update service_record set hours = 8 where id = '" + other + "'"));
            assertTrue(refused.getMessage().contains("never changed or deleted"), refused.getMessage());
            assertThrows(SQLException.class, () ->
                    c.createStatement().executeUpdate("delete from service_record where id = '" + other + "'"));
        }
    }

    @Test
    void starLevelsAreReachedOnTheDayTheThresholdIsCrossedInclusive() {
        Fixtures.Tree t = Fixtures.tree();
        String v = Fixtures.createVolunteer(t.community().id());
        for (int i = 0; i < 12; i++) {
            record(v, t.community().id(), DAY.plusDays(i), 8, 8).statusCode(201);
        }
        String last = record(v, t.community().id(), DAY.plusDays(20), 8, 3.5).statusCode(201).extract().path("id");
        String summary = "/api/v1/volunteers/" + v + "/service-summary";
        asAdmin().get(summary).then().body("totalHours", equalTo(99.5f)).body("starLevel", equalTo(0))
                .body("hoursToNextStar", equalTo(0.5f)).body("stars.size()", equalTo(0));
        record(v, t.community().id(), DAY.plusDays(30), 8, 0.5).statusCode(201);
        asAdmin().get(summary).then().body("totalHours", equalTo(100.0f)).body("starLevel", equalTo(1))
                .body("stars[0].starLevel", equalTo(1)).body("stars[0].attainedOn", equalTo("2024-06-05"))
                .body("hoursToNextStar", equalTo(200.0f));
        // a record entered now for an earlier day moves the day the star was reached back
        record(v, t.community().id(), DAY.minusDays(10), 8, 1).statusCode(201);
        asAdmin().get(summary).then().body("stars[0].attainedOn", equalTo(DAY.plusDays(20).toString()));
        // a reversal takes it away again
        asAdmin().contentType(ContentType.JSON).body(map("action", "REVERSE", "reason", "重复记录"))
                .post(PATH + "/" + last + "/corrections").then().statusCode(201);
        asAdmin().get(summary).then().body("totalHours", equalTo(97.5f)).body("starLevel", equalTo(0)).body("stars.size()", equalTo(0));
    }
}
