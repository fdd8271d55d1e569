package cn.shenyang.grassroots.gateway.auth;

import static cn.shenyang.grassroots.gateway.support.Tokens.as;
import static cn.shenyang.grassroots.gateway.support.Tokens.part;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.shenyang.grassroots.gateway.support.Tokens;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Refresh tokens that rotate, reuse that ends the session, and signing out (RFC 6749 §6, RFC 7009). */
@QuarkusTest
class SessionsTest {
    private static final String PASSWORD = "session-password-1";

    @Test
    void aRefreshTokenGivesANewAccessTokenAndItsOwnSuccessorOnce() {
        String user = account();
        JsonPath first = signIn(user);
        String sid = (String) part(first.getString("access_token"), 1).get("sid");
        UUID.fromString(sid);

        JsonPath second = refresh(first.getString("refresh_token")).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer")).body("expires_in", equalTo(900))
                .extract().jsonPath();
        assertNotEquals(first.getString("refresh_token"), second.getString("refresh_token"), "rotated");
        Map<String, Object> claims = part(second.getString("access_token"), 1);
        assertEquals(user, claims.get("sub"));
        assertEquals(List.of(Roles.ADMIN), claims.get("groups"));
        assertEquals(sid, claims.get("sid"), "the same session continues");
        as(second.getString("access_token")).get("/api/v1/auth/me").then().statusCode(200)
                .body("subject", equalTo(user));

        refresh(second.getString("refresh_token")).then().statusCode(200);
    }

    @Test
    void aSpentRefreshTokenPresentedAgainEndsTheSessionForBothHolders() {
        String user = account();
        String stolen = signIn(user).getString("refresh_token");
        String legitimate = refresh(stolen).then().statusCode(200).extract().path("refresh_token");

        refresh(stolen).then().statusCode(400).contentType("application/problem+json")
                .body("error", equalTo("invalid_grant"))
                .body("detail", containsString("already used"));
        // the successor the legitimate app holds is dead too: one of the two holders is not the owner
        refresh(legitimate).then().statusCode(400).body("error", equalTo("invalid_grant"))
                .body("detail", containsString("ended"));
        // signing in again starts a new session
        refresh(signIn(user).getString("refresh_token")).then().statusCode(200);
    }

    @Test
    void revokingARefreshTokenEndsItsSessionAndNothingElse() {
        String user = account();
        String phone = signIn(user).getString("refresh_token");
        String laptop = signIn(user).getString("refresh_token");

        revoke(phone, "refresh_token").then().statusCode(200).body(emptyString());
        refresh(phone).then().statusCode(400).body("error", equalTo("invalid_grant"));
        refresh(laptop).then().statusCode(200);
        // revoking again, or a token never issued, is answered the same (RFC 7009 §2.2)
        revoke(phone, null).then().statusCode(200);
        revoke("never-issued-" + UUID.randomUUID(), "refresh_token").then().statusCode(200);
    }

    @Test
    void revokingAnAccessTokenEndsTheSessionItWasIssuedIn() {
        String user = account();
        JsonPath session = signIn(user);
        revoke(session.getString("access_token"), "access_token").then().statusCode(200);
        refresh(session.getString("refresh_token")).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void aForgedAccessTokenEndsNothing() {
        String user = account();
        JsonPath session = signIn(user);
        String[] parts = session.getString("access_token").split("\\.");
        revoke(parts[0] + "." + parts[1] + ".AAAA", "access_token").then().statusCode(200);
        refresh(session.getString("refresh_token")).then().statusCode(200);
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfTheAccountOnly() {
        String user = account();
        String other = account();
        JsonPath phone = signIn(user);
        JsonPath laptop = signIn(user);
        JsonPath someoneElse = signIn(other);

        as(phone.getString("access_token")).delete("/api/v1/auth/sessions").then().statusCode(204);
        refresh(phone.getString("refresh_token")).then().statusCode(400);
        refresh(laptop.getString("refresh_token")).then().statusCode(400);
        refresh(someoneElse.getString("refresh_token")).then().statusCode(200);
    }

    @Test
    void anAdministratorSignsAnAccountOutAndAPasswordResetDoesToo() {
        String user = account();
        String id = accountId(user);
        JsonPath before = signIn(user);
        as(Tokens.admin()).delete("/api/v1/accounts/" + id + "/sessions").then().statusCode(204);
        refresh(before.getString("refresh_token")).then().statusCode(400);

        JsonPath again = signIn(user);
        String etag = as(Tokens.admin()).get("/api/v1/accounts/" + id).then().statusCode(200).extract().header("ETag");
        as(Tokens.admin()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("password", "a-brand-new-password-2"))
                .post("/api/v1/accounts/" + id + "/password").then().statusCode(200);
        refresh(again.getString("refresh_token")).then().statusCode(400).body("error", equalTo("invalid_grant"));
        as(Tokens.admin()).delete("/api/v1/accounts/" + UUID.randomUUID() + "/sessions").then().statusCode(404);
    }

    @Test
    void aClientGetsNoRefreshTokenAndBadRequestsAreRefusedClearly() {
        given().contentType(ContentType.URLENC).formParam("grant_type", "client_credentials")
                .formParam("client_id", "suite-internal").formParam("client_secret", "internal-test-secret")
                .post("/api/v1/auth/token").then().statusCode(200).body("refresh_token", nullValue());
        given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .post("/api/v1/auth/token").then().statusCode(400).body("error", equalTo("invalid_request"));
        refresh("x".repeat(101)).then().statusCode(400).body("error", equalTo("invalid_request"));
        revoke("some-token", "id_token").then().statusCode(400).body("error", equalTo("unsupported_token_type"));
        given().contentType(ContentType.URLENC).formParam("token_type_hint", "refresh_token")
                .post("/api/v1/auth/revoke").then().statusCode(400).body("error", equalTo("invalid_request"));
        given().delete("/api/v1/auth/sessions").then().statusCode(401);
    }

    private static String account() {
        String user = "session-" + UUID.randomUUID().toString().substring(0, 8);
        as(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("username", user, "password", PASSWORD, "roles", List.of(Roles.ADMIN)))
                .post("/api/v1/accounts").then().statusCode(201);
        return user;
    }

    private static String accountId(String user) {
        return as(Tokens.admin()).queryParam("q", user).get("/api/v1/accounts").then().statusCode(200)
                .extract().path("items[0].id");
    }

    private static JsonPath signIn(String user) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "password")
                .formParam("username", user).formParam("password", PASSWORD)
                .post("/api/v1/auth/token").then().statusCode(200)
                .body("refresh_token", not(nullValue())).extract().jsonPath();
    }

    private static io.restassured.response.Response refresh(String token) {
        return given().contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", token).post("/api/v1/auth/token");
    }

    private static io.restassured.response.Response revoke(String token, String hint) {
        var request = given().contentType(ContentType.URLENC).formParam("token", token);
        if (hint != null) {
            request.formParam("token_type_hint", hint);
        }
        return request.post("/api/v1/auth/revoke");
    }
}
