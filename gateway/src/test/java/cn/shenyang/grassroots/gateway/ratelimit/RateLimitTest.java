package cn.shenyang.grassroots.gateway.ratelimit;

import static cn.shenyang.grassroots.gateway.support.Tokens.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.platform.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** %test.grassroots.rate-limit.roles.DEPARTMENT_LIAISON=5 per minute. */
@QuarkusTest
class RateLimitTest {

    @Test
    void aCallerOverTheirRolesLimitGets429WithRetryAfterAndOthersAreUnaffected() {
        String liaison = TestTokens.token("liaison-" + UUID.randomUUID(), Roles.DEPARTMENT_LIAISON, "1");
        for (int i = 0; i < 5; i++) {
            as(liaison).get("/api/v1/auth/me").then().statusCode(200)
                    .header("X-RateLimit-Limit", "5")
                    .header("X-RateLimit-Remaining", String.valueOf(4 - i));
        }
        as(liaison).get("/api/v1/auth/me").then().statusCode(429)
                .contentType("application/problem+json")
                // one request's worth refills in 12 s, counted from the first request (a second or two earlier when busy)
                .header("Retry-After", org.hamcrest.Matchers.anyOf(equalTo("12"), equalTo("11"), equalTo("10")))
                .body("type", equalTo("urn:grassroots:problem:too-many-requests"))
                .body("status", equalTo(429));
        // proxied routes count against the same budget
        as(liaison).get("/api/v1/org-units").then().statusCode(429);

        String other = TestTokens.token("liaison-" + UUID.randomUUID(), Roles.DEPARTMENT_LIAISON, "1");
        as(other).get("/api/v1/auth/me").then().statusCode(200);
    }

    @Test
    void browserPreflightIsAnsweredByTheGatewayForAllowedOrigins() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/api/v1/org-units/" + UUID.randomUUID())
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", not(nullValue()));
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/org-units")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
