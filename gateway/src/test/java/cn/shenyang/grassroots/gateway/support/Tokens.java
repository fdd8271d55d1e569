package cn.shenyang.grassroots.gateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Real tokens from the gateway's own token endpoint, and a look inside them. */
public final class Tokens {
    private Tokens() {}

    public static final String ADMIN = "admin";
    /** %test.grassroots.bootstrap.admin-password */
    public static final String ADMIN_PASSWORD = "admin-test-password";

    public static String password(String username, String password) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("username", username).formParam("password", password)
                .post("/api/v1/auth/token")
                .then().statusCode(200).extract().path("access_token");
    }

    public static String admin() {
        return password(ADMIN, ADMIN_PASSWORD);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** The JSON of a JWT's header (0) or payload (1), not verified. */
    public static Map<String, Object> part(String jwt, int index) {
        String json = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(json).getMap("$");
    }
}
