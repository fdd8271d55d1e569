package cn.shenyang.grassroots.gateway.auth;

import static cn.shenyang.grassroots.gateway.support.Tokens.as;
import static cn.shenyang.grassroots.gateway.support.Tokens.part;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.gateway.support.Tokens;
import cn.shenyang.grassroots.platform.security.Claims;
import cn.shenyang.grassroots.platform.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import cn.shenyang.grassroots.platform.testing.TestTokens;
import java.util.UUID;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rotation: the next key is published before it signs; tokens of every published key verify. */
@QuarkusTest
class SigningKeysTest {
    @Inject
    EntityManager em;

    @Test
    void aRotatedInKeyIsPublishedBeforeItSignsAndTheOldOneKeepsVerifying() {
        String admin = Tokens.admin();
        String oldKid = (String) part(admin, 0).get("kid");
        Instant before = Instant.now();

        var next = as(admin).post("/api/v1/auth/signing-keys").then().statusCode(201)
                .body("status", equalTo("NEXT")).extract().jsonPath();
        String newKid = next.getString("kid");
        Instant signsFrom = Instant.parse(next.getString("signsFrom"));
        Duration ahead = Duration.between(before, signsFrom);
        assertTrue(ahead.compareTo(Duration.ofMinutes(6)) >= 0 && ahead.compareTo(Duration.ofMinutes(7)) < 0,
                "published 6 minutes before it signs: " + ahead);

        // both in the JWKS now; the old key still signs, and will leave once its last token has expired
        given().get("/api/v1/auth/jwks").then().statusCode(200).body("keys.kid", hasItems(oldKid, newKid));
        as(admin).get("/api/v1/auth/signing-keys").then().statusCode(200)
                .body("find { it.kid == '" + oldKid + "' }.status", equalTo("SIGNING"))
                .body("find { it.kid == '" + oldKid + "' }.retiresAt",
                        equalTo(signsFrom.plus(Duration.ofMinutes(16)).toString()));
        assertEquals(oldKid, part(Tokens.admin(), 0).get("kid"), "the next key does not sign before its time");

        // a token the new key signs (as it will from signsFrom on) is accepted already
        String pem = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select private_key from signing_key where kid = ?1").setParameter(1, newKid)
                .getSingleResult());
        String byNewKey = Jwt.issuer(Claims.ISSUER).subject(Tokens.ADMIN).upn(Tokens.ADMIN).groups(Set.of(Roles.ADMIN))
                .expiresIn(600).jws().keyId(newKid).sign(SigningKey.Pair.of(pem).privateKey());
        as(byNewKey).get("/api/v1/auth/me").then().statusCode(200).body("subject", equalTo(Tokens.ADMIN));
        as(admin).get("/api/v1/auth/me").then().statusCode(200);

        // a kid naming no key of the ring is refused
        String unknownKid = Jwt.issuer(Claims.ISSUER).subject(Tokens.ADMIN).groups(Set.of(Roles.ADMIN)).expiresIn(600)
                .jws().keyId("no-such-key").sign(SigningKey.Pair.of(pem).privateKey());
        as(unknownKid).get("/api/v1/auth/me").then().statusCode(401);
    }

    @Test
    void onlyAnAdministratorManagesKeys() {
        String viewer = TestTokens.token("viewer-" + UUID.randomUUID(), Roles.VIEWER, "999999");
        given().post("/api/v1/auth/signing-keys").then().statusCode(401);
        as(viewer).post("/api/v1/auth/signing-keys").then().statusCode(403);
        as(viewer).get("/api/v1/auth/signing-keys").then().statusCode(403);
        String admin = Tokens.admin();
        as(admin).get("/api/v1/auth/signing-keys").then().statusCode(200).body("kid", hasItem(part(admin, 0).get("kid")));
    }
}
