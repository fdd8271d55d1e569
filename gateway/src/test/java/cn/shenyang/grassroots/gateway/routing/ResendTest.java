package cn.shenyang.grassroots.gateway.routing;

import static cn.shenyang.grassroots.gateway.support.Tokens.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.gateway.support.ClosingService;
import cn.shenyang.grassroots.gateway.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A request that meets a connection the service just closed is sent again only when that cannot do harm. */
@QuarkusTest
class ResendTest {
    private static final String P = ClosingService.PREFIX;

    @Test
    void resendsIdempotentAndKeyedRequestsOnAFreshConnectionAndNeverAPlainPost() {
        String admin = Tokens.admin();
        ClosingService.received().clear();
        as(admin).get(P + "/a").then().statusCode(200);
        pooled();
        // reuses the pooled connection, which the service closes on arrival: sent once more, answered
        as(admin).get(P + "/b").then().statusCode(200).body("ok", equalTo(true));
        // the second try went out on a connection of its own; this one is pooled, and answered once
        as(admin).get(P + "/c0").then().statusCode(200);
        pooled();
        // a POST with an Idempotency-Key may be sent twice: the service replays its first answer
        as(admin).header("Idempotency-Key", "resend-1").contentType(ContentType.JSON).body("{\"n\":1}")
                .post(P + "/c").then().statusCode(200);
        as(admin).get(P + "/d0").then().statusCode(200);
        pooled();
        // a POST without one may have reached the service: never sent twice, and the answer says so
        as(admin).contentType(ContentType.JSON).body("{\"n\":2}").post(P + "/d").then().statusCode(502)
                .contentType("application/problem+json").body("detail", containsString("Idempotency-Key"));
        assertEquals(List.of("GET " + P + "/a", "GET " + P + "/b", "GET " + P + "/b", "GET " + P + "/c0",
                "POST " + P + "/c", "POST " + P + "/c", "GET " + P + "/d0", "POST " + P + "/d"),
                ClosingService.received().stream().filter(r -> r.contains(P)).toList());
    }

    /**
     * The gateway answers before its client has put the service's connection back in the pool; the
     * next request must find it there to meet the close (on a busy machine it could otherwise get a
     * new connection and be answered, as a CI run on 29 November 2026 saw).
     */
    private static void pooled() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
