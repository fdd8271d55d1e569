package cn.shenyang.grassroots.gateway.instances;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import cn.shenyang.grassroots.gateway.auth.SigningKey;
import cn.shenyang.grassroots.gateway.support.Databases;
import cn.shenyang.grassroots.gateway.support.JarProcess;
import cn.shenyang.grassroots.platform.security.Claims;
import cn.shenyang.grassroots.platform.testing.EmbeddedPostgresResource;
import io.smallrye.jwt.build.Jwt;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two gateway instances on one database, as production jars: what one instance learns about
 * sign-ins — failures, sessions, signing keys — holds on the other, so a second instance neither
 * doubles a guesser's tries nor accepts a refresh token the first has spent.
 */
class TwoGatewaysIT {
    private static final String ADMIN_PASSWORD = "two-gateways-admin-password";
    private static JarProcess first;
    private static JarProcess second;
    private static String jdbc;
    /** Requests per minute without a token, per address: low enough to reach in a test. */
    private static final int ANONYMOUS_LIMIT = 30;

    @BeforeAll
    static void start() throws Exception {
        var pg = EmbeddedPostgresResource.shared();
        jdbc = pg.getJdbcUrl("postgres", Databases.fresh("gateway_two"));
        Map<String, String> env = Map.of("DB_USER", "postgres", "DB_PASSWORD", "postgres",
                "SUITE_ADMIN_PASSWORD", ADMIN_PASSWORD, "SUITE_INTERNAL_CLIENT_SECRET", "two-gateways-internal",
                "GATEWAY_ORG_REPLICA_ENABLED", "false");
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        Duration startup = Duration.ofSeconds(180);
        // one after the other: the second finds the schema, the admin and the key ring the first made
        Map<String, String> properties = Map.of("quarkus.datasource.jdbc.url", jdbc,
                "grassroots.rate-limit.anonymous", Integer.toString(ANONYMOUS_LIMIT));
        first = JarProcess.start(jar, JarProcess.freePort(), properties, env(env, "first"),
                Path.of("target", "two-gateways-first.log"), startup);
        second = JarProcess.start(jar, JarProcess.freePort(), properties, env(env, "second"),
                Path.of("target", "two-gateways-second.log"), startup);
    }

    private static Map<String, String> env(Map<String, String> common, String name) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(common);
        env.put("GRASSROOTS_DATA_DIR", Files.createTempDirectory("gateway-" + name).toString());
        return env;
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void failedSignInsCountOnceAcrossInstances() {
        String user = account();
        String address = "198.51.100." + (1 + new java.util.Random().nextInt(250));
        for (int i = 0; i < 5; i++) {
            // alternately: each instance alone has seen fewer than the five free tries
            signIn(i % 2 == 0 ? first : second, user, "wrong-password", address).then().statusCode(401);
        }
        signIn(first, user, "right-password-1", address).then().statusCode(429);
        signIn(second, user, "right-password-1", address).then().statusCode(429);
        // the owner, elsewhere, is not slowed on either
        signIn(second, user, "right-password-1", "198.51.100.251").then().statusCode(200);
    }

    @Test
    void aRefreshTokenSpentOnOneInstanceIsSpentOnTheOther() {
        String user = account();
        String refresh = signIn(first, user, "right-password-1", "203.0.113.7").then().statusCode(200)
                .extract().path("refresh_token");
        String next = refresh(second, refresh).then().statusCode(200).extract().path("refresh_token");
        refresh(first, refresh).then().statusCode(400).body("error", equalTo("invalid_grant"));
        // reuse ended the session on both
        refresh(second, next).then().statusCode(400).body("error", equalTo("invalid_grant"));
    }

    @Test
    void aKeyRotatedOnOneInstanceIsPublishedAndTrustedByTheOther() throws Exception {
        String newKid = given().baseUri(first.url).header("Authorization", "Bearer " + admin(first))
                .post("/api/v1/auth/signing-keys").then().statusCode(201).extract().path("kid");
        // a token signed with it, as the first instance will sign from its time on: the second
        // instance, which reads the ring every minute, reads it at once for a kid it does not know
        String pem;
        try (var c = java.sql.DriverManager.getConnection(jdbc, "postgres", "postgres");
                var s = c.prepareStatement("select private_key from signing_key where kid = ?")) {
            s.setString(1, newKid);
            try (var rs = s.executeQuery()) {
                rs.next();
                pem = rs.getString(1);
            }
        }
        String byNewKey = Jwt.issuer(Claims.ISSUER).subject("admin").upn("admin").groups(Set.of("ADMIN")).expiresIn(300)
                .jws().keyId(newKid).sign(SigningKey.Pair.of(pem).privateKey());
        // it reads the ring again at most once a second, so a flood of made-up kids cannot turn into queries
        int status = 0;
        for (int i = 0; i < 10 && status != 200; i++) {
            Thread.sleep(i == 0 ? 0 : 500);
            status = given().baseUri(second.url).header("Authorization", "Bearer " + byNewKey).get("/api/v1/auth/me")
                    .statusCode();
        }
        org.junit.jupiter.api.Assertions.assertEquals(200, status);
        given().baseUri(second.url).get("/api/v1/auth/jwks").then().statusCode(200).body("keys.kid", hasItem(newKid));
    }

    @Test
    void aCallersRateLimitIsOneLimitOverBothInstances() throws Exception {
        String address = "192.0.2." + (1 + new java.util.Random().nextInt(250));
        // limits count per minute of the clock: start early in one, so the whole test falls in it
        while (java.time.LocalTime.now(java.time.ZoneOffset.UTC).getSecond() > 30) {
            Thread.sleep(500);
        }
        for (int i = 0; i < 20; i++) {
            jwks(first, address).then().statusCode(200);
        }
        Thread.sleep(5000); // each instance adds its requests to the shared count once a second (busy: later)
        int allowed = 0;
        for (int i = 0; i < 20; i++) {
            allowed += jwks(second, address).statusCode() == 200 ? 1 : 0;
        }
        // alone, the second instance would allow all 20 (its own limit is 30)
        org.junit.jupiter.api.Assertions.assertEquals(ANONYMOUS_LIMIT - 20, allowed);
        jwks(second, address).then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    private static Response jwks(JarProcess gateway, String address) {
        return given().baseUri(gateway.url).header("X-Forwarded-For", address).get("/api/v1/auth/jwks");
    }

    private static String account() {
        String user = "two-" + UUID.randomUUID().toString().substring(0, 8);
        given().baseUri(first.url).header("Authorization", "Bearer " + admin(first)).contentType(ContentType.JSON)
                .body(Map.of("username", user, "password", "right-password-1", "roles", List.of("ADMIN")))
                .post("/api/v1/accounts").then().statusCode(201);
        return user;
    }

    private static String admin(JarProcess gateway) {
        JsonPath token = signIn(gateway, "admin", ADMIN_PASSWORD, "127.0.0.1").then().statusCode(200)
                .extract().jsonPath();
        return token.getString("access_token");
    }

    private static Response signIn(JarProcess gateway, String user, String password, String address) {
        return given().baseUri(gateway.url).contentType(ContentType.URLENC).header("X-Forwarded-For", address)
                .formParam("grant_type", "password").formParam("username", user).formParam("password", password)
                .post("/api/v1/auth/token");
    }

    private static Response refresh(JarProcess gateway, String token) {
        return given().baseUri(gateway.url).contentType(ContentType.URLENC).formParam("grant_type", "refresh_token")
                .formParam("refresh_token", token).post("/api/v1/auth/token");
    }
}
