package cn.shenyang.grassroots.platform.it;

import static cn.shenyang.grassroots.platform.testing.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * With the URI template no longer worked out before every request ({@code AuthFailureHandler}),
 * failures still answer as problems and every request's metrics still carry its template, never its
 * raw path.
 */
@QuarkusTest
class AuthFailureHandlerTest {
    @Test
    void failuresAnswerAsProblemsAndMetricsKeepTheTemplates() {
        String viewer = token("metrics-viewer", "VIEWER", null);
        String id = UUID.randomUUID().toString();
        given().auth().oauth2(viewer).contentType(ContentType.JSON).body(Map.of("text", "not mine to write"))
                .post("/api/v1/notes").then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
        given().get("/api/v1/notes/" + id).then().statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401));
        given().auth().oauth2(viewer).get("/api/v1/notes/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(id));

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertFalse(metrics.contains(id), "a raw path reached the metrics");
        for (String[] expected : new String[][] {{"POST", "403", "/api/v1/notes"}, {"GET", "401", "/api/v1/notes/{id}"},
                {"GET", "404", "/api/v1/notes/{id}"}}) {
            Pattern series = Pattern.compile("http_server_requests_seconds_count\\{(?=[^}]*method=\"" + expected[0]
                    + "\")(?=[^}]*status=\"" + expected[1] + "\")(?=[^}]*uri=\"" + Pattern.quote(expected[2]) + "\")");
            assertTrue(series.matcher(metrics).find(), String.join(" ", expected) + " is missing from the metrics");
        }
    }

    /** On the event loop (a {@code Uni}) too: a bad token is one 401 problem, written once, and a note is read there. */
    @Test
    void aNonBlockingEndpointAnswersABadTokenOnce() throws Exception {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(r);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            String id = UUID.randomUUID().toString();
            for (String bad : new String[] {"not.a.token", token("tampered", "VIEWER", null).substring(1)}) {
                given().auth().oauth2(bad).get("/api/v1/notes/" + id + "/text").then().statusCode(401)
                        .contentType("application/problem+json").body("status", equalTo(401));
            }
            String admin = token("note-admin", "ADMIN", null);
            String created = given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("text", "read on the loop"))
                    .post("/api/v1/notes").then().statusCode(201).extract().path("id");
            given().auth().oauth2(admin).get("/api/v1/notes/" + created + "/text").then().statusCode(200)
                    .body(containsString("read on the loop"));
            given().auth().oauth2(admin).get("/api/v1/notes/" + id + "/text").then().statusCode(404)
                    .contentType("application/problem+json");
            Thread.sleep(500); // a second write's error is logged after the answer
        } finally {
            root.removeHandler(capture);
        }
        assertTrue(errors.isEmpty(), () -> errors.size() + " errors logged, first: " + errors.get(0).getMessage());
    }
}
