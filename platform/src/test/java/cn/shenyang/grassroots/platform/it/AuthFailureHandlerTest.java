package cn.shenyang.grassroots.platform.it;

import static cn.shenyang.grassroots.platform.testing.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
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
}
