package cn.shenyang.grassroots.volunteer.certificate;

import static cn.shenyang.grassroots.platform.testing.TestTokens.as;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static cn.shenyang.grassroots.volunteer.support.Fixtures.map;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.volunteer.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CertificateResourceTest {
    @Test
    void anyoneVerifiesACertificateByItsNumberWithoutSeeingPersonalData() {
        Fixtures.Tree t = Fixtures.tree();
        Map<String, Object> person = Fixtures.volunteerBody(t.community().id());
        person.put("name", "张晓明");
        String v = Fixtures.createVolunteer(person);
        for (int i = 0; i < 13; i++) {
            Fixtures.record(v, t.community().id(), LocalDate.of(2023, 3, 1).plusDays(i), 8, 8).statusCode(201);
        }
        Fixtures.record(v, t.community().id(), LocalDate.of(2024, 2, 1), 9, 2).statusCode(201);
        String path = "/api/v1/volunteers/" + v + "/certificates";
        String number = asAdmin().contentType(ContentType.JSON).body(map("periodFrom", "2023-01-01", "periodTo", "2023-12-31",
                "purpose", "升学"))
                .post(path).then().statusCode(201).header("ETag", "\"0\"").body("number", startsWith("VC"))
                .body("hours", equalTo(104.0f)).body("starLevel", equalTo(1)).body("status", equalTo("VALID"))
                .body("issuerOrgUnitId", equalTo(t.community().id().toString())).extract().path("number");
        anyone().get("/api/v1/service-certificates/" + number).then().statusCode(200)
                .body("number", equalTo(number)).body("status", equalTo("VALID")).body("holder", equalTo("张**"))
                .body("issuer", equalTo(t.community().name())).body("hours", equalTo(104.0f)).body("starLevel", equalTo(1))
                .body("periodFrom", equalTo("2023-01-01")).body("periodTo", equalTo("2023-12-31"))
                .body(not(containsString((String) person.get("phone")))).body(not(containsString((String) person.get("idNumber"))))
                .body(not(containsString(v)));
        // the whole record, now: 106 h
        asAdmin().contentType(ContentType.JSON).body(map()).post(path).then().statusCode(201).body("hours", equalTo(106.0f))
                .body("periodFrom", equalTo(null));
        String id = asAdmin().get(path).then().statusCode(200).body("size()", equalTo(2)).extract().path("find { it.number == '"
                + number + "' }.id");
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(map("reason", "信息有误"))
                .post(path + "/" + id + "/revocation").then().statusCode(200).body("status", equalTo("REVOKED"));
        asAdmin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(map("reason", "again"))
                .post(path + "/" + id + "/revocation").then().statusCode(409);
        anyone().get("/api/v1/service-certificates/" + number).then().statusCode(200).body("status", equalTo("REVOKED"))
                .body("revokedOn", equalTo(LocalDate.now(Fixtures.SHANGHAI).toString()));
    }

    @Test
    void aMistypedNumberIsSaidToBeMistypedAndAnUnknownOneIsNotFound() {
        String number = CertificateNumbers.next(2026);
        char last = number.charAt(19);
        String typo = number.substring(0, 19) + (last == '0' ? '1' : '0');
        anyone().get("/api/v1/service-certificates/" + typo).then().statusCode(400)
                .body("violations[0].field", equalTo("number")).body("violations[0].message", containsString("mistyped"));
        anyone().get("/api/v1/service-certificates/" + number).then().statusCode(404);
    }

    @Test
    void certificatesAreIssuedForVolunteersInScopeOnly() {
        Fixtures.Tree t = Fixtures.tree();
        String v = Fixtures.createVolunteer(t.community().id());
        as("m", Roles.ORG_MANAGER, Fixtures.tree().community().path()).contentType(ContentType.JSON).body(map())
                .post("/api/v1/volunteers/" + v + "/certificates").then().statusCode(404);
        as("v", Roles.VIEWER, t.community().path()).contentType(ContentType.JSON).body(map())
                .post("/api/v1/volunteers/" + v + "/certificates").then().statusCode(403);
        asAdmin().contentType(ContentType.JSON).body(map("periodTo", LocalDate.now(Fixtures.SHANGHAI).plusDays(1).toString()))
                .post("/api/v1/volunteers/" + v + "/certificates").then().statusCode(400)
                .body("violations[0].field", equalTo("periodTo"));
    }

    /** Anyone signed in, from a subtree of their own: verification needs no role of the issuer's and no scope. */
    private static io.restassured.specification.RequestSpecification anyone() {
        return as("anyone", Roles.VIEWER, Fixtures.unit(null, "CITY").path());
    }
}
