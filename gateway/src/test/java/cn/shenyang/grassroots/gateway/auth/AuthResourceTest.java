package cn.shenyang.grassroots.gateway.auth;

import static cn.shenyang.grassroots.gateway.support.Tokens.ADMIN;
import static cn.shenyang.grassroots.gateway.support.Tokens.ADMIN_PASSWORD;
import static cn.shenyang.grassroots.gateway.support.Tokens.as;
import static cn.shenyang.grassroots.gateway.support.Tokens.part;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.gateway.support.Tokens;
import cn.shenyang.grassroots.platform.security.Claims;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthResourceTest {

    @Test
    void passwordGrantIssuesASignedTokenWithTheContractClaims() {
        long before = Instant.now().getEpochSecond();
        var response = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("username", ADMIN).formParam("password", ADMIN_PASSWORD)
                .post("/api/v1/auth/token")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", equalTo(900))
                .extract();
        String token = response.path("access_token");

        Map<String, Object> header = part(token, 0);
        Map<String, Object> claims = part(token, 1);
        assertEquals("RS256", header.get("alg"));
        assertEquals(Claims.ISSUER, claims.get("iss"));
        assertEquals(ADMIN, claims.get("sub"));
        assertEquals(ADMIN, claims.get("upn"));
        assertEquals(List.of(Roles.ADMIN), claims.get("groups"));
        assertFalse(claims.containsKey(Claims.ORG_PATH), "the bootstrap admin sees the whole tree");
        long iat = ((Number) claims.get("iat")).longValue();
        assertTrue(iat >= before - 1 && iat <= Instant.now().getEpochSecond() + 1);
        assertEquals(iat + 900, ((Number) claims.get("exp")).longValue());
        assertNotNull(UUID.fromString((String) claims.get("jti")));

        // the JWKS key the token's kid names verifies the signature
        Map<String, Object> jwk = given().get("/api/v1/auth/jwks").then().statusCode(200)
                .header("Cache-Control", containsString("max-age"))
                .extract().path("keys.find { it.kid == '" + header.get("kid") + "' }");
        assertEquals("RSA", jwk.get("kty"));
        assertEquals("sig", jwk.get("use"));
        assertEquals("RS256", jwk.get("alg"));
        assertEquals(jwk.get("kid"), header.get("kid"));
        assertTrue(verifies(token, jwk));

        // and the gateway accepts it
        as(token).get("/api/v1/auth/me").then().statusCode(200)
                .body("subject", equalTo(ADMIN))
                .body("roles", contains(Roles.ADMIN))
                .body("orgPath", nullValue());
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        String user = "wp-" + UUID.randomUUID().toString().substring(0, 8);
        as(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("username", user, "password", "right-password-1", "roles", List.of(Roles.ADMIN)))
                .post("/api/v1/accounts").then().statusCode(201);
        String wrongPassword = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("username", user).formParam("password", "nope-nope-nope")
                .header("X-Forwarded-For", "198.51.100.1")
                .post("/api/v1/auth/token")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", nullValue())
                .body("type", equalTo("urn:grassroots:problem:invalid-credentials"))
                .body("error", equalTo("invalid_grant"))
                .body("access_token", nullValue())
                .extract().path("detail");
        String unknownUser = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("username", "nobody-" + UUID.randomUUID())
                .formParam("password", ADMIN_PASSWORD)
                .header("X-Forwarded-For", "198.51.100.1")
                .post("/api/v1/auth/token")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .extract().path("detail");
        assertEquals(wrongPassword, unknownUser);
        assertEquals("The user name or password is wrong", unknownUser);
    }

    @Test
    void unsupportedOrMissingGrantTypeIs400() {
        given().contentType(ContentType.URLENC).formParam("grant_type", "authorization_code").formParam("code", "x")
                .post("/api/v1/auth/token")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("error", equalTo("unsupported_grant_type"))
                .body("detail", containsString("'authorization_code' is not supported"));
        given().contentType(ContentType.URLENC).formParam("username", ADMIN)
                .post("/api/v1/auth/token")
                .then().statusCode(400)
                .body("error", equalTo("unsupported_grant_type"))
                .body("detail", containsString("grant_type is missing"));
    }

    @Test
    void aMissingSecretIsAMalformedRequestAndNotCountedAsAGuess() {
        // as a service sends when SUITE_INTERNAL_CLIENT_SECRET is not set: it must not lock out its address
        for (int i = 0; i < 25; i++) {
            given().contentType(ContentType.URLENC).header("X-Forwarded-For", "198.51.100.200")
                    .formParam("grant_type", "client_credentials").formParam("client_id", "suite-internal")
                    .formParam("client_secret", "")
                    .post("/api/v1/auth/token").then().statusCode(400).body("error", equalTo("invalid_request"));
        }
        login(ADMIN, ADMIN_PASSWORD, "198.51.100.200").then().statusCode(200);
    }

    @Test
    void clientCredentialsWorkInTheFormAndAsBasic() {
        String form = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").formParam("client_id", "suite-internal")
                .formParam("client_secret", "internal-test-secret")
                .post("/api/v1/auth/token")
                .then().statusCode(200).body("token_type", equalTo("Bearer")).extract().path("access_token");
        assertEquals(List.of(Roles.INTEGRATION), part(form, 1).get("groups"));
        assertEquals("suite-internal", part(form, 1).get("sub"));

        given().auth().preemptive().basic("suite-internal", "internal-test-secret").contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .post("/api/v1/auth/token")
                .then().statusCode(200).body("access_token", not(nullValue()));
        given().auth().preemptive().basic("suite-internal", "wrong-secret").contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .header("X-Forwarded-For", "198.51.100.2")
                .post("/api/v1/auth/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"))
                .header("WWW-Authenticate", "Basic realm=\"grassroots\"");
    }

    @Test
    void strangersGuessingFromElsewhereNeverSlowTheOwner() {
        String user = "owner-" + UUID.randomUUID().toString().substring(0, 8);
        as(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("username", user, "password", "right-password-1", "roles", List.of(Roles.ADMIN)))
                .post("/api/v1/accounts").then().statusCode(201);
        for (int i = 0; i < 30; i++) {
            // six addresses, five tries each: every one has used its free tries on this account
            login(user, "wrong-password", "203.0.113." + (10 + i % 6)).then().statusCode(401);
        }
        login(user, "right-password-1", "203.0.113.99").then().statusCode(200);
    }

    @Test
    void guessingOneAccountFromOneAddressIsSlowedEvenForTheRightPassword() {
        String user = "slowed-" + UUID.randomUUID().toString().substring(0, 8);
        as(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("username", user, "password", "right-password-1", "roles", List.of(Roles.ADMIN)))
                .post("/api/v1/accounts").then().statusCode(201);
        String address = "203.0.113." + (100 + new java.util.Random().nextInt(100));
        for (int i = 0; i < 5; i++) {
            login(user, "wrong-password", address).then().statusCode(401);
        }
        // five free tries; the sixth waits 1 s (doubling with every further failure, up to 15 min)
        login(user, "right-password-1", address).then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", equalTo("urn:grassroots:problem:too-many-requests"));
    }

    @Test
    void expiredTamperedUnsignedAndForeignTokensAreRefused() throws Exception {
        String expired = Jwt.issuer(Claims.ISSUER).subject(ADMIN).upn(ADMIN).groups(Set.of(Roles.ADMIN))
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(60)).sign();
        refused(expired);

        String valid = Tokens.admin();
        String[] parts = valid.split("\\.");
        Map<String, Object> claims = part(valid, 1);
        String escalated = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"sub\":\"admin\"", "\"sub\":\"someone-else\"");
        assertTrue(escalated.contains("someone-else"), claims.toString());
        refused(parts[0] + "." + b64(escalated) + "." + parts[2]);

        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        refused(none);

        var otherKey = KeyPairGenerator.getInstance("RSA");
        otherKey.initialize(2048);
        String foreign = Jwt.issuer(Claims.ISSUER).subject(ADMIN).upn(ADMIN).groups(Set.of(Roles.ADMIN))
                .expiresIn(600).sign(otherKey.generateKeyPair().getPrivate());
        refused(foreign);

        String wrongIssuer = Jwt.issuer("someone-else").subject(ADMIN).groups(Set.of(Roles.ADMIN)).expiresIn(600)
                .jws().keyId((String) part(valid, 0).get("kid")).sign();
        refused(wrongIssuer);

        given().get("/api/v1/auth/me").then().statusCode(401).contentType("application/problem+json");
    }

    private static void refused(String token) {
        as(token).get("/api/v1/auth/me").then().statusCode(401)
                .contentType("application/problem+json")
                .body("subject", nullValue());
        // the routes refuse it too, before any service sees it
        as(token).get("/api/v1/org-units").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    private static io.restassured.response.Response login(String user, String password, String address) {
        return given().contentType(ContentType.URLENC).header("X-Forwarded-For", address)
                .formParam("grant_type", "password").formParam("username", user).formParam("password", password)
                .post("/api/v1/auth/token");
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean verifies(String token, Map<String, Object> jwk) {
        try {
            Base64.Decoder d = Base64.getUrlDecoder();
            RSAPublicKey key = (RSAPublicKey) java.security.KeyFactory.getInstance("RSA").generatePublic(
                    new RSAPublicKeySpec(new BigInteger(1, d.decode((String) jwk.get("n"))),
                            new BigInteger(1, d.decode((String) jwk.get("e")))));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            int lastDot = token.lastIndexOf('.');
            rs256.update(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
            return rs256.verify(d.decode(token.substring(lastDot + 1)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
