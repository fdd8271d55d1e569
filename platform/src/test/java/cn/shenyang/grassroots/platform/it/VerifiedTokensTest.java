package cn.shenyang.grassroots.platform.it;

import static cn.shenyang.grassroots.platform.testing.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.shenyang.grassroots.platform.security.Claims;
import cn.shenyang.grassroots.platform.security.VerifiedTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A token is verified once and then remembered, but never past its expiry and never when tampered with. */
@QuarkusTest
class VerifiedTokensTest {
    @Inject
    VerifiedTokens tokens;

    @Test
    void aVerifiedTokenIsRememberedForTheNextCall() {
        String t = token("remembered", "VIEWER", null);
        assertNull(tokens.remembered(t));
        given().auth().oauth2(t).get("/api/v1/notes").then().statusCode(200);
        assertNotNull(tokens.remembered(t), "the second call skips the signature check");
        given().auth().oauth2(t).get("/api/v1/notes").then().statusCode(200);
    }

    @Test
    void expiredAndTamperedTokensAreRefused() {
        String expired = Jwt.issuer(Claims.ISSUER).subject("late").groups(Set.of("VIEWER"))
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign();
        given().auth().oauth2(expired).get("/api/v1/notes").then().statusCode(401);
        assertNull(tokens.remembered(expired));
        String good = token("tamper", "VIEWER", null);
        given().auth().oauth2(good).get("/api/v1/notes").then().statusCode(200);
        String[] parts = good.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        given().auth().oauth2(forged).get("/api/v1/notes").then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/v1/notes").then().statusCode(401);
    }
}
