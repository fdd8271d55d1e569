package cn.shenyang.grassroots.volunteer.activity;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.at;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.map;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.platform.testing.TestTokens;
import cn.shenyang.grassroots.volunteer.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActivityResourceTest {
    private static final String PATH = "/api/v1/service-activities";

    @Inject
    AgroalDataSource db;

    private static final LocalDate TODAY = LocalDate.now(Fixtures.SHANGHAI);

    private static Map<String, Object> running(Fixtures.Tree t, int capacity) {
        return map("kind", "ACTIVITY", "title", Fixtures.unique("义诊"), "theme", "PARTY_BUILDING_EPIDEMIC_PREVENTION",
                "organizerOrgUnitId", t.community().id().toString(), "place", "社区活动室",
                "startsAt", at(TODAY.minusDays(1), 8, 0), "endsAt", at(TODAY.plusDays(1), 20, 0), "capacity", capacity);
    }

    @Test
    void fiftySimultaneousSignUpsForTenPlacesTakeExactlyTen() throws Exception {
        Fixtures.Tree t = Fixtures.tree();
        String activity = Fixtures.post(PATH, running(t, 10));
        List<String> volunteers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            volunteers.add(Fixtures.createVolunteer(t.community().id()));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = "Bearer " + TestTokens.token("admin", "ADMIN", null);
        URI uri = URI.create("http://localhost:" + RestAssured.port + PATH + "/" + activity + "/sign-ups");
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch ready = new CountDownLatch(50);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (String v : volunteers) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    ready.countDown();
                    go.await();
                    return http.send(HttpRequest.newBuilder(uri).header("Authorization", token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"volunteerId\":\"" + v + "\"}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, pool));
        }
        ready.await();
        go.countDown();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (CompletableFuture<HttpResponse<String>> c : calls) {
            HttpResponse<String> r = c.join();
            statuses.merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() == 409) {
                assertEquals(true, r.body().contains("The activity is full: all 10 places are taken"), r.body());
            }
        }
        pool.shutdown();
        assertEquals(Map.of(201, 10, 409, 40), statuses);
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "select a.signed_up, (select count(*) from activity_participation p where p.activity_id = a.id and "
                        + "p.cancelled_at is null) from service_activity a where a.id = '" + activity + "'")) {
            rs.next();
            assertEquals(10, rs.getInt(1));
            assertEquals(10, rs.getInt(2));
        }
        asAdmin().get(PATH + "/" + activity).then().statusCode(200).body("signedUp", equalTo(10)).body("placesLeft", equalTo(0));
        asAdmin().queryParam("size", 200).get(PATH + "/" + activity + "/participants").then().statusCode(200)
                .body("totalItems", equalTo(10)).body("items.status", equalTo(List.of(
                        "SIGNED_UP", "SIGNED_UP", "SIGNED_UP", "SIGNED_UP", "SIGNED_UP",
                        "SIGNED_UP", "SIGNED_UP", "SIGNED_UP", "SIGNED_UP", "SIGNED_UP")));
    }

    @Test
    void aCancelledSignUpFreesItsPlaceAndWalkInsAreNeverTurnedAway() {
        Fixtures.Tree t = Fixtures.tree();
        String activity = Fixtures.post(PATH, running(t, 1));
        String first = Fixtures.createVolunteer(t.community().id());
        String second = Fixtures.createVolunteer(t.community().id());
        String signUp = Fixtures.post(PATH + "/" + activity + "/sign-ups", map("volunteerId", first));
        asAdmin().contentType(ContentType.JSON).body(map("volunteerId", second)).post(PATH + "/" + activity + "/sign-ups")
                .then().statusCode(409).body("detail", containsString("full"));
        asAdmin().contentType(ContentType.JSON).body(map("volunteerId", first)).post(PATH + "/" + activity + "/sign-ups")
                .then().statusCode(409).body("detail", containsString("already SIGNED_UP"));
        asAdmin().post(PATH + "/" + activity + "/sign-ups/" + signUp + "/cancel").then().statusCode(428);
        asAdmin().header("If-Match", "\"7\"").post(PATH + "/" + activity + "/sign-ups/" + signUp + "/cancel").then()
                .statusCode(412);
        asAdmin().header("If-Match", "\"0\"").post(PATH + "/" + activity + "/sign-ups/" + signUp + "/cancel").then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).body("status", equalTo("CANCELLED"));
        String secondSignUp = Fixtures.post(PATH + "/" + activity + "/sign-ups", map("volunteerId", second));
        // the sign-up checks in: 200, the same participation
        asAdmin().contentType(ContentType.JSON).body(map("volunteerId", second)).post(PATH + "/" + activity + "/check-ins")
                .then().statusCode(200).body("id", equalTo(secondSignUp)).body("status", equalTo("CHECKED_IN"))
                .body("walkIn", equalTo(false));
        asAdmin().header("If-Match", "\"1\"").post(PATH + "/" + activity + "/sign-ups/" + secondSignUp + "/cancel").then()
                .statusCode(409).body("detail", containsString("CHECKED_IN"));
        // the first volunteer walks in although the activity is full: 201, a new participation
        asAdmin().contentType(ContentType.JSON).body(map("volunteerId", first)).post(PATH + "/" + activity + "/check-ins")
                .then().statusCode(201).header("Location", containsString("/participants/")).body("walkIn", equalTo(true))
                .body("status", equalTo("CHECKED_IN")).body("signedUpAt", equalTo(null));
        asAdmin().contentType(ContentType.JSON).body(map("volunteerId", first)).post(PATH + "/" + activity + "/check-ins")
                .then().statusCode(409).body("detail", containsString("already checked in"));
        asAdmin().get(PATH + "/" + activity).then().body("signedUp", equalTo(1)).body("placesLeft", equalTo(0));
        asAdmin().queryParam("status", "CHECKED_IN").get(PATH + "/" + activity + "/participants").then()
                .body("totalItems", equalTo(2));
    }

    @Test
    void checkInOpensAnHourBeforeTheStartAndClosesAtTheEnd() {
        Fixtures.Tree t = Fixtures.tree();
        Map<String, Object> body = running(t, 5);
        body.put("startsAt", at(TODAY.minusDays(2), 9, 0));
        body.put("endsAt", at(TODAY.minusDays(2), 12, 0));
        String past = Fixtures.post(PATH, body);
        String v = Fixtures.createVolunteer(t.community().id());
        asAdmin().contentType(ContentType.JSON).body(map("volunteerId", v)).post(PATH + "/" + past + "/sign-ups").then()
                .statusCode(409).body("detail", containsString("sign-ups are closed"));
        asAdmin().contentType(ContentType.JSON).body(map("volunteerId", v, "checkedInAt", at(TODAY.minusDays(2), 7, 59)))
                .post(PATH + "/" + past + "/check-ins").then().statusCode(400).body("violations[0].field", equalTo("checkedInAt"));
        asAdmin().contentType(ContentType.JSON).body(map("volunteerId", v, "checkedInAt", at(TODAY.minusDays(2), 12, 1)))
                .post(PATH + "/" + past + "/check-ins").then().statusCode(400);
        asAdmin().contentType(ContentType.JSON).body(map("volunteerId", v, "checkedInAt", at(TODAY.minusDays(2), 8, 0)))
                .post(PATH + "/" + past + "/check-ins").then().statusCode(201).body("checkedInAt", containsString("T00:00"));
        asAdmin().contentType(ContentType.JSON).body(map("volunteerId", v, "checkedInAt", at(TODAY.plusDays(1), 8, 0)))
                .post(PATH + "/" + Fixtures.post(PATH, running(t, 5)) + "/check-ins").then().statusCode(400)
                .body("violations[0].message", containsString("future"));
    }

    @Test
    void aFairOffersItemsCapacityNeverDropsBelowSignUpsAndACancelledActivityTakesNoOne() {
        Fixtures.Tree t = Fixtures.tree();
        Map<String, Object> fair = running(t, 3);
        fair.put("kind", "SERVICE_FAIR");
        asAdmin().contentType(ContentType.JSON).body(fair).post(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("items"));
        fair.put("items", List.of(map("name", "义务理发", "provider", "红色帮办分队"), map("name", "法律咨询")));
        String id = asAdmin().contentType(ContentType.JSON).body(fair).post(PATH).then().statusCode(201)
                .body("items", hasSize(2)).body("items[0].name", equalTo("义务理发")).body("placesLeft", equalTo(3))
                .extract().path("id");
        Fixtures.post(PATH + "/" + id + "/sign-ups", map("volunteerId", Fixtures.createVolunteer(t.community().id())));
        Fixtures.post(PATH + "/" + id + "/sign-ups", map("volunteerId", Fixtures.createVolunteer(t.community().id())));
        Map<String, Object> update = new java.util.HashMap<>(fair);
        update.remove("kind");
        update.remove("organizerOrgUnitId");
        update.put("capacity", 1);
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update).put(PATH + "/" + id).then()
                .statusCode(409).body("detail", containsString("below the 2 volunteers already signed up"));
        update.put("capacity", 2);
        update.put("items", List.of(map("name", "量血压")));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update).put(PATH + "/" + id).then()
                .statusCode(200).body("capacity", equalTo(2)).body("placesLeft", equalTo(0)).body("items.name", equalTo(List.of("量血压")));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(map("reason", "暴雨")).post(PATH + "/" + id + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        asAdmin().contentType(ContentType.JSON).body(map("volunteerId", Fixtures.createVolunteer(t.community().id())))
                .post(PATH + "/" + id + "/check-ins").then().statusCode(409).body("detail", containsString("cancelled"));
        Map<String, Object> both = running(t, 3);
        both.put("organizerTeamId", Fixtures.post("/api/v1/volunteer-teams", map("name", Fixtures.unique("队"), "kind",
                "PARTY_MEMBER_TEAM", "level", "COMMUNITY", "orgUnitId", t.community().id().toString())));
        asAdmin().contentType(ContentType.JSON).body(both).post(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("organizerTeamId"));
    }
}
